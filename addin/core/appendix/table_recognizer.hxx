// table_recognizer: finds the appendix table in a grid by its header (STT / Chỉ
// tiêu thống kê / Đơn vị tính / Số liệu / Ghi chú, one or two header rows), and
// turns its rows into logical rows: repeated page-break headers skipped, labels
// wrapped onto a following row joined. Knows nothing of row ids (row_matcher does).
#pragma once

#include "core/base/cell_grid.hxx"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace parcalc
{

struct TableColumns
{
    std::size_t stt = 0;
    std::size_t label = 1;
    std::optional<std::size_t> unit;
    std::size_t value = 3;
    std::optional<std::size_t> note;
};

// One row of the table as a person reads it.
struct SheetRow
{
    std::size_t gridRow = 0; // grid row of the row (the first one if its label wraps)
    std::string stt;         // normalised: trimmed, no trailing '.', numbers as "1.1"; "" if none
    bool ofWhich = false;    // "Trong đó" in the STT column (stt is then "")
    std::string label;       // trimmed; wrapped continuations joined with a space
    std::string unit;        // trimmed text of the unit cell
};

struct RecognizedTable
{
    bool found = false;
    TableColumns columns;
    std::size_t headerRow = 0; // grid row of the (first) header row
    std::size_t firstRow = 0;  // grid row after the header
    std::size_t lastRow = 0;   // last grid row holding table content
    std::vector<SheetRow> rows;
    std::vector<std::string> titles; // texts above the header, top to bottom (unit, period)
    // The STT header cell of another appendix table below this one, if any: its rows are
    // neither merged into this table nor read (a second table is the reviewer's call).
    std::optional<std::size_t> secondHeaderRow;
    std::size_t secondHeaderCol = 0;

    // "A5:E150": the table on the sheet, header included ("" when not found).
    std::string range(const CellGrid& grid) const;
};

RecognizedTable recognizeTable(const CellGrid& grid);

} // namespace parcalc
