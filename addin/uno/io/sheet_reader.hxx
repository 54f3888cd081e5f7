// Reading spreadsheet contents into core CellGrids with range calls: one
// getDataArray per sheet (never cell by cell), plus one query for the cells
// whose formula gives an error, which getDataArray reports as empty.
// Used inside soffice (sidebar) and over the bridge (batch tool, tests).
#pragma once

#include "core/base/cell_grid.hxx"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <vector>

namespace parcalc::uno
{

// The used area of one sheet; an empty sheet gives an empty grid.
parcalc::CellGrid readSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Every sheet of the document, in sheet order.
std::vector<parcalc::CellGrid>
readSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace parcalc::uno
