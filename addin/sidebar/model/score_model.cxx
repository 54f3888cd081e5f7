// The texts of the estimated-score panel.
#include "sidebar/model/score_model.hxx"

#include "core/ruleset/scoring_catalog.hxx"
#include "core/scoring_kinds/scoring_numbers.hxx"
#include "core/text/number_format.hxx"

#include <string_view>

namespace parcalc::sidebar
{
namespace
{

using scoring_text::pts; // points as the CLI's reports write them: "0,046", "15,296", "22"

void describeRuleSet(ScorePanelText& text, const ScoringRuleSet& rules, Language language)
{
    text.ruleSet = uiFormat(language, "score.ruleSet",
                            {{"id", rules.ruleSet.id},
                             {"version", rules.ruleSet.version},
                             {"title", rules.ruleSet.title.in(language)}});
    // The bundled set says itself that it is an example; the panel says so in its own words.
    text.note = rules.ruleSet.id == kDefaultScoringRuleSetId ? uiText(language, "score.example")
                                                             : rules.scoring.note.in(language);
}

std::string criterionLine(const CriterionEstimate& c, const ScoringRuleSet& rules,
                          Language language)
{
    const ScoringNode& n = rules.scoring.nodes[c.node];
    const std::string& label = n.label.in(language);
    const std::string max = pts(c.max);
    const std::string points = c.counted ? pts(c.points) : uiText(language, "finding.noCell");
    if (c.status == CriterionStatus::NotApplicable)
        return uiFormat(language, "score.criterionNotApplicable",
                        {{"id", n.id},
                         {"label", label},
                         {"points", points},
                         {"max", max},
                         {"why", c.why.in(language)}});
    if (c.lost() > 1e-9)
        return uiFormat(language, "score.criterionLost",
                        {{"id", n.id},
                         {"label", label},
                         {"points", points},
                         {"max", max},
                         {"lost", pts(c.lost())},
                         {"why", c.why.in(language)}});
    return uiFormat(language, "score.criterion",
                    {{"id", n.id}, {"label", label}, {"points", points}, {"max", max}});
}

} // namespace

ScorePanelText scorePanelNoDocument(const ScoringRuleSet& rules, Language language)
{
    ScorePanelText text;
    describeRuleSet(text, rules, language);
    text.appendix = uiText(language, "score.noDocument");
    return text;
}

ScorePanelText scorePanelRuleSetError(const std::string& error, Language language)
{
    ScorePanelText text;
    text.ruleSet = uiFormat(language, "score.ruleSetError", {{"error", error}});
    return text;
}

ScorePanelText scorePanelText(const ScoreFileReport& report, const ScoringRuleSet& rules,
                              Language language)
{
    ScorePanelText text;
    describeRuleSet(text, rules, language);
    if (!report.appendix)
    {
        text.appendix = uiText(language, "score.noAppendix");
        return text;
    }
    const AppendixScore& a = *report.appendix;
    const ScoreEstimate& e = a.estimate;
    text.appendix = uiFormat(language, "score.appendix",
                             {{"sheet", a.sheet},
                              {"range", a.range},
                              {"found", std::to_string(a.rowsFound)},
                              {"expected", std::to_string(a.rowsExpected)}});
    if (e.index)
    {
        std::string index = formatVn(roundTo(*e.index, 3), 3);
        const std::string& grade = language == Language::Vi ? e.grade : e.gradeEn;
        if (!grade.empty())
            index = uiFormat(language, "score.indexGrade", {{"index", index}, {"grade", grade}});
        text.estimate =
            uiFormat(language, "score.estimate",
                     {{"earned", pts(e.earned)}, {"known", pts(e.known)}, {"index", index}});
    }
    else
        text.estimate = uiText(language, "score.noIndex");
    text.open = uiFormat(language, "score.open",
                         {{"manual", std::to_string(e.count(CriterionStatus::Manual))},
                          {"manualPoints", pts(e.manual)},
                          {"pending", std::to_string(e.count(CriterionStatus::Pending))},
                          {"pendingPoints", pts(e.pending)}});
    for (const CriterionEstimate& c : e.criteria)
        if (c.status == CriterionStatus::Scored || c.status == CriterionStatus::NotApplicable)
            text.criteria.push_back(criterionLine(c, rules, language));
    return text;
}

} // namespace parcalc::sidebar
