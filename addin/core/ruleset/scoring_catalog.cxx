// scoring_catalog: resolving scoring rule sets.
#include "core/ruleset/scoring_catalog.hxx"

#include <string>

namespace parcalc
{

ScoringRuleSetLoad resolveScoringRuleSet(std::string_view fileOrId)
{
    const std::string choice(fileOrId.empty() ? kDefaultScoringRuleSetId : fileOrId);
    return makeScoringRuleSet(resolveRuleSet(choice), choice);
}

} // namespace parcalc
