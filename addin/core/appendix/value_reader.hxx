// value_reader: reads the value cell of one appendix row the way a person reads
// it, given the row's kind: numbers typed or stored as text (vn_number), 25 % as
// 0.25 or "25%" or "2,30" on a % row, Có/Không/1/0/x, explicit no-data markers
// (also when written in the Ghi chú cell next to an empty value).
#pragma once

#include "core/base/cell_grid.hxx"
#include "core/ruleset/ruleset.hxx"
#include "core/text/vn_number.hxx"

#include <optional>
#include <string>

namespace parcalc
{

enum class ValueState
{
    Empty,
    Number, // a number (yes/no rows: 1 or 0)
    NoData, // "-", "Không phát sinh", "Chưa thực hiện"...: nothing to report, on purpose
    Text,   // words that are not a number (a sentence, or a choice like "Trực tuyến")
    Error,  // a formula error in the cell
};

// One reading of a percentage: the value in percent points and the decimals it shows.
struct PercentReading
{
    double points = 0.0;
    int decimals = 0;
};

struct RowValue
{
    ValueState state = ValueState::Empty;
    double number = 0.0; // Number: the value; percent rows: percent points (first reading)
    int decimals = 0;    // decimals shown by `number` (10 at most for a Number cell)
    // Percent rows: another plausible reading (a Number 0.25 may be 25 % or 0.25 %).
    std::optional<PercentReading> alternative;
    bool fromText = false; // the number was stored as text ("136.284", "2,30", "03")
    // ... in a cell formatted as text (@), whether it holds a string or a number
    bool textFormat = false;
    std::string text;      // the text as typed (Text, NoData, and numbers from text)
    NoDataMarker marker = NoDataMarker::None;
    bool noDataInNote = false; // empty value, no-data marker in Ghi chú
    // Number cells: what the cell stores when the reading shows it otherwise (a %-cell's
    // 1,045 read as 104,5 %; 12,4 in a "#,##0" cell shown as 12); "" when they agree.
    std::string stored;
    // A date-formatted number (state Text, `text` the date as shown): no figure at all.
    bool dateFormat = false;
};

// `note` is the Ghi chú cell of the row (empty cell when the table has none).
RowValue readRowValue(const Cell& value, const Cell& note, RowKind kind);

// The readings a percent row's value allows: the first reading, then the alternative.
std::vector<PercentReading> percentReadings(const RowValue& value);

// The value as a reviewer reads it: "25 %", "136.284", the text itself.
std::string displayValue(const RowValue& value, RowKind kind);

} // namespace parcalc
