// workbook_document: the sheets poured in, formatted, stored as .ods or .xlsx.
#include "uno/io/workbook_document.hxx"

#include "uno/io/document_close.hxx"
#include "uno/io/scratch_document.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XUnnamedDatabaseRanges.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>
#include <map>

namespace parcalc::uno
{
namespace
{

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

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

constexpr sal_Int32 kMaxColumnWidth = 12000; // 1/100 mm

// A HYPERLINK formula; '"' doubled inside the strings.
OUString hyperlinkFormula(const CellLink& link)
{
    const auto quoted = [](const std::string& s)
    {
        std::string out = "\"";
        for (char c : s)
            out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + "\"";
    };
    return fromUtf8("=HYPERLINK(" + quoted(link.target) + ";" + quoted(link.label) + ")");
}

// Which grid rows go where: rows [first, end) of the grid to sheet rows from `at` (a whole
// sheet: 0, 0; a row appended while a batch runs: that row, its place).
struct Placement
{
    std::size_t first = 0, at = 0;

    bool keeps(std::size_t row) const { return row >= first; }
    sal_Int32 row(std::size_t gridRow) const { return sal_Int32(gridRow - first + at); }
    bool whole() const { return first == 0 && at == 0; }
};

// One call per colour for the cell backgrounds (a SheetCellRanges of all its cells) and one
// per run of consecutive link cells of a column (setFormulaArray): a result sheet has a
// link and a coloured cell on every row, and a call each would be thousands of calls.
void dressSheet(const Reference<css::lang::XComponent>& doc,
                const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 sheetIndex,
                const SheetLayout& layout, sal_Int32 nCols, const Placement& place)
{
    for (std::size_t r : layout.boldRows)
        if (place.keeps(r))
            setProperty(sheet->getCellRangeByPosition(0, place.row(r), nCols - 1, place.row(r)),
                        "CharWeight", css::uno::Any(float(150))); // css::awt::FontWeight::BOLD
    std::map<std::uint32_t, std::vector<css::table::CellRangeAddress>> byColour;
    for (const CellFill& f : layout.fills)
        if (place.keeps(f.row))
            byColour[f.colour].emplace_back(sheetIndex, sal_Int32(f.col), place.row(f.row),
                                            sal_Int32(f.col), place.row(f.row));
    for (const auto& [colour, cells] : byColour)
    {
        Reference<css::sheet::XSheetCellRangeContainer> ranges(
            Reference<css::lang::XMultiServiceFactory>(doc, UNO_QUERY_THROW)
                ->createInstance("com.sun.star.sheet.SheetCellRanges"),
            UNO_QUERY_THROW);
        ranges->addRangeAddresses(
            css::uno::Sequence<css::table::CellRangeAddress>(cells.data(), sal_Int32(cells.size())),
            false);
        setProperty(ranges, "CellBackColor", css::uno::Any(sal_Int32(colour)));
    }
    std::vector<CellLink> links;
    for (const CellLink& link : layout.links)
        if (place.keeps(link.row))
            links.push_back(link);
    for (std::size_t first = 0; first < links.size();)
    {
        std::size_t end = first + 1;
        while (end < links.size() && links[end].col == links[first].col &&
               links[end].row == links[end - 1].row + 1)
            ++end;
        css::uno::Sequence<css::uno::Sequence<OUString>> formulas(sal_Int32(end - first));
        for (std::size_t i = first; i < end; ++i)
        {
            const OUString formula = hyperlinkFormula(links[i]);
            formulas[sal_Int32(i - first)] = css::uno::Sequence<OUString>(&formula, 1);
        }
        const sal_Int32 col = sal_Int32(links[first].col);
        Reference<css::sheet::XCellRangeFormula>(
            sheet->getCellRangeByPosition(col, place.row(links[first].row), col,
                                          place.row(links[end - 1].row)),
            UNO_QUERY_THROW)
            ->setFormulaArray(formulas);
        first = end;
    }
}

// The sheet's own (unnamed) database range over its used cells, with filter buttons: what
// Data ▸ AutoFilter makes.
void addAutoFilter(const Reference<css::lang::XComponent>& doc, sal_Int16 sheetIndex,
                   const WorkbookSheet& source)
{
    Reference<css::beans::XPropertySet> props(doc, UNO_QUERY_THROW);
    Reference<css::sheet::XUnnamedDatabaseRanges> ranges(
        props->getPropertyValue("UnnamedDatabaseRanges"), UNO_QUERY_THROW);
    const css::table::CellRangeAddress area(
        sheetIndex, 0, 0, sal_Int32(std::max<std::size_t>(source.grid->cols(), 1)) - 1,
        sal_Int32(std::max<std::size_t>(source.grid->rows(), 1)) - 1);
    ranges->setByTable(area);
    setProperty(ranges->getByTable(sheetIndex).get<Reference<css::uno::XInterface>>(), "AutoFilter",
                css::uno::Any(true));
}

void fillSheet(const Reference<css::lang::XComponent>& doc,
               const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 sheetIndex,
               const WorkbookSheet& source, sal_Int32 percentKey, const Placement& place = {})
{
    const CellGrid& grid = *source.grid;
    if (!place.whole() && place.first >= grid.rows())
        return;
    const sal_Int32 nRows = sal_Int32(std::max<std::size_t>(grid.rows() - place.first, 1));
    const sal_Int32 nCols = sal_Int32(std::max<std::size_t>(grid.cols(), 1));
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(nRows);
    for (sal_Int32 r = 0; r < nRows; ++r)
    {
        data[r].realloc(nCols);
        for (sal_Int32 c = 0; c < nCols; ++c)
        {
            const Cell& cell = grid.at(place.first + std::size_t(r), std::size_t(c));
            if (cell.type == CellType::Number)
                data[r][c] <<= cell.number;
            else
                data[r][c] <<= fromUtf8(cell.text);
        }
    }
    auto range = sheet->getCellRangeByPosition(0, sal_Int32(place.at), nCols - 1,
                                               sal_Int32(place.at) + nRows - 1);
    Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->setDataArray(data);
    for (std::size_t r = place.first; r < grid.rows(); ++r)
        for (std::size_t c = 0; c < grid.cols(); ++c)
            if (grid.at(r, c).type == CellType::Number && grid.at(r, c).percentFormat())
                setProperty(sheet->getCellByPosition(sal_Int32(c), place.row(r)), "NumberFormat",
                            css::uno::Any(percentKey));
    for (std::size_t r : source.boldRows)
        if (place.keeps(r))
            setProperty(sheet->getCellRangeByPosition(0, place.row(r), nCols - 1, place.row(r)),
                        "CharWeight", css::uno::Any(float(150))); // css::awt::FontWeight::BOLD
    for (const auto& [r, c] : source.marked)
        if (place.keeps(r))
            setProperty(sheet->getCellByPosition(sal_Int32(c), place.row(r)), "CellBackColor",
                        css::uno::Any(sal_Int32(0xFFCCCC)));
    if (source.layout)
        dressSheet(doc, sheet, sheetIndex, *source.layout, nCols, place);
    if (!place.whole())
        return; // widths are fitted once, when the whole sheet is written
    Reference<css::container::XIndexAccess> cols(
        Reference<css::table::XColumnRowRange>(range, UNO_QUERY_THROW)->getColumns(),
        UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c < cols->getCount(); ++c)
    {
        const auto column = cols->getByIndex(c).get<Reference<css::uno::XInterface>>();
        setProperty(column, "OptimalWidth", css::uno::Any(true));
        if (!source.layout)
            continue; // the stored workbooks keep their widths as they always were
        // A long message column would push the others out of sight: 12 cm at most.
        sal_Int32 width = 0;
        Reference<css::beans::XPropertySet>(column, UNO_QUERY_THROW)->getPropertyValue("Width") >>=
            width;
        if (width > kMaxColumnWidth)
            setProperty(column, "Width", css::uno::Any(kMaxColumnWidth));
    }
}

// Pours every sheet into `doc`, whose first sheet is renamed and the others inserted.
void pourSheets(const Reference<css::lang::XComponent>& doc,
                const std::vector<WorkbookSheet>& sheets)
{
    Reference<css::sheet::XSpreadsheetDocument> calc(doc, UNO_QUERY_THROW);
    const auto names = calc->getSheets();
    Reference<css::container::XIndexAccess> index(names, UNO_QUERY_THROW);
    const sal_Int32 percentKey = percentFormat(doc);
    for (std::size_t i = 0; i < sheets.size(); ++i)
    {
        const OUString name = fromUtf8(sheets[i].grid->sheetName());
        if (i > 0)
            names->insertNewByName(name, sal_Int16(i));
        else if (!name.isEmpty()) // the new document's own first sheet
            Reference<css::container::XNamed>(index->getByIndex(0), UNO_QUERY_THROW)->setName(name);
        Reference<css::sheet::XSpreadsheet> sheet(index->getByIndex(sal_Int32(i)), UNO_QUERY_THROW);
        fillSheet(doc, sheet, sal_Int16(i), sheets[i], percentKey);
        if (sheets[i].layout && sheets[i].layout->autoFilter)
            addAutoFilter(doc, sal_Int16(i), sheets[i]);
    }
}

// Freezes the first row of the sheets that ask for it (a view setting: the controller's).
void freezeHeaders(const Reference<css::frame::XModel>& model,
                   const std::vector<WorkbookSheet>& sheets)
{
    Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(),
                                                 css::uno::UNO_QUERY);
    Reference<css::sheet::XViewFreezable> freezable(view, css::uno::UNO_QUERY);
    if (!view.is() || !freezable.is())
        return;
    Reference<css::container::XIndexAccess> index(
        Reference<css::sheet::XSpreadsheetDocument>(model, UNO_QUERY_THROW)->getSheets(),
        UNO_QUERY_THROW);
    for (std::size_t i = 0; i < sheets.size(); ++i)
        if (sheets[i].layout && sheets[i].layout->freezeHeader)
        {
            view->setActiveSheet(Reference<css::sheet::XSpreadsheet>(
                index->getByIndex(sal_Int32(i)), UNO_QUERY_THROW));
            freezable->freezeAtPosition(0, 1);
        }
    view->setActiveSheet(
        Reference<css::sheet::XSpreadsheet>(index->getByIndex(0), UNO_QUERY_THROW));
}

} // namespace

