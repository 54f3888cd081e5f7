// Reading the "checks" array of a rule-set file (internal to the loader).
#pragma once

#include "core/ruleset/internal/json_reader.hxx"
#include "core/ruleset/ruleset.hxx"

namespace parcalc::detail
{

// Reads `checks` into ruleSet.checks; ruleSet.index must be built. Reports unknown kinds,
// unknown row ids, rows of the wrong kind and cycles among sum-equals checks.
void loadChecks(JsonReader& reader, const Json& checks, RuleSet& ruleSet);

} // namespace parcalc::detail
