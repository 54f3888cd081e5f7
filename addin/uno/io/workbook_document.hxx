// workbook_document: sheets of typed cells (numbers, texts, percent-formatted numbers)
// poured into a new Calc document: one setDataArray per sheet, bold rows, marked cells on
// a light red background, and a sheet's layout (core/base/sheet_layout: cell colours,
// HYPERLINK cells, frozen header, autofilter); columns as wide as their content (capped).
// Stored as one .ods or .xlsx from a hidden document closed whatever happens (`parcalc
// consolidate`'s workbook), or left open as a new visible untitled document (the batch
// and consolidation results inside Calc).
#pragma once

#include "core/base/cell_grid.hxx"
#include "core/base/sheet_layout.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <utility>
#include <vector>

namespace parcalc::uno
{

struct WorkbookSheet
{
    const CellGrid* grid = nullptr; // the sheet name is the grid's ("": the office's default)
    std::vector<std::size_t> boldRows;
    std::vector<std::pair<std::size_t, std::size_t>> marked; // (row, col)
    const SheetLayout* layout = nullptr;                     // more dressing, or none
};

enum class WorkbookFormat
{
    Ods,
    Xlsx,
};

// Throws css::io::IOException (with the URL) when the document cannot be stored.
void storeWorkbook(const css::uno::Reference<css::frame::XComponentLoader>& loader,
                   const std::vector<WorkbookSheet>& sheets, WorkbookFormat format,
                   const OUString& url);

// The sheets as a new visible, untitled Calc document (the first sheet active), returned
// open for the user. Throws css::uno::Exception when the office cannot make it.
css::uno::Reference<css::frame::XModel>
openWorkbook(const css::uno::Reference<css::frame::XComponentLoader>& loader,
             const std::vector<WorkbookSheet>& sheets);

// Pours `sheets` into a document openWorkbook made: its first sheet written again (renamed
// to the first grid's name), the others inserted after it; dressed, headers frozen.
void fillWorkbook(const css::uno::Reference<css::frame::XModel>& model,
                  const std::vector<WorkbookSheet>& sheets);

// Rows [firstRow, end) of `source` (cells, formats, dressing) written into sheet
// `sheetIndex` from row `atRow` on: a result row shown as soon as its file is read.
void writeSheetRows(const css::uno::Reference<css::frame::XModel>& model, sal_Int16 sheetIndex,
                    const WorkbookSheet& source, std::size_t firstRow, std::size_t atRow);

} // namespace parcalc::uno
