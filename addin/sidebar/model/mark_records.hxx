// mark_records: how ParCalc recognises and undoes its own cell marks, without
// UNO. A mark is a cell background in one of ParCalc's colours plus a comment
// starting with "[ParCalc]"; a comment the cell had before is kept below a
// separator inside ours, so clearing restores it even after undo/redo. The
// previous background of each marked cell is recorded in the document (user
// property ParCalcMarks, JSON) so clearing restores it too.
#pragma once

#include "core/ruleset/ruleset.hxx"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc::sidebar
{

inline constexpr std::string_view kMarkPrefix = "[ParCalc] ";
inline constexpr std::string_view kMarkSeparator =
    "\n[ParCalc: ghi chú trước đó / earlier comment]\n";

// Background colours of marks (RGB), lightest shades that still show on screen and on paper.
std::int32_t markColor(Severity severity);
bool isMarkColor(std::int32_t color);

struct MarkRecord
{
    std::string sheet;
    std::string cell;              // A1
    bool backgroundWasSet = false; // the cell had its own background (not the style's)
    std::int32_t background = -1;  // that background (-1: transparent)
};

std::string writeMarkRecords(const std::vector<MarkRecord>& records);
// Never throws: text that is not a record list (damaged, edited by hand) gives no records.
std::vector<MarkRecord> readMarkRecords(std::string_view json);

// The comment of a marked cell: "[ParCalc] Lỗi: message", one line per finding, then the
// cell's earlier comment (if any) after the separator.
std::string markComment(const std::vector<std::string>& lines, std::string_view earlierComment);
bool isMarkComment(std::string_view comment);
// The comment the cell had before it was marked ("" if none).
std::string earlierComment(std::string_view markComment);

} // namespace parcalc::sidebar
