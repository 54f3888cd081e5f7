// scoring_catalog: which bundled rule set scoring uses when none is named. Scoring rule
// sets are loaded through RuleSetCache::scoring (ruleset_cache).
#pragma once

#include "core/ruleset/ruleset_catalog.hxx"
#include "core/ruleset/scoring_loader.hxx"

#include <string_view>

namespace parcalc
{

// The bundled example scoring rule set (not an official criteria set).
inline constexpr std::string_view kDefaultScoringRuleSetId = "example-huyen-diem";

} // namespace parcalc
