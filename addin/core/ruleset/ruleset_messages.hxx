// ruleset_messages: the text table of every problem a rule-set file can have (the loader,
// the check kinds, the scoring tree and its rule kinds); JsonReader::error takes its keys.
#pragma once

#include "core/ruleset/ruleset_loader.hxx"
#include "core/text/language.hxx"

#include <string>
#include <string_view>

namespace parcalc
{

const TextTable& ruleSetTexts();

// The problem `key` of the table at `path` of `file`, its {name} placeholders filled.
RuleSetError ruleSetError(std::string file, std::string path, std::string_view key,
                          TextArgs args = {});

} // namespace parcalc
