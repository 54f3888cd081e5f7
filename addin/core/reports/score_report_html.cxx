// score_report_html: the HTML form of a `parcalc score` report.
#include "core/reports/score_report.hxx"

#include "core/reports/html_escape.hxx"
#include "core/reports/internal/score_words.hxx"
#include "core/reports/report_texts.hxx"
#include "core/text/number_format.hxx"

#include <sstream>

namespace parcalc
{
using namespace score_words;

namespace
{

std::string escape(std::string_view s)
{
    return htmlEscape(s);
}

// Statuses, numbers and field rows, after kReportBaseStyle.
const char* kStyle = R"(td.num{text-align:right;white-space:nowrap}
.ok{color:#1a7f37}.unreadable,.no-table{color:#8a6d00}
tr.field td{background:#f6f6f6;font-weight:bold}.lost{color:#c62828}
p.note{color:#8a6d00}
)";

void htmlEstimate(std::ostringstream& out, const AppendixScore& a, const ScoringRuleSet& rules,
                  Language lang)
{
    const ScoreEstimate& e = a.estimate;
    const ScoringRules& tree = rules.scoring;
    out << "<h3>" << reportWord(lang, "score.html.estimateTitle") << "</h3>\n<p>"
        << escape(a.sheet + "!" + a.range) << " — " << escape(a.unit) << " " << escape(a.period)
        << "</p>\n<p>"
        << reportWord(lang, "score.html.estimate",
                      {{"earned", pts(e.earned)},
                       {"known", pts(e.known)},
                       {"index", escape(indexText(e, lang))},
                       {"manual", pts(e.manual)},
                       {"pending", pts(e.pending)},
                       {"excluded", pts(e.excluded)}})
        << "</p>\n";
    out << "<table>\n" << htmlHeaderRow(reportColumns(lang, "score.html.criterionColumns"));
    std::size_t next = 0;
    for (const FieldEstimate& f : e.fields)
    {
        const ScoringNode& field = tree.nodes[f.node];
        out << "<tr class=\"field\"><td>" << escape(field.id) << "</td><td>"
            << escape(field.label.in(lang)) << "</td><td class=\"num\">" << pts(f.earned)
            << "</td><td class=\"num\">" << pts(f.max) << "</td><td></td><td colspan=\"3\">"
            << reportWord(lang, "score.html.field",
                          {{"known", pts(f.known)},
                           {"manual", pts(f.manual)},
                           {"pending", pts(f.pending)}})
            << "</td></tr>\n";
        for (; next < e.criteria.size(); ++next)
        {
            const CriterionEstimate& c = e.criteria[next];
            if (fieldOf(tree, c.node) != f.node)
                break;
            const ScoringNode& n = tree.nodes[c.node];
            out << "<tr><td>" << escape(n.id) << "</td><td>" << escape(n.label.in(lang))
                << "</td><td class=\"num\">" << (c.counted ? pts(c.points) : "—")
                << "</td><td class=\"num\">" << pts(c.max) << "</td><td class=\"num lost\">"
                << (c.lost() > 1e-9 ? minusPts(c.lost()) : "") << "</td><td>"
                << escape(statusLabel(c.status, lang)) << "</td><td>" << escape(c.working.in(lang))
                << "</td><td>" << escape(c.why.in(lang)) << "</td></tr>\n";
        }
    }
    out << "</table>\n";
}

void htmlSelfAssessment(std::ostringstream& out, const SelfAssessmentCheck& s,
                        const ScoringRuleSet& rules, Language lang)
{
    const bool vi = lang == Language::Vi;
    out << "<h3>" << reportWord(lang, "score.html.selfAssessmentTitle") << "</h3>\n<p>"
        << escape(s.sheet.sheet + "!" + s.sheet.range);
    if (s.index)
    {
        out << " — "
            << reportWord(lang, "score.html.fieldsSum",
                          {{"score", pts(s.scoreSum)},
                           {"max", pts(s.maxSum)},
                           {"index", formatVn(roundTo(*s.index, 3), 3)}});
        if (auto g = gradeOf(rules, *s.index, lang))
            out << " → " << escape(*g);
    }
    out << "</p>\n";
    if (s.findings.empty())
    {
        out << "<p class=\"ok\">" << reportWord(lang, "score.sumsAgree") << "</p>\n";
        return;
    }
    out << "<table>\n" << htmlHeaderRow(reportColumns(lang, "score.html.findingColumns"));
    for (const Finding& x : s.findings)
        out << "<tr class=\"" << severityName(x.severity) << "\"><td>" << escape(x.row)
            << "</td><td>" << escape(x.sheet + "!" + x.cell) << "</td><td>"
            << findingCodeName(x.code) << "</td><td>" << escape(x.expected) << "</td><td>"
            << escape(x.actual) << "</td><td>" << escape(vi ? x.message : x.messageEn)
            << "</td></tr>\n";
    out << "</table>\n";
}

} // namespace

std::string scoreReportHtml(const ScoreReport& report, Language lang)
{
    const bool vi = lang == Language::Vi;
    const ScoringRuleSet& rules = *report.rules;
    std::ostringstream out;
    const std::string title = reportWord(lang, "score.html.title");
    out << htmlPageStart(vi, title, title, kStyle) << "<p>"
        << reportWord(lang, "ruleSetTitled",
                      {{"id", escape(rules.ruleSet.id)},
                       {"version", escape(rules.ruleSet.version)},
                       {"title", escape(rules.ruleSet.title.in(lang))}})
        << "</p>\n";
    if (!rules.scoring.note.in(lang).empty())
        out << "<p class=\"note\">" << escape(rules.scoring.note.in(lang)) << "</p>\n";
    for (const ScoreFileReport& f : report.files)
    {
        out << "<h2>" << escape(f.file) << " — <span class=\"" << scoreFileStatusName(f.status)
            << "\">" << escape(fileStatusLabel(f, lang)) << "</span></h2>\n";
        if (f.status == ScoreFileStatus::Unreadable || f.status == ScoreFileStatus::NoTable)
        {
            out << "<p class=\"" << scoreFileStatusName(f.status) << "\">"
                << escape(vi ? f.reason : f.reasonEn) << "</p>\n";
            continue;
        }
        if (f.selfAssessment)
            htmlSelfAssessment(out, *f.selfAssessment, rules, lang);
        if (f.appendix)
            htmlEstimate(out, *f.appendix, rules, lang);
    }
    out << "</body>\n</html>\n";
    return out.str();
}

} // namespace parcalc
