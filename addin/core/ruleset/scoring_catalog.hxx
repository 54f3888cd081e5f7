// scoring_catalog: the rule set that scoring uses, chosen by file or bundled id like
// ruleset_catalog, with its scoring tree. Parsed on every call: callers that score
// often (the Calc functions, the sidebar) use RuleSetCache::scoring (ruleset_cache).
#pragma once

#include "core/ruleset/ruleset_catalog.hxx"
#include "core/ruleset/scoring_loader.hxx"

#include <string_view>

namespace parcalc
{

// The bundled example scoring rule set (not an official criteria set).
inline constexpr std::string_view kDefaultScoringRuleSetId = "example-huyen-diem";

// `fileOrId` as resolveRuleSet reads it ("" = kDefaultScoringRuleSetId), completed
// by makeScoringRuleSet. Parses every time.
ScoringRuleSetLoad resolveScoringRuleSet(std::string_view fileOrId);

} // namespace parcalc
