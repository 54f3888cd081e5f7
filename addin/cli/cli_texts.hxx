// cli_texts: the text table of the `parcalc` tool (core/text/language.hxx): its usage, option
// help and error messages; checked by tests/text with every other table. The tool speaks
// both languages on one line, Vietnamese first ("vi / en").
#pragma once

#include "core/text/language.hxx"

#include <string>
#include <string_view>

namespace parcalc::cli
{

const TextTable& cliTexts();

// `key` in both languages, "vi / en", its {name}s filled from `args`.
std::string cliText(std::string_view key, TextArgs args = {});

} // namespace parcalc::cli
