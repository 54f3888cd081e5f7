// Sheet -> CellGrid with range calls.
#include "uno/io/sheet_reader.hxx"

#include "uno/base/ustrings.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <unordered_map>

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

// Calc's number-format type bits (css::util::NumberFormat) as the core's kind.
parcalc::NumberFormatKind formatKind(sal_Int16 type)
{
    namespace NF = css::util::NumberFormat;
    if (type & NF::PERCENT)
        return parcalc::NumberFormatKind::Percent;
    if (type & NF::TEXT)
        return parcalc::NumberFormatKind::Text;
    if (type & (NF::DATE | NF::TIME))
        return parcalc::NumberFormatKind::Date;
    if (type & NF::CURRENCY)
        return parcalc::NumberFormatKind::Currency;
    if (type & NF::LOGICAL)
        return parcalc::NumberFormatKind::Boolean;
    if (type & (NF::SCIENTIFIC | NF::FRACTION))
        return parcalc::NumberFormatKind::Other;
    return parcalc::NumberFormatKind::General;
}

} // namespace

NumberFormatResolver::NumberFormatResolver(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
{
    css::uno::Reference<css::util::XNumberFormatsSupplier> supplier(document,
                                                                    css::uno::UNO_QUERY);
    if (supplier.is())
        m_formats = supplier->getNumberFormats();
}

ResolvedFormat NumberFormatResolver::resolve(sal_Int32 key)
{
    const auto known = m_known.find(key);
    if (known != m_known.end())
        return known->second;
    ResolvedFormat resolved;
    if (m_formats.is())
    {
        try
        {
            const auto format = m_formats->getByKey(key);
            sal_Int16 type = 0;
            if (format.is() && (format->getPropertyValue("Type") >>= type))
                resolved.kind = formatKind(type);
            sal_Int16 decimals = -1;
            // "Decimals": Calc's own property of a format (svl numuno), beside the
            // service's documented ones; a format without it keeps -1
            if (format.is() && format->getPropertySetInfo().is() &&
                format->getPropertySetInfo()->hasPropertyByName("Decimals") &&
                (format->getPropertyValue("Decimals") >>= decimals))
                resolved.decimals = decimals;
        }
        catch (const css::uno::Exception&)
        {
            // a key the document does not know: the cell's format stays unknown
        }
    }
    m_known.emplace(key, resolved);
    return resolved;
}

namespace
{

// Gives the number and text cells of `grid` their number-format kind: one call for the
// ranges of equal formatting in the used area, one property read per such range, and
// each distinct format key resolved once (never a UNO call per cell).
void markNumberFormats(const css::uno::Reference<css::sheet::XSheetCellCursor>& area,
                       const css::table::CellRangeAddress& origin, NumberFormatResolver& formats,
                       parcalc::CellGrid& grid)
{
    css::uno::Reference<css::sheet::XUniqueCellFormatRangesSupplier> supplier(
        area, css::uno::UNO_QUERY);
    if (!supplier.is())
        return;
    const auto uniform = supplier->getUniqueCellFormatRanges();
    if (!uniform.is())
        return;
    for (sal_Int32 i = 0; i < uniform->getCount(); ++i)
    {
        css::uno::Reference<css::sheet::XSheetCellRanges> ranges(uniform->getByIndex(i),
                                                                 css::uno::UNO_QUERY);
        css::uno::Reference<css::beans::XPropertySet> props(ranges, css::uno::UNO_QUERY);
        sal_Int32 key = 0;
        if (!ranges.is() || !props.is() || !(props->getPropertyValue("NumberFormat") >>= key))
            continue;
        const ResolvedFormat format = formats.resolve(key);
        if (format.kind == parcalc::NumberFormatKind::Unknown)
            continue;
        for (const auto& r : ranges->getRangeAddresses())
            for (sal_Int32 row = r.StartRow; row <= r.EndRow; ++row)
                for (sal_Int32 col = r.StartColumn; col <= r.EndColumn; ++col)
                {
                    const std::size_t gr = std::size_t(row - origin.StartRow);
                    const std::size_t gc = std::size_t(col - origin.StartColumn);
                    if (gr >= grid.rows() || gc >= grid.cols())
                        continue;
                    parcalc::Cell cell = grid.at(gr, gc);
                    if (cell.type != parcalc::CellType::Number &&
                        cell.type != parcalc::CellType::Text)
                        continue;
                    cell.format = format.kind;
                    cell.formatDecimals = format.decimals;
                    grid.set(gr, gc, std::move(cell));
                }
    }
}

} // namespace

parcalc::CellGrid readSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                            NumberFormatResolver* formats)
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
    bool typed = false; // numbers or texts whose format matters
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
            typed = true;
        }
    if (blank && rows == 1 && cols == 1)
    {
        parcalc::CellGrid empty(0, 0); // an empty sheet's "used area" is A1
        empty.setSheetName(name);
        return empty;
    }
    if (formats && typed)
        markNumberFormats(cursor, area, *formats, grid);
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
    NumberFormatResolver formats(document);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        grids.push_back(readSheet(css::uno::Reference<css::sheet::XSpreadsheet>(
                                      sheets->getByIndex(i), css::uno::UNO_QUERY_THROW),
                                  &formats));
    return grids;
}

} // namespace parcalc::uno
