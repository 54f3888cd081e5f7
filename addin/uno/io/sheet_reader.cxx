// Sheet -> CellGrid with range calls.
#include "uno/io/sheet_reader.hxx"

#include "uno/base/ustrings.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>

namespace parcalc::uno
{
namespace
{

// Marks the cells whose formula result is an error, with the error text Calc
// shows ("#DIV/0!"); getDataArray alone would report them as empty cells.
void markErrorCells(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                    const css::table::CellRangeAddress& area, parcalc::CellGrid& grid)
{
    css::uno::Reference<css::sheet::XCellRangesQuery> query(sheet, css::uno::UNO_QUERY);
    if (!query.is())
        return;
    const auto ranges = query->queryFormulaCells(css::sheet::FormulaResult::ERROR);
    if (!ranges.is())
        return;
    for (const auto& r : ranges->getRangeAddresses())
        for (sal_Int32 row = r.StartRow; row <= r.EndRow; ++row)
            for (sal_Int32 col = r.StartColumn; col <= r.EndColumn; ++col)
            {
                css::uno::Reference<css::text::XTextRange> cell(sheet->getCellByPosition(col, row),
                                                                css::uno::UNO_QUERY);
                grid.set(std::size_t(row - area.StartRow), std::size_t(col - area.StartColumn),
                         parcalc::Cell::makeError(cell.is() ? toUtf8(cell->getString()) : ""));
            }
}

} // namespace

parcalc::CellGrid readSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    auto cursor = sheet->createCursor();
    css::uno::Reference<css::sheet::XUsedAreaCursor> used(cursor, css::uno::UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    const css::table::CellRangeAddress area =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    const auto data =
        css::uno::Reference<css::sheet::XCellRangeData>(cursor, css::uno::UNO_QUERY_THROW)
            ->getDataArray();

    const std::size_t rows = std::size_t(data.getLength());
    const std::size_t cols = rows ? std::size_t(data[0].getLength()) : 0;
    const std::string name = toUtf8(
        css::uno::Reference<css::container::XNamed>(sheet, css::uno::UNO_QUERY_THROW)->getName());
    parcalc::CellGrid grid(rows, cols);
    grid.setOrigin(std::size_t(area.StartRow), std::size_t(area.StartColumn));
    grid.setSheetName(name);
    bool blank = true;
    bool voids = false; // getDataArray leaves formula cells with errors void
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < cols; ++c)
        {
            const css::uno::Any& value = data[sal_Int32(r)][sal_Int32(c)];
            double number;
            OUString text;
            if (value >>= number)
                grid.set(r, c, parcalc::Cell::makeNumber(number));
            else if ((value >>= text) && !text.isEmpty())
                grid.set(r, c, parcalc::Cell::makeText(toUtf8(text)));
            else
            {
                voids = voids || !value.hasValue();
                continue;
            }
            blank = false;
        }
    if (blank && rows == 1 && cols == 1)
    {
        parcalc::CellGrid empty(0, 0); // an empty sheet's "used area" is A1
        empty.setSheetName(name);
        return empty;
    }
    if (voids) // one more call, and a costly one, only when there are error cells to name
        markErrorCells(sheet, area, grid);
    return grid;
}

std::vector<parcalc::CellGrid>
readSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    std::vector<parcalc::CellGrid> grids;
    grids.reserve(std::size_t(sheets->getCount()));
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        grids.push_back(readSheet(css::uno::Reference<css::sheet::XSpreadsheet>(
            sheets->getByIndex(i), css::uno::UNO_QUERY_THROW)));
    return grids;
}

} // namespace parcalc::uno
