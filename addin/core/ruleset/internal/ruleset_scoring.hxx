// Reading the "scoring" member of a rule-set file (internal to the loaders): the
// rule-set loader calls it to reject a file whose scoring tree is wrong, the
// scoring loader to build the tree.
#pragma once

#include "core/ruleset/json_reader.hxx"
#include "core/ruleset/ruleset.hxx"
#include "core/ruleset/scoring_rules.hxx"

namespace parcalc::detail
{

// Reads `scoring` ("$.scoring") into `out`; ruleSet.index must be built. Reports every
// problem to `reader`.
void loadScoring(JsonReader& reader, const Json& scoring, const RuleSet& ruleSet,
                 ScoringRules& out);

} // namespace parcalc::detail
