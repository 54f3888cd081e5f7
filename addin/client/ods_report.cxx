// The report rows (reportRows) poured into a new Calc document in one setDataArray.
#include "client/ods_report.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>

namespace parcalc::client
{

void writeOdsReport(const OfficeSession& office, const BatchReport& report, ReportLanguage lang,
                    const std::string& path)
{
    const auto rows = reportRows(report, lang);
    css::uno::Sequence<css::beans::PropertyValue> hidden(1);
    hidden[0].Name = "Hidden";
    hidden[0].Value <<= true;
    css::uno::Reference<css::frame::XComponentLoader> loader(office.desktop(),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::lang::XComponent> doc =
        loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, hidden);
    struct Closer
    {
        css::uno::Reference<css::lang::XComponent> doc;
        ~Closer() { closeDocument(doc); }
    } closer{doc};

    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(doc, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> sheets(calc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0),
                                                        css::uno::UNO_QUERY_THROW);
    const sal_Int32 nRows = sal_Int32(rows.size());
    const sal_Int32 nCols = sal_Int32(rows.front().size());
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(nRows);
    for (sal_Int32 r = 0; r < nRows; ++r)
    {
        data[r].realloc(nCols);
        for (sal_Int32 c = 0; c < nCols; ++c)
            data[r][c] <<= fromUtf8(rows[std::size_t(r)][std::size_t(c)]);
    }
    auto range = sheet->getCellRangeByPosition(0, 0, nCols - 1, nRows - 1);
    css::uno::Reference<css::sheet::XCellRangeData>(range, css::uno::UNO_QUERY_THROW)
        ->setDataArray(data);

    auto header = sheet->getCellRangeByPosition(0, 0, nCols - 1, 0);
    css::uno::Reference<css::beans::XPropertySet>(header, css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", css::uno::Any(float(150))); // css::awt::FontWeight::BOLD
    auto columns =
        css::uno::Reference<css::table::XColumnRowRange>(range, css::uno::UNO_QUERY_THROW)
            ->getColumns();
    css::uno::Reference<css::container::XIndexAccess> cols(columns, css::uno::UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c < cols->getCount(); ++c)
        css::uno::Reference<css::beans::XPropertySet>(cols->getByIndex(c),
                                                      css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("OptimalWidth", css::uno::Any(true));

    css::uno::Sequence<css::beans::PropertyValue> store(1);
    store[0].Name = "FilterName";
    store[0].Value <<= OUString("calc8");
    css::uno::Reference<css::frame::XStorable>(doc, css::uno::UNO_QUERY_THROW)
        ->storeToURL(fromUtf8(fileUrl(path)), store);
}

} // namespace parcalc::client
