// text_fold: accent- and case-insensitive text keys (ICU) and a word-based
// similarity for matching indicator labels that differ slightly from a template.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

// Folds UTF-8 text to a comparison key: NFD, combining marks dropped, đ/Đ -> d,
// lowercase, runs of whitespace (incl. NBSP, newlines) collapsed to one space,
// trimmed, trailing '.', ':', ';', ',' removed. "Chỉ tiêu thống kê:" -> "chi tieu thong ke".
// Invalid UTF-8 bytes become U+FFFD. Never throws.
std::string foldText(std::string_view utf8);

// The folded text split into words; any character that is neither a letter nor
// a digit separates words: "(lũy kế)" -> {"luy", "ke"}.
std::vector<std::string> foldedWords(std::string_view utf8);

} // namespace parcalc
