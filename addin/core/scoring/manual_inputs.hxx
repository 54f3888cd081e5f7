// manual_inputs: the values a user gives for a rule set's manual inputs (what no appendix
// row holds, `parcalc score --manual NAME=VALUE`), read and checked against the rule set
// here rather than in each front end.
#pragma once

#include "core/scoring/scoring_engine.hxx"

#include <optional>
#include <string>
#include <string_view>

namespace parcalc
{

// "cntt_hoan_thanh=24", "ty_le_buu_chinh=18%", "x=1,5": adds the value (a percentage as a
// fraction, a decimal comma read as a point) to `values`. False, leaving `values` as it
// was, when the text is not NAME=NUMBER.
bool parseManualInput(std::string_view arg, ManualValues& values);

// A name in `values` that the rule set does not declare as a manual input, or nullopt
// when every one is declared.
std::optional<std::string> unknownManualInput(const ManualValues& values,
                                              const ScoringRuleSet& rules);

} // namespace parcalc
