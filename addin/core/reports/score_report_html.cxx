// score_report_html: the HTML form of a `parcalc score` report.
#include "core/reports/score_report.hxx"

#include "core/reports/html_escape.hxx"
#include "core/reports/internal/score_words.hxx"
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
    const bool vi = lang == Language::Vi;
    const ScoreEstimate& e = a.estimate;
    const ScoringRules& tree = rules.scoring;
    out << "<h3>" << (vi ? "Điểm ước tính từ phụ lục" : "Estimated score from the appendix")
        << "</h3>\n<p>" << escape(a.sheet + "!" + a.range) << " — " << escape(a.unit) << " "
        << escape(a.period) << "</p>\n<p><b>" << pts(e.earned) << " / " << pts(e.known) << "</b> "
        << (vi ? "điểm đã tính → chỉ số " : "points scored → index ") << "<b>"
        << escape(indexText(e, lang)) << "</b>. " << (vi ? "Chấm tay: " : "By hand: ")
        << pts(e.manual) << "; " << (vi ? "thiếu số liệu: " : "missing data: ") << pts(e.pending)
        << "; " << (vi ? "không áp dụng: " : "not applicable: ") << pts(e.excluded) << ".</p>\n";
    out << "<table>\n<tr><th>"
        << (vi ? "Tiêu chí</th><th>Nội dung</th><th>Điểm</th><th>Tối đa</th><th>Mất</th><th>"
                 "Trạng thái</th><th>Số liệu</th><th>Cách chấm"
               : "Criterion</th><th>Label</th><th>Points</th><th>Max</th><th>Lost</th><th>"
                 "Status</th><th>Data</th><th>Scoring")
        << "</th></tr>\n";
    std::size_t next = 0;
    for (const FieldEstimate& f : e.fields)
    {
        const ScoringNode& field = tree.nodes[f.node];
        out << "<tr class=\"field\"><td>" << escape(field.id) << "</td><td>"
            << escape(field.label.in(lang)) << "</td><td class=\"num\">" << pts(f.earned)
            << "</td><td class=\"num\">" << pts(f.max) << "</td><td></td><td colspan=\"3\">"
            << (vi ? "đã tính " : "scored ") << pts(f.known) << "; "
            << (vi ? "chấm tay " : "by hand ") << pts(f.manual) << "; "
            << (vi ? "thiếu số liệu " : "missing ") << pts(f.pending) << "</td></tr>\n";
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
                << escape(statusLabel(c.status, lang)) << "</td><td>"
                << escape(c.working.in(lang)) << "</td><td>" << escape(c.why.in(lang))
                << "</td></tr>\n";
        }
    }
    out << "</table>\n";
}

void htmlSelfAssessment(std::ostringstream& out, const SelfAssessmentCheck& s,
                        const ScoringRuleSet& rules, Language lang)
{
    const bool vi = lang == Language::Vi;
    out << "<h3>" << (vi ? "Bảng tự đánh giá" : "Self-assessment sheet") << "</h3>\n<p>"
        << escape(s.sheet.sheet + "!" + s.sheet.range);
    if (s.index)
    {
        out << " — " << (vi ? "cộng các lĩnh vực " : "fields add up to ") << pts(s.scoreSum)
            << " / " << pts(s.maxSum) << " → " << formatVn(roundTo(*s.index, 3), 3);
        if (auto g = gradeOf(rules, *s.index, lang))
            out << " → " << escape(*g);
    }
    out << "</p>\n";
    if (s.findings.empty())
    {
        out << "<p class=\"ok\">" << (vi ? "Các tổng cộng khớp nhau." : "All sums agree.")
            << "</p>\n";
        return;
    }
    out << "<table>\n<tr><th>"
        << (vi ? "Dòng</th><th>Ô</th><th>Mã</th><th>Kỳ vọng</th><th>Thực tế</th><th>Nội dung"
               : "Row</th><th>Cell</th><th>Code</th><th>Expected</th><th>Actual</th><th>Message")
        << "</th></tr>\n";
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
    const char* title = vi ? "Điểm chỉ số CCHC ước tính" : "Estimated PAR index score";
    out << htmlPageStart(vi, title, title, kStyle) << "<p>" << (vi ? "Bộ quy tắc: " : "Rule set: ")
        << escape(rules.ruleSet.id) << " " << escape(rules.ruleSet.version) << " — "
        << escape(rules.ruleSet.title.in(lang)) << "</p>\n";
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
