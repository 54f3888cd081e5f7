#include "uno/io/table_document.hxx"

#include "uno/io/scratch_document.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>

#include <algorithm>

namespace parcalc::uno
{
namespace
{

void setProperty(const css::uno::Reference<css::uno::XInterface>& object, const char* name,
                 const css::uno::Any& value)
{
    css::uno::Reference<css::beans::XPropertySet>(object, css::uno::UNO_QUERY_THROW)
        ->setPropertyValue(OUString::createFromAscii(name), value);
}

} // namespace

void storeTableAsOds(const css::uno::Reference<css::frame::XComponentLoader>& loader,
                     const std::vector<std::vector<std::string>>& rows, const OUString& url)
{
    if (rows.empty())
        return;
    ScratchCalc scratch(loader);
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(scratch.doc(),
                                                               css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> sheets(calc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0),
                                                        css::uno::UNO_QUERY_THROW);
    std::size_t width = 0;
    for (const auto& row : rows)
        width = std::max(width, row.size());
    const sal_Int32 nRows = sal_Int32(rows.size());
    const sal_Int32 nCols = sal_Int32(std::max<std::size_t>(width, 1));
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(nRows);
    for (sal_Int32 r = 0; r < nRows; ++r)
    {
        data[r].realloc(nCols);
        const auto& row = rows[std::size_t(r)];
        for (sal_Int32 c = 0; c < nCols; ++c)
            data[r][c] <<= fromUtf8(std::size_t(c) < row.size() ? row[std::size_t(c)] : "");
    }
    auto range = sheet->getCellRangeByPosition(0, 0, nCols - 1, nRows - 1);
    css::uno::Reference<css::sheet::XCellRangeData>(range, css::uno::UNO_QUERY_THROW)
        ->setDataArray(data);
    setProperty(sheet->getCellRangeByPosition(0, 0, nCols - 1, 0), "CharWeight",
                css::uno::Any(float(150))); // css::awt::FontWeight::BOLD
    css::uno::Reference<css::container::XIndexAccess> cols(
        css::uno::Reference<css::table::XColumnRowRange>(range, css::uno::UNO_QUERY_THROW)
            ->getColumns(),
        css::uno::UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c < cols->getCount(); ++c)
        setProperty(cols->getByIndex(c).get<css::uno::Reference<css::uno::XInterface>>(),
                    "OptimalWidth", css::uno::Any(true));

    scratch.storeTo(url, "calc8");
}

} // namespace parcalc::uno
