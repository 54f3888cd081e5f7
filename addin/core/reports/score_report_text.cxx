// score_report_text: the text form of a `parcalc score` report.
#include "core/reports/score_report.hxx"

#include "core/reports/internal/score_words.hxx"
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
    const bool vi = lang == Language::Vi;
    const ScoreEstimate& e = a.estimate;
    const ScoringRules& tree = rules.scoring;
    out << "  " << (vi ? "Phụ lục: " : "Appendix: ") << a.sheet << "!" << a.range << " ("
        << a.rowsFound << "/" << a.rowsExpected << (vi ? " dòng)" : " rows)");
    if (!a.unit.empty())
        out << " | " << a.unit;
    if (!a.period.empty())
        out << " | " << a.period;
    out << "\n  "
        << (vi ? "Điểm ước tính trên phần phụ lục quyết định được: "
               : "Estimated score over what the appendix decides: ")
        << pts(e.earned) << " / " << pts(e.known) << (vi ? " điểm → chỉ số " : " points → index ")
        << indexText(e, lang) << "\n";
    out << "  " << (vi ? "Chưa tính: chấm tay " : "Not scored: by hand ") << pts(e.manual)
        << (vi ? " điểm (" : " points (") << e.count(CriterionStatus::Manual)
        << (vi ? " tiêu chí), thiếu số liệu " : " criteria), missing data ") << pts(e.pending)
        << (vi ? " điểm (" : " points (") << e.count(CriterionStatus::Pending)
        << (vi ? " tiêu chí); không áp dụng (loại khỏi tối đa) "
               : " criteria); not applicable (left out) ")
        << pts(e.excluded) << (vi ? " điểm; tổng tối đa " : " points; set maximum ")
        << pts(e.totalMax) << "\n";
    if (e.lowest && e.highest)
        out << "  "
            << (vi ? "Chỉ số nếu phần chưa tính được 0 điểm: " : "Index if the rest scores 0: ")
            << formatVn(roundTo(*e.lowest, 3), 3)
            << (vi ? "; nếu đạt tối đa: " : "; if it scores full points: ")
            << formatVn(roundTo(*e.highest, 3), 3) << "\n";

    std::size_t next = 0;
    for (const FieldEstimate& f : e.fields)
    {
        const ScoringNode& field = tree.nodes[f.node];
        out << "\n  " << field.id << ". " << field.label.in(lang) << ": " << pts(f.earned)
            << " / " << pts(f.known) << (vi ? " đã tính" : " scored") << " ("
            << (vi ? "tối đa " : "max ") << pts(f.max) << ")\n";
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
            out << "    " << (vi ? "Chấm tay: " : "By hand: ") << manual << "\n";
    }
}

void textSelfAssessment(std::ostringstream& out, const SelfAssessmentCheck& s,
                        const ScoringRuleSet& rules, Language lang)
{
    const bool vi = lang == Language::Vi;
    out << "  " << (vi ? "Bảng tự đánh giá: " : "Self-assessment: ") << s.sheet.sheet << "!"
        << s.sheet.range << " (" << s.sheet.rows.size() << (vi ? " dòng)" : " rows)") << "\n";
    if (s.index)
    {
        out << "  " << (vi ? "Cộng các lĩnh vực: " : "Fields add up to: ") << pts(s.scoreSum)
            << " / " << pts(s.maxSum) << (vi ? " → chỉ số " : " → index ")
            << formatVn(roundTo(*s.index, 3), 3);
        if (auto g = gradeOf(rules, *s.index, lang))
            out << " → " << *g;
        out << "\n";
    }
    if (s.findings.empty())
        out << "  " << (vi ? "Các tổng cộng khớp nhau." : "All sums agree.") << "\n";
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
    out << (vi ? "Bộ quy tắc: " : "Rule set: ") << rules.ruleSet.id << " " << rules.ruleSet.version
        << " — " << rules.ruleSet.title.in(lang) << "\n";
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
