// workbook_document: sheets of typed cells (numbers, texts, percent-formatted numbers)
// stored as one .ods or .xlsx through the running office: a new hidden Calc document,
// one setDataArray per sheet, bold rows, marked cells on a light red background, then
// stored and closed whatever happens. `parcalc consolidate`'s workbook.
#pragma once

#include "core/base/cell_grid.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/frame/XComponentLoader.hpp>

#include <utility>
#include <vector>

namespace parcalc::uno
{

struct WorkbookSheet
{
    const CellGrid* grid = nullptr; // the sheet name is the grid's ("": the office's default)
    std::vector<std::size_t> boldRows;
    std::vector<std::pair<std::size_t, std::size_t>> marked; // (row, col)
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

} // namespace parcalc::uno
