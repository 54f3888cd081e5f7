// consolidation_texts: the text table of consolidation (core/text/language.hxx): why a file
// is left out, why a run is refused; checked by tests/text with every other table.
#pragma once

#include "core/text/language.hxx"

#include <string>
#include <string_view>

namespace parcalc
{

const TextTable& consolidationTexts();

// The entry of `key` in `language`, its {name}s filled from `args`.
std::string consolidationText(std::string_view key, Language language, TextArgs args = {});

} // namespace parcalc
