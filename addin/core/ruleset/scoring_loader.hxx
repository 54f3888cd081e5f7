// scoring_loader: a loaded rule set as scoring sees it. The rule-set loader reads the
// "scoring" member into RuleSet::scoring (the reader: internal/scoring_reader.hxx) and
// the grades into RuleSet::gradeSchemes, in its one pass over the JSON; this header
// gives scoring a view of them that states they are there.
#pragma once

#include "core/functions/grade.hxx"
#include "core/ruleset/ruleset_loader.hxx"
#include "core/ruleset/scoring_rules.hxx"

#include <memory>
#include <string_view>
#include <vector>

namespace parcalc
{

// Everything scoring needs from one rule-set file: its rows (the inputs), its scoring
// tree and its grade schemes. A view of the one loaded RuleSet (kept alive by `owner`),
// not a copy: the references point into *owner.
struct ScoringRuleSet
{
    std::shared_ptr<const RuleSet> owner;
    const RuleSet& ruleSet;
    const ScoringRules& scoring; // *ruleSet.scoring
    const GradeScheme& gradesVi; // ruleSet.gradeSchemes->vi
    const GradeScheme& gradesEn;
};

struct ScoringRuleSetLoad
{
    std::shared_ptr<const ScoringRuleSet> value; // set only when errors is empty
    std::vector<RuleSetError> errors;

    bool ok() const { return value != nullptr; }
};

// A loaded rule set as a scoring rule set. A rule set without "scoring" is an error here
// ("has no scoring criteria"): scoring needs criteria; so are grade bands that make no
// grade scheme ("$.grades").
ScoringRuleSetLoad makeScoringRuleSet(std::shared_ptr<const RuleSet> ruleSet,
                                      std::string_view fileName);
ScoringRuleSetLoad makeScoringRuleSet(RuleSet ruleSet, std::string_view fileName);
ScoringRuleSetLoad makeScoringRuleSet(RuleSetLoad load, std::string_view fileName);

} // namespace parcalc
