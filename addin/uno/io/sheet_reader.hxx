// Reading spreadsheet contents into core CellGrids with range calls: one
// getDataArray per sheet (never cell by cell), one call for the ranges of equal
// formatting (each cell's number-format kind: a % cell holds a fraction), plus one
// query for the cells whose formula gives an error, which getDataArray reports as empty.
// Used inside soffice (sidebar) and over the bridge (batch tool, tests).
#pragma once

#include "core/base/cell_grid.hxx"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>

#include <unordered_map>
#include <vector>

namespace parcalc::uno
{

// What a number format means for a value: its kind and the decimals it shows (-1 unknown).
struct ResolvedFormat
{
    parcalc::NumberFormatKind kind = parcalc::NumberFormatKind::Unknown;
    int decimals = -1;
};

// A document's number-format keys resolved, each key asked once.
class NumberFormatResolver
{
public:
    explicit NumberFormatResolver(
        const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
    ResolvedFormat resolve(sal_Int32 key);

private:
    css::uno::Reference<css::util::XNumberFormats> m_formats;
    std::unordered_map<sal_Int32, ResolvedFormat> m_known;
};

// The used area of one sheet; an empty sheet gives an empty grid. Without `formats`
// the cells' number formats stay Unknown.
parcalc::CellGrid readSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                            NumberFormatResolver* formats = nullptr);

// Every sheet of the document, in sheet order.
std::vector<parcalc::CellGrid>
readSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace parcalc::uno