void storeWorkbook(const Reference<css::frame::XComponentLoader>& loader,
                   const std::vector<WorkbookSheet>& sheets, WorkbookFormat format,
                   const OUString& url)
{
    if (sheets.empty())
        return;
    const ScratchCalc scratch(loader); // hidden, closed whatever happens
    pourSheets(scratch.doc(), sheets);
    scratch.storeTo(url, OUString::createFromAscii(
                             format == WorkbookFormat::Xlsx ? "Calc MS Excel 2007 XML" : "calc8"));
}

void fillWorkbook(const Reference<css::frame::XModel>& model,
                  const std::vector<WorkbookSheet>& sheets)
{
    Reference<css::lang::XComponent> doc(model, UNO_QUERY_THROW);
    model->lockControllers(); // one repaint at the end, not one per cell
    try
    {
        pourSheets(doc, sheets);
    }
    catch (...)
    {
        model->unlockControllers();
        throw;
    }
    model->unlockControllers();
    freezeHeaders(model, sheets);
}

void writeSheetRows(const Reference<css::frame::XModel>& model, sal_Int16 sheetIndex,
                    const WorkbookSheet& source, std::size_t firstRow, std::size_t atRow)
{
    Reference<css::lang::XComponent> doc(model, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> index(
        Reference<css::sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets(),
        UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheet> sheet(index->getByIndex(sheetIndex), UNO_QUERY_THROW);
    fillSheet(doc, sheet, sheetIndex, source, percentFormat(doc), Placement{firstRow, atRow});
}

Reference<css::frame::XModel> openWorkbook(const Reference<css::frame::XComponentLoader>& loader,
                                           const std::vector<WorkbookSheet>& sheets)
{
    Reference<css::lang::XComponent> doc = loader->loadComponentFromURL(
        "private:factory/scalc", "_blank", 0, css::uno::Sequence<css::beans::PropertyValue>());
    Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
    try
    {
        fillWorkbook(model, sheets);
    }
    catch (...)
    {
        closeDocument(doc); // never leave half a result behind
        throw;
    }
    return model;
}

} // namespace parcalc::uno
