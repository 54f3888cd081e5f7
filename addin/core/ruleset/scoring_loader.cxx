// scoring_loader: the entry of the "scoring" tree reader (internal/scoring_reader.hxx,
// called by the rule-set loader) and the scoring view of a loaded rule set.
#include "core/ruleset/scoring_loader.hxx"

#include "core/ruleset/ruleset_messages.hxx"

#include "core/ruleset/internal/ruleset_scoring.hxx"
#include "core/ruleset/internal/scoring_reader.hxx"
#include "core/ruleset/json_reader.hxx"

namespace parcalc
{

using detail::Json;
using detail::JsonReader;

void detail::loadScoring(JsonReader& reader, const Json& scoring, const RuleSet& ruleSet,
                         ScoringRules& out)
{
    ScoringReader(reader, ruleSet, out).read(scoring);
}

ScoringRuleSetLoad makeScoringRuleSet(std::shared_ptr<const RuleSet> ruleSet,
                                      std::string_view fileName)
{
    ScoringRuleSetLoad out;
    if (!ruleSet->scoring || ruleSet->scoring->empty())
    {
        out.errors.push_back(ruleSetError(std::string(fileName), "$.scoring", "scoring.none",
                                          {{"id", ruleSet->id}}));
        return out;
    }
    if (!ruleSet->gradeSchemes)
    {
        out.errors.push_back(ruleSetError(std::string(fileName), "$.grades", "grades.invalid",
                                          {{"why", ruleSet->gradeSchemesProblem}}));
        return out;
    }
    const RuleSet& rs = *ruleSet;
    out.value = std::make_shared<const ScoringRuleSet>(ScoringRuleSet{
        std::move(ruleSet), rs, *rs.scoring, rs.gradeSchemes->vi, rs.gradeSchemes->en});
    return out;
}

ScoringRuleSetLoad makeScoringRuleSet(RuleSet ruleSet, std::string_view fileName)
{
    return makeScoringRuleSet(std::make_shared<const RuleSet>(std::move(ruleSet)), fileName);
}

ScoringRuleSetLoad makeScoringRuleSet(RuleSetLoad load, std::string_view fileName)
{
    if (!load.ok())
    {
        ScoringRuleSetLoad out;
        out.errors = std::move(load.errors);
        return out;
    }
    return makeScoringRuleSet(std::move(*load.ruleSet), fileName);
}

} // namespace parcalc
