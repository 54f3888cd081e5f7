// score_report_text: the text form of a `parcalc score` report.
#include "core/reports/score_report.hxx"

#include "core/reports/internal/score_words.hxx"
#include "core/reports/report_texts.hxx"
#include "core/text/number_format.hxx"

#include <sstream>

namespace parcalc
{
using namespace score_words;

namespace
{

void textEstimate(std::ostringstream& out, const AppendixScore& a, const ScoringRuleSet& rules,
                  Language lang)
{
    const ScoreEstimate& e = a.estimate;
    const ScoringRules& tree = rules.scoring;
    out << "  "
        << reportWord(lang, "score.text.appendix",
                      {{"sheet", a.sheet},
                       {"range", a.range},
                       {"found", std::to_string(a.rowsFound)},
                       {"expected", std::to_string(a.rowsExpected)}});
    if (!a.unit.empty())
        out << " | " << a.unit;
    if (!a.period.empty())
        out << " | " << a.period;
    out << "\n  "
        << reportWord(
               lang, "score.text.estimate",
               {{"earned", pts(e.earned)}, {"known", pts(e.known)}, {"index", indexText(e, lang)}})
        << "\n  "
        << reportWord(lang, "score.text.open",
                      {{"manual", pts(e.manual)},
                       {"manualCount", std::to_string(e.count(CriterionStatus::Manual))},
                       {"pending", pts(e.pending)},
                       {"pendingCount", std::to_string(e.count(CriterionStatus::Pending))},
                       {"excluded", pts(e.excluded)},
                       {"total", pts(e.totalMax)}})
        << "\n";
    if (e.lowest && e.highest)
        out << "  "
            << reportWord(lang, "score.text.range",
                          {{"lowest", formatVn(roundTo(*e.lowest, 3), 3)},
                           {"highest", formatVn(roundTo(*e.highest, 3), 3)}})
            << "\n";

    std::size_t next = 0;
    for (const FieldEstimate& f : e.fields)
    {
        const ScoringNode& field = tree.nodes[f.node];
        out << "\n  "
            << reportWord(lang, "score.text.field",
                          {{"id", field.id},
                           {"label", field.label.in(lang)},
                           {"earned", pts(f.earned)},
                           {"known", pts(f.known)},
                           {"max", pts(f.max)}})
            << "\n";
        std::string manual;
        for (; next < e.criteria.size(); ++next)
        {
            const CriterionEstimate& c = e.criteria[next];
            if (fieldOf(tree, c.node) != f.node)
                break;
            const ScoringNode& n = tree.nodes[c.node];
            if (c.status == CriterionStatus::Manual && c.needs.empty())
            {
                manual += (manual.empty() ? "" : ", ") + n.id + " (" + pts(n.max) + ")";
                continue;
            }
            out << "    " << n.id << " " << n.label.in(lang) << "\n      ";
            if (c.counted)
                out << pts(c.points) << " / " << pts(c.max);
            else
                out << "— / " << pts(c.max);
            if (c.lost() > 1e-9)
                out << "  " << minusPts(c.lost());
            out << "  [" << statusLabel(c.status, lang) << "] ";
            const std::string& working = c.working.in(lang);
            if (!working.empty() && c.status != CriterionStatus::Manual)
                out << working << "; ";
            out << c.why.in(lang) << "\n";
        }
        if (!manual.empty())
            out << "    " << reportWord(lang, "score.text.byHand", {{"list", manual}}) << "\n";
    }
}

void textSelfAssessment(std::ostringstream& out, const SelfAssessmentCheck& s,
                        const ScoringRuleSet& rules, Language lang)
{
    const bool vi = lang == Language::Vi;
    out << "  "
        << reportWord(lang, "score.text.selfAssessment",
                      {{"sheet", s.sheet.sheet},
                       {"range", s.sheet.range},
                       {"rows", std::to_string(s.sheet.rows.size())}})
        << "\n";
    if (s.index)
    {
        out << "  "
            << reportWord(lang, "score.text.fieldsSum",
                          {{"score", pts(s.scoreSum)},
                           {"max", pts(s.maxSum)},
                           {"index", formatVn(roundTo(*s.index, 3), 3)}});
        if (auto g = gradeOf(rules, *s.index, lang))
            out << " → " << *g;
        out << "\n";
    }
    if (s.findings.empty())
        out << "  " << reportWord(lang, "score.sumsAgree") << "\n";
    for (const Finding& x : s.findings)
        out << "  [" << severityLabel(x.severity, lang) << "] " << x.row
            << (x.cell.empty() ? "" : " " + x.cell) << " " << findingCodeName(x.code) << ": "
            << (vi ? x.message : x.messageEn) << "\n";
}

} // namespace

std::string scoreReportText(const ScoreReport& report, Language lang)
{
    const bool vi = lang == Language::Vi;
    const ScoringRuleSet& rules = *report.rules;
    std::ostringstream out;
    out << reportWord(lang, "ruleSetTitled",
                      {{"id", rules.ruleSet.id},
                       {"version", rules.ruleSet.version},
                       {"title", rules.ruleSet.title.in(lang)}})
        << "\n";
    if (!rules.scoring.note.in(lang).empty())
        out << rules.scoring.note.in(lang) << "\n";
    for (const ScoreFileReport& f : report.files)
    {
        out << "\n" << f.file << ": " << fileStatusLabel(f, lang);
        if (f.status == ScoreFileStatus::Unreadable || f.status == ScoreFileStatus::NoTable)
        {
            out << " — " << (vi ? f.reason : f.reasonEn) << "\n";
            continue;
        }
        out << "\n";
        if (f.selfAssessment)
            textSelfAssessment(out, *f.selfAssessment, rules, lang);
        if (f.appendix)
            textEstimate(out, *f.appendix, rules, lang);
    }
    return out.str();
}

} // namespace parcalc
