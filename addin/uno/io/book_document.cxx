// The rule-set workbook poured into a new hidden Calc document and stored.
#include "uno/io/book_document.hxx"

#include "uno/io/scratch_document.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/TableValidationVisibility.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>

namespace parcalc::uno
{
namespace
{

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

Reference<css::beans::XPropertySet> props(const Reference<css::uno::XInterface>& object)
{
    return Reference<css::beans::XPropertySet>(object, UNO_QUERY_THROW);
}

void fillCells(const Reference<css::sheet::XSpreadsheet>& sheet, const CellGrid& grid)
{
    const sal_Int32 rows = sal_Int32(std::max<std::size_t>(grid.rows(), 1));
    const sal_Int32 cols = sal_Int32(std::max<std::size_t>(grid.cols(), 1));
    css::uno::Sequence<css::uno::Sequence<Any>> data(rows);
    for (sal_Int32 r = 0; r < rows; ++r)
    {
        data[r].realloc(cols);
        for (sal_Int32 c = 0; c < cols; ++c)
        {
            const Cell& cell = grid.at(std::size_t(r), std::size_t(c));
            if (cell.type == CellType::Number)
                data[r][c] <<= cell.number;
            else
                data[r][c] <<= fromUtf8(cell.type == CellType::Text ? cell.text : "");
        }
    }
    Reference<css::sheet::XCellRangeData>(
        sheet->getCellRangeByPosition(0, 0, cols - 1, rows - 1), UNO_QUERY_THROW)
        ->setDataArray(data);
}

// A list the user picks from; a word not in it is refused with the list in the message.
void addChoices(const Reference<css::sheet::XSpreadsheet>& sheet, std::size_t headerRow,
                const book::ChoiceList& choice)
{
    auto range = sheet->getCellRangeByPosition(sal_Int32(choice.column), sal_Int32(headerRow + 1),
                                               sal_Int32(choice.column),
                                               sal_Int32(choice.lastRow));
    auto validation = props(props(range)->getPropertyValue("Validation")
                                .get<Reference<css::uno::XInterface>>());
    std::string formula, shown;
    for (const std::string& word : choice.words)
    {
        formula += (formula.empty() ? "\"" : ";\"") + word + "\"";
        shown += (shown.empty() ? "" : ", ") + word;
    }
    validation->setPropertyValue("Type", Any(css::sheet::ValidationType_LIST));
    validation->setPropertyValue("ShowList",
                                 Any(css::sheet::TableValidationVisibility::UNSORTED));
    validation->setPropertyValue("IgnoreBlankCells", Any(true));
    validation->setPropertyValue("ShowErrorMessage", Any(true));
    validation->setPropertyValue("ErrorTitle", Any(OUString("ParCalc")));
    validation->setPropertyValue(
        "ErrorMessage", Any(fromUtf8("Chọn một trong / choose one of: " + shown)));
    Reference<css::sheet::XSheetCondition>(validation, UNO_QUERY_THROW)
        ->setFormula1(fromUtf8(formula));
    props(range)->setPropertyValue("Validation", Any(validation));
}

void layOut(const Reference<css::sheet::XSpreadsheet>& sheet, const book::BookSheet& book,
            sal_Int32 textFormat)
{
    fillCells(sheet, book.grid);
    const sal_Int32 cols = sal_Int32(std::max<std::size_t>(book.grid.cols(), 1));
    const sal_Int32 header = sal_Int32(book.headerRow);
    props(sheet->getCellRangeByPosition(0, header, cols - 1, header))
        ->setPropertyValue("CharWeight", Any(float(150))); // css::awt::FontWeight::BOLD
    auto notes = Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, UNO_QUERY_THROW)
                     ->getAnnotations();
    for (std::size_t c = 0; c < book.headerNotes.size(); ++c)
        if (!book.headerNotes[c].empty())
            notes->insertNew(css::table::CellAddress(0, sal_Int32(c), header),
                             fromUtf8(book.headerNotes[c]));
    const sal_Int32 last = sal_Int32(std::max(book.grid.rows(), book.headerRow + 1) +
                                     book::kSpareLines);
    for (std::size_t c : book.textColumns)
        props(sheet->getCellRangeByPosition(sal_Int32(c), header + 1, sal_Int32(c), last))
            ->setPropertyValue("NumberFormat", Any(textFormat));
    for (const book::ChoiceList& choice : book.choices)
        addChoices(sheet, book.headerRow, choice);
    Reference<css::container::XIndexAccess> columns(
        Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns(),
        UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c < cols; ++c)
        props(columns->getByIndex(c).get<Reference<css::uno::XInterface>>())
            ->setPropertyValue("OptimalWidth", Any(true));
}

} // namespace

void storeRuleSetBook(const Reference<css::frame::XComponentLoader>& loader,
                      const std::vector<book::BookSheet>& sheets, const OUString& url,
                      const OUString& filter)
{
    if (sheets.empty())
        return;
    ScratchCalc scratch(loader);
    Reference<css::sheet::XSpreadsheetDocument> calc(scratch.doc(), UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheets> all = calc->getSheets();
    Reference<css::container::XIndexAccess> byIndex(all, UNO_QUERY_THROW);
    const sal_Int32 textFormat =
        Reference<css::util::XNumberFormatTypes>(
            Reference<css::util::XNumberFormatsSupplier>(scratch.doc(), UNO_QUERY_THROW)
                ->getNumberFormats(),
            UNO_QUERY_THROW)
            ->getStandardFormat(css::util::NumberFormat::TEXT, css::lang::Locale());
    for (std::size_t i = 0; i < sheets.size(); ++i)
    {
        const OUString name = fromUtf8(sheets[i].grid.sheetName());
        if (i == 0)
            Reference<css::container::XNamed>(byIndex->getByIndex(0), UNO_QUERY_THROW)
                ->setName(name);
        else
            all->insertNewByName(name, sal_Int16(i));
        layOut(Reference<css::sheet::XSpreadsheet>(byIndex->getByIndex(sal_Int32(i)),
                                                   UNO_QUERY_THROW),
               sheets[i], textFormat);
    }
    scratch.storeTo(url, filter);
}

} // namespace parcalc::uno
