// scoring_catalog: the rule set that scoring uses, chosen by file or bundled id
// like ruleset_catalog, with its scoring tree; and a process-wide cache so the
// Calc functions parse a rule set once per process, not once per call.
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

// The same, parsed once and shared (thread-safe). A bundled id is never parsed
// twice; a file is parsed again only when its size or modification time changed.
// Failures are cached the same way, so a broken file costs one parse, not one per cell.
ScoringRuleSetLoad cachedScoringRuleSet(std::string_view fileOrId);

} // namespace parcalc
