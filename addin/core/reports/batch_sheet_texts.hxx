// batch_sheet_texts: the words of a batch check in Calc: its result document (sheet
// names, headers, notes) and its progress in the status bar, one text table checked by tests/text
// with every other table; header keys hold the column names separated by '|'.
#pragma once

#include "core/text/language.hxx"

#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

const TextTable& batchSheetTexts();

std::string batchSheetText(Language language, std::string_view key, TextArgs args = {});

// A header key's column names.
std::vector<std::string> batchSheetColumns(Language language, std::string_view key);

} // namespace parcalc
