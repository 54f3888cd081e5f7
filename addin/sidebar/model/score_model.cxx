// The texts of the estimated-score panel.
#include "sidebar/model/score_model.hxx"

#include "core/ruleset/scoring_catalog.hxx"
#include "core/text/number_format.hxx"

#include <string_view>

namespace parcalc::sidebar
{
namespace
{

bool isVi(UiLanguage language)
{
    return language == UiLanguage::Vietnamese;
}

const std::string& pick(const LocalText& t, UiLanguage language)
{
    return isVi(language) ? t.vi : t.en;
}

// Points as the CLI's reports write them: "0,046", "15,296", "22".
std::string pts(double v)
{
    return formatVnShort(v, 3);
}

void describeRuleSet(ScorePanelText& text, const ScoringRuleSet& rules, UiLanguage language)
{
    text.ruleSet =
        uiFormat(language, "score.ruleSet",
                 {rules.ruleSet.id, rules.ruleSet.version, pick(rules.ruleSet.title, language)});
    // The bundled set says itself that it is an example; the panel says so in its own words.
    text.note = rules.ruleSet.id == kDefaultScoringRuleSetId ? uiText(language, "score.example")
                                                             : pick(rules.scoring.note, language);
}

std::string criterionLine(const CriterionEstimate& c, const ScoringRuleSet& rules,
                          UiLanguage language)
{
    const ScoringNode& n = rules.scoring.nodes[c.node];
    const std::string& label = pick(n.label, language);
    const std::string points = c.counted ? pts(c.points) : uiText(language, "finding.noCell");
    if (c.status == CriterionStatus::NotApplicable)
        return uiFormat(language, "score.criterionNotApplicable",
                        {n.id, label, points, pts(c.max), pick(c.why, language)});
    if (c.lost() > 1e-9)
        return uiFormat(language, "score.criterionLost",
                        {n.id, label, points, pts(c.max), pts(c.lost()), pick(c.why, language)});
    return uiFormat(language, "score.criterion", {n.id, label, points, pts(c.max)});
}

} // namespace

ScorePanelText scorePanelNoDocument(const ScoringRuleSet& rules, UiLanguage language)
{
    ScorePanelText text;
    describeRuleSet(text, rules, language);
    text.appendix = uiText(language, "score.noDocument");
    return text;
}

ScorePanelText scorePanelRuleSetError(const std::string& error, UiLanguage language)
{
    ScorePanelText text;
    text.ruleSet = uiFormat(language, "score.ruleSetError", {error});
    return text;
}

ScorePanelText scorePanelText(const ScoreFileReport& report, const ScoringRuleSet& rules,
                              UiLanguage language)
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
    text.appendix =
        uiFormat(language, "score.appendix",
                 {a.sheet, a.range, std::to_string(a.rowsFound), std::to_string(a.rowsExpected)});
    if (e.index)
    {
        std::string index = formatVn(roundTo(*e.index, 3), 3);
        const std::string& grade = isVi(language) ? e.grade : e.gradeEn;
        if (!grade.empty())
            index = uiFormat(language, "score.indexGrade", {index, grade});
        text.estimate = uiFormat(language, "score.estimate", {pts(e.earned), pts(e.known), index});
    }
    else
        text.estimate = uiText(language, "score.noIndex");
    text.open = uiFormat(language, "score.open",
                         {std::to_string(e.count(CriterionStatus::Manual)), pts(e.manual),
                          std::to_string(e.count(CriterionStatus::Pending)), pts(e.pending)});
    for (const CriterionEstimate& c : e.criteria)
        if (c.status == CriterionStatus::Scored || c.status == CriterionStatus::NotApplicable)
            text.criteria.push_back(criterionLine(c, rules, language));
    return text;
}

} // namespace parcalc::sidebar
