// check_text: a check as the domain brief writes it in a Biểu thống kê cell, read into
// the rule-set JSON of one check ("= 1.2.2 / 1.2.1" on row 1.2 -> {"kind": "ratio", …})
// and written back from the model (the same text for the same check).
#pragma once

#include "core/ruleset/ruleset.hxx"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace parcalc::book
{

struct CheckTextRead
{
    std::optional<nlohmann::json> check; // without "severity"; set when the text is understood
    std::string vi, en;                  // why not, otherwise
};

// `text` written on the line of row `rowId` (the row the finding is reported on).
CheckTextRead readCheckText(std::string_view text, const std::string& rowId);

// The text of `check` on its anchor row; per-row checks (range, integer, non-negative,
// cumulative) read the same on each of their rows.
std::string checkText(const Check& check, const RuleSet& ruleSet);

// The examples every "not understood" message lists.
std::string_view checkTextExamples();

} // namespace parcalc::book
