// book_cells: what a workbook cell says, as the rule-set reader needs it: its text (a
// number typed into an id cell, 1.1, reads as "1.1"), numbers typed with a decimal comma
// or point, lists split on ";" — and the shortest text of a number for the writer.
#pragma once

#include "core/base/cell_grid.hxx"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc::book
{

// The shortest decimal text that reads back as `value` ("0.95", "2", "1e-07").
std::string numberText(double value);
// Trimmed text of a text cell, numberText of a number cell, "" otherwise.
std::string cellText(const Cell& cell);
// cellText of a cell holding an id or ids (manual input ids, a criterion's input): a
// control character there is LibreOffice 7.4 reading an .xlsx's "_xa_" (as in
// "ty_le_xa_chung") as the OOXML escape of a line break; it is turned back into "_xa_".
std::string idText(const Cell& cell);
// A finite number: a number cell, or text such as "0,95", "0.95", " 2 ".
std::optional<double> cellNumber(const Cell& cell);
std::optional<double> parseNumber(std::string_view text);
std::string trim(std::string_view text);
// At most `maxBytes` of `text` for a message, cut between UTF-8 characters ("…" added).
std::string excerpt(std::string_view text, std::size_t maxBytes = 80);
// Splits on `separator`, trims, drops empty pieces.
std::vector<std::string> splitList(std::string_view text, char separator = ';');
// The same, on ";" or "," (years, row kinds: "2022, 2023", "số lượng; tiền").
std::vector<std::string> splitWords(std::string_view text);

} // namespace parcalc::book
