// consolidation_json: the JSON of `parcalc consolidate --format json`, a public contract
// (schemas/consolidate-report.schema.json): keys never renamed, null for absent values,
// ratios and percentages as fractions (0.75 for 75 %).
#pragma once

#include "core/consolidation/consolidation.hxx"

#include <nlohmann/json.hpp>

#include <string>

namespace parcalc
{

// {"schema_version", "ruleset": {"id", "version"}, "period", "units": [...], "rows": [...]}.
nlohmann::ordered_json consolidationJson(const Consolidation& consolidation,
                                         const RuleSet& ruleSet);
std::string consolidationJsonText(const Consolidation& consolidation, const RuleSet& ruleSet);

} // namespace parcalc
