// score_report_json: the JSON form of a `parcalc score` report.
#include "core/reports/score_report.hxx"

#include "core/findings/finding_json.hxx"
#include "core/reports/internal/score_words.hxx"
#include "core/scoring_kinds/scoring_kinds.hxx"

#include <nlohmann/json.hpp>

namespace parcalc
{
using namespace score_words;

namespace
{

using OJson = nlohmann::ordered_json;

OJson optionalNumber(const std::optional<double>& v)
{
    return v ? OJson(*v) : OJson(nullptr);
}

OJson estimateJson(const ScoreEstimate& e, const ScoringRuleSet& rules)
{
    const ScoringRules& tree = rules.scoring;
    OJson out;
    out["total_max"] = e.totalMax;
    out["earned"] = e.earned;
    out["known_max"] = e.known;
    out["manual_max"] = e.manual;
    out["pending_max"] = e.pending;
    out["excluded_max"] = e.excluded;
    out["index"] = e.index ? OJson(*e.index) : OJson(nullptr);
    out["grade"] = textOrNull(e.grade);
    out["grade_en"] = textOrNull(e.gradeEn);
    out["index_if_open_zero"] = optionalNumber(e.lowest);
    out["index_if_open_full"] = optionalNumber(e.highest);
    OJson fields = OJson::array();
    for (const FieldEstimate& f : e.fields)
    {
        const ScoringNode& n = tree.nodes[f.node];
        fields.push_back({{"id", n.id},
                          {"label", n.label.vi},
                          {"label_en", n.label.en},
                          {"max", f.max},
                          {"earned", f.earned},
                          {"known_max", f.known},
                          {"manual_max", f.manual},
                          {"pending_max", f.pending},
                          {"excluded_max", f.excluded}});
    }
    out["fields"] = std::move(fields);
    OJson criteria = OJson::array();
    for (const CriterionEstimate& c : e.criteria)
    {
        const ScoringNode& n = tree.nodes[c.node];
        std::size_t field = c.node;
        while (tree.nodes[field].parent)
            field = *tree.nodes[field].parent;
        OJson inputs = OJson::array();
        for (const InputUsed& in : c.inputs)
            inputs.push_back(
                {{"id", in.id}, {"cell", textOrNull(in.cell)}, {"value", textOrNull(in.shown.vi)}});
        const LocalText rule = ruleSummary(rules, n);
        OJson item{{"id", n.id},
                   {"field", tree.nodes[field].id},
                   {"label", n.label.vi},
                   {"label_en", n.label.en},
                   {"rule", scoringRuleKindName(n.rule.kind)},
                   {"rule_text", rule.vi},
                   {"rule_text_en", rule.en},
                   {"status", criterionStatusName(c.status)},
                   {"max", c.max},
                   {"points", c.status == CriterionStatus::Scored || c.counted ? OJson(c.points)
                                                                               : OJson(nullptr)},
                   {"lost", c.lost()},
                   {"counted", c.counted},
                   {"inputs", std::move(inputs)},
                   {"working", textOrNull(c.working.vi)},
                   {"working_en", textOrNull(c.working.en)},
                   {"why", textOrNull(c.why.vi)},
                   {"why_en", textOrNull(c.why.en)},
                   {"needs", c.needs}};
        criteria.push_back(std::move(item));
    }
    out["criteria"] = std::move(criteria);
    return out;
}

} // namespace

std::string scoreReportJson(const ScoreReport& report)
{
    OJson doc;
    const ScoringRuleSet& rules = *report.rules;
    doc["schema_version"] = kReportSchemaVersion;
    doc["ruleset"] = {{"id", rules.ruleSet.id},
                      {"version", rules.ruleSet.version},
                      {"title", rules.ruleSet.title.vi},
                      {"title_en", rules.ruleSet.title.en},
                      {"note", textOrNull(rules.scoring.note.vi)},
                      {"note_en", textOrNull(rules.scoring.note.en)},
                      {"total_max", rules.scoring.totalMax}};
    OJson files = OJson::array();
    for (const ScoreFileReport& f : report.files)
    {
        OJson file;
        file["file"] = f.file;
        file["status"] = scoreFileStatusName(f.status);
        if (!f.reason.empty())
        {
            file["reason"] = f.reason;
            file["reason_en"] = f.reasonEn;
        }
        if (f.appendix)
        {
            const AppendixScore& a = *f.appendix;
            file["appendix"] = {{"sheet", textOrNull(a.sheet)},
                                {"range", textOrNull(a.range)},
                                {"unit", textOrNull(a.unit)},
                                {"period", textOrNull(a.period)},
                                {"rows_found", a.rowsFound},
                                {"rows_expected", a.rowsExpected},
                                {"estimate", estimateJson(a.estimate, rules)}};
        }
        if (f.selfAssessment)
        {
            const SelfAssessmentCheck& s = *f.selfAssessment;
            OJson findings = OJson::array();
            for (const Finding& x : s.findings)
                findings.push_back(findingJson(x));
            OJson sa{{"sheet", textOrNull(s.sheet.sheet)},
                     {"range", textOrNull(s.sheet.range)},
                     {"rows", s.sheet.rows.size()},
                     {"score_sum", s.scoreSum},
                     {"max_sum", s.maxSum},
                     {"index", optionalNumber(s.index)}};
            std::optional<std::string> gradeVi, gradeEn;
            if (s.index)
            {
                gradeVi = gradeOf(rules, *s.index, Language::Vi);
                gradeEn = gradeOf(rules, *s.index, Language::En);
            }
            sa["grade"] = gradeVi ? OJson(*gradeVi) : OJson(nullptr);
            sa["grade_en"] = gradeEn ? OJson(*gradeEn) : OJson(nullptr);
            sa["findings"] = std::move(findings);
            file["self_assessment"] = std::move(sa);
        }
        files.push_back(std::move(file));
    }
    doc["files"] = std::move(files);
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace parcalc
