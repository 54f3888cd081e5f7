// scoring_texts: the words of scoring explanations (each rule kind's reason and summary,
// the result, what an input is called, why a criterion is not scored): one text table.
#pragma once

#include "core/text/language.hxx"

#include <initializer_list>
#include <string_view>

namespace parcalc
{

const TextTable& scoringTexts();

// Both languages of `key` with their {name} placeholders filled.
LocalText scoringText(std::string_view key, std::initializer_list<LocalArg> args = {});

} // namespace parcalc
