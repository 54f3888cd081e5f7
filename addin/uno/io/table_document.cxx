// table_document: the text rows as one sheet of text cells, bold first row.
#include "uno/io/table_document.hxx"

#include "uno/io/workbook_document.hxx"

namespace parcalc::uno
{

void storeTableAsOds(const css::uno::Reference<css::frame::XComponentLoader>& loader,
                     const std::vector<std::vector<std::string>>& rows, const OUString& url)
{
    if (rows.empty())
        return;
    CellGrid grid;
    for (std::size_t r = 0; r < rows.size(); ++r)
    {
        grid.set(r, 0, Cell::empty());
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            grid.set(r, c, Cell::makeText(rows[r][c]));
    }
    storeWorkbook(loader, {WorkbookSheet{&grid, {0}, {}}}, WorkbookFormat::Ods, url);
}

} // namespace parcalc::uno
