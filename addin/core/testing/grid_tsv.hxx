// grid_tsv: reads the test-fixture text format (tests/data/*.tsv, documented in
// the header comment of tests/data/ngan-son-q1-2023.tsv) into a CellGrid: one line
// per sheet row, TAB-separated cells, Calc-like typing of the value column.
#pragma once

#include "core/base/cell_grid.hxx"
#include "core/base/expected.hxx"

#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

struct TsvOptions
{
    // Columns typed as Calc types input (numbers, 25%, 'text, #VALUE!); the others are text.
    std::vector<std::size_t> typedColumns{3};
};

// Never fails: every line is a row. "#sheet: NAME" sets the sheet name.
CellGrid readTsvGrid(std::string_view text, const TsvOptions& options = {});
// NotAvailable when the file cannot be read.
Expected<CellGrid> readTsvGridFile(const std::string& path, const TsvOptions& options = {});

// The typing rule alone: "25%" -> Number 0.25, "'03" -> Text "03", "" -> Empty.
Cell typeCellInput(std::string_view input);

} // namespace parcalc
