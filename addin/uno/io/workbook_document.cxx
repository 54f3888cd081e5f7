// workbook_document: the sheets poured in, formatted, stored as .ods or .xlsx.
#include "uno/io/workbook_document.hxx"

#include "uno/io/document_close.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>

namespace parcalc::uno
{
namespace
{

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

struct Closer
{
    Reference<css::lang::XComponent> doc;
    ~Closer() { closeDocument(doc); }
};

void setProperty(const Reference<css::uno::XInterface>& object, const char* name,
                 const css::uno::Any& value)
{
    Reference<css::beans::XPropertySet>(object, UNO_QUERY_THROW)
        ->setPropertyValue(OUString::createFromAscii(name), value);
}

sal_Int32 percentFormat(const Reference<css::lang::XComponent>& doc)
{
    Reference<css::util::XNumberFormats> formats(
        Reference<css::util::XNumberFormatsSupplier>(doc, UNO_QUERY_THROW)->getNumberFormats());
    const OUString code("0.00%");
    const css::lang::Locale locale;
    const sal_Int32 key = formats->queryKey(code, locale, false);
    return key >= 0 ? key : formats->addNew(code, locale);
}

void fillSheet(const Reference<css::sheet::XSpreadsheet>& sheet, const WorkbookSheet& source,
               sal_Int32 percentKey)
{
    const CellGrid& grid = *source.grid;
    const sal_Int32 nRows = sal_Int32(std::max<std::size_t>(grid.rows(), 1));
    const sal_Int32 nCols = sal_Int32(std::max<std::size_t>(grid.cols(), 1));
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(nRows);
    for (sal_Int32 r = 0; r < nRows; ++r)
    {
        data[r].realloc(nCols);
        for (sal_Int32 c = 0; c < nCols; ++c)
        {
            const Cell& cell = grid.at(std::size_t(r), std::size_t(c));
            if (cell.type == CellType::Number)
                data[r][c] <<= cell.number;
            else
                data[r][c] <<= fromUtf8(cell.text);
        }
    }
    auto range = sheet->getCellRangeByPosition(0, 0, nCols - 1, nRows - 1);
    Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->setDataArray(data);
    for (std::size_t r = 0; r < grid.rows(); ++r)
        for (std::size_t c = 0; c < grid.cols(); ++c)
            if (grid.at(r, c).type == CellType::Number && grid.at(r, c).percentFormat())
                setProperty(sheet->getCellByPosition(sal_Int32(c), sal_Int32(r)), "NumberFormat",
                            css::uno::Any(percentKey));
    for (std::size_t r : source.boldRows)
        setProperty(sheet->getCellRangeByPosition(0, sal_Int32(r), nCols - 1, sal_Int32(r)),
                    "CharWeight", css::uno::Any(float(150))); // css::awt::FontWeight::BOLD
    for (const auto& [r, c] : source.marked)
        setProperty(sheet->getCellByPosition(sal_Int32(c), sal_Int32(r)), "CellBackColor",
                    css::uno::Any(sal_Int32(0xFFCCCC)));
    Reference<css::container::XIndexAccess> cols(
        Reference<css::table::XColumnRowRange>(range, UNO_QUERY_THROW)->getColumns(),
        UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c < cols->getCount(); ++c)
        setProperty(cols->getByIndex(c).get<Reference<css::uno::XInterface>>(), "OptimalWidth",
                    css::uno::Any(true));
}

} // namespace

void storeWorkbook(const Reference<css::frame::XComponentLoader>& loader,
                   const std::vector<WorkbookSheet>& sheets, WorkbookFormat format,
                   const OUString& url)
{
    if (sheets.empty())
        return;
    css::uno::Sequence<css::beans::PropertyValue> hidden(1);
    hidden[0].Name = "Hidden";
    hidden[0].Value <<= true;
    Closer closer{loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, hidden)};

    Reference<css::sheet::XSpreadsheetDocument> calc(closer.doc, UNO_QUERY_THROW);
    const auto names = calc->getSheets();
    Reference<css::container::XIndexAccess> index(names, UNO_QUERY_THROW);
    const sal_Int32 percentKey = percentFormat(closer.doc);
    for (std::size_t i = 0; i < sheets.size(); ++i)
    {
        const OUString name = fromUtf8(sheets[i].grid->sheetName());
        if (i > 0)
            names->insertNewByName(name, sal_Int16(i));
        else if (!name.isEmpty()) // the new document's own first sheet
            Reference<css::container::XNamed>(index->getByIndex(0), UNO_QUERY_THROW)->setName(name);
        Reference<css::sheet::XSpreadsheet> sheet(index->getByIndex(sal_Int32(i)), UNO_QUERY_THROW);
        fillSheet(sheet, sheets[i], percentKey);
    }

    css::uno::Sequence<css::beans::PropertyValue> store(1);
    store[0].Name = "FilterName";
    store[0].Value <<= OUString::createFromAscii(
        format == WorkbookFormat::Xlsx ? "Calc MS Excel 2007 XML" : "calc8");
    try
    {
        Reference<css::frame::XStorable>(closer.doc, UNO_QUERY_THROW)->storeToURL(url, store);
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

} // namespace parcalc::uno
