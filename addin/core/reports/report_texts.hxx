// report_texts: the words of the reports `parcalc validate` and `parcalc score` write
// (text, CSV, HTML, the ODS rows): one text table, keys by report ("batch.", "score.")
// and shared words; header keys hold the column names separated by '|'.
#pragma once

#include "core/text/language.hxx"

#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

const TextTable& reportTexts();

// The words of `key` with their {name} placeholders filled.
std::string reportWord(Language language, std::string_view key, TextArgs args = {});

// A header key's column names.
std::vector<std::string> reportColumns(Language language, std::string_view key);

} // namespace parcalc
