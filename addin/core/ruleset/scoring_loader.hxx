// scoring_loader: reads the "scoring" member of a rule set (kept verbatim by the
// rule-set loader in RuleSet::scoringJson) into ScoringRules, or says precisely
// what is wrong: the file, the JSON path ("$.scoring.fields[5].criteria[0].rule")
// and the problem in Vietnamese and English, like the rest of the rule-set loader.
// Never throws.
#pragma once

#include "core/functions/grade.hxx"
#include "core/ruleset/ruleset_loader.hxx"
#include "core/ruleset/scoring_rules.hxx"

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace parcalc
{

struct ScoringLoad
{
    std::optional<ScoringRules> rules; // set only when errors is empty
    std::vector<RuleSetError> errors;

    bool ok() const { return rules.has_value(); }
};

// Parses ruleSet.scoringJson against the rule set's rows (input references are
// row ids of `ruleSet` or declared manual inputs). A rule set without "scoring"
// gives empty rules without error. Besides the shapes the schema states, checks:
// unique criterion ids, each parent's maximum = the sum of its children's, rule
// points within the criterion's maximum, references to existing numeric rows,
// rate rules fed by rates, manual inputs that do not shadow row ids.
ScoringLoad loadScoringRules(const RuleSet& ruleSet, std::string_view fileName);

// The rule set's "grades" as grade schemes (labels in Vietnamese / English); the
// default scheme (grade.hxx) when the rule set has none.
Expected<GradeScheme> gradeSchemeOf(const RuleSet& ruleSet, bool english = false);

// Everything scoring needs from one rule-set file: its rows (the inputs), its
// scoring tree and its grade schemes.
struct ScoringRuleSet
{
    RuleSet ruleSet;
    ScoringRules scoring;
    GradeScheme gradesVi;
    GradeScheme gradesEn;
};

struct ScoringRuleSetLoad
{
    std::shared_ptr<const ScoringRuleSet> value; // set only when errors is empty
    std::vector<RuleSetError> errors;

    bool ok() const { return value != nullptr; }
};

// Completes a loaded rule set with its scoring tree and grades. A rule set without
// "scoring" is an error here ("has no scoring criteria"): scoring needs criteria.
ScoringRuleSetLoad makeScoringRuleSet(RuleSet ruleSet, std::string_view fileName);
ScoringRuleSetLoad makeScoringRuleSet(RuleSetLoad load, std::string_view fileName);

} // namespace parcalc
