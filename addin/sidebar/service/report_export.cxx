// HTML and ODS report files for the sidebar's Export button.
#include "sidebar/service/report_export.hxx"

#include "uno/io/document_close.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <osl/file.hxx>

#include <fstream>

namespace parcalc::sidebar
{

using uno::fromUtf8;
using uno::toUtf8;

std::string localPathOf(const OUString& urlOrPath)
{
    if (!urlOrPath.startsWithIgnoreAsciiCase("file:"))
    {
        if (urlOrPath.indexOf(':') > 1) // another scheme ("http://", "vnd.sun.star...")
            throw css::lang::IllegalArgumentException("ParCalc: only local files: " + urlOrPath, {},
                                                      0);
        return toUtf8(urlOrPath);
    }
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(urlOrPath, path) != osl::FileBase::E_None)
        throw css::lang::IllegalArgumentException("ParCalc: not a file URL: " + urlOrPath, {}, 0);
    return toUtf8(path);
}

void writeTextFile(const std::string& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out)
        throw css::io::IOException(fromUtf8("ParCalc: cannot write " + path));
}

namespace
{

// Closes the hidden report document whatever happens.
struct Closer
{
    css::uno::Reference<css::lang::XComponent> doc;
    ~Closer() { uno::closeDocument(doc); }
};

} // namespace

void writeOdsReport(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const BatchReport& report, ReportLanguage language, const OUString& url)
{
    const auto rows = reportRows(report, language);
    if (rows.empty())
        return;
    css::uno::Sequence<css::beans::PropertyValue> hidden(1);
    hidden[0].Name = "Hidden";
    hidden[0].Value <<= true;
    css::uno::Reference<css::frame::XComponentLoader> loader(css::frame::Desktop::create(context),
                                                             css::uno::UNO_QUERY_THROW);
    Closer closer{loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, hidden)};

    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(closer.doc,
                                                               css::uno::UNO_QUERY_THROW);
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
        const auto& row = rows[std::size_t(r)];
        for (sal_Int32 c = 0; c < nCols; ++c)
            data[r][c] <<= fromUtf8(std::size_t(c) < row.size() ? row[std::size_t(c)] : "");
    }
    auto range = sheet->getCellRangeByPosition(0, 0, nCols - 1, nRows - 1);
    css::uno::Reference<css::sheet::XCellRangeData>(range, css::uno::UNO_QUERY_THROW)
        ->setDataArray(data);
    css::uno::Reference<css::beans::XPropertySet>(sheet->getCellRangeByPosition(0, 0, nCols - 1, 0),
                                                  css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", css::uno::Any(float(150))); // bold header
    css::uno::Reference<css::container::XIndexAccess> cols(
        css::uno::Reference<css::table::XColumnRowRange>(range, css::uno::UNO_QUERY_THROW)
            ->getColumns(),
        css::uno::UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c < cols->getCount(); ++c)
        css::uno::Reference<css::beans::XPropertySet>(cols->getByIndex(c),
                                                      css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("OptimalWidth", css::uno::Any(true));

    css::uno::Sequence<css::beans::PropertyValue> store(1);
    store[0].Name = "FilterName";
    store[0].Value <<= OUString("calc8");
    try
    {
        css::uno::Reference<css::frame::XStorable>(closer.doc, css::uno::UNO_QUERY_THROW)
            ->storeToURL(url, store);
    }
    catch (const css::io::IOException&)
    {
        throw;
    }
    catch (const css::uno::Exception& e)
    {
        throw css::io::IOException("ParCalc: cannot write " + url + ": " + e.Message);
    }
}

} // namespace parcalc::sidebar
