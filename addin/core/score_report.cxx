// score_report: scoring a workbook, and the JSON / text / HTML writers.
#include "score_report.hxx"
#include "finding_json.hxx"
#include "html_escape.hxx"

#include "number_format.hxx"
#include "table_titles.hxx"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

namespace parcalc
{
namespace
{

// An appendix needs this many rule-set rows matched to be scored (a self-assessment
// sheet or a stray table is no appendix).
constexpr std::size_t kMinAppendixRows = 10;

bool isVi(ReportLanguage lang)
{
    return lang == ReportLanguage::Vietnamese;
}

const std::string& pick(const LocalText& t, ReportLanguage lang)
{
    return isVi(lang) ? t.vi : t.en;
}

std::string pts(double v)
{
    return formatVnShort(v, 3);
}

std::string minusPts(double v)
{
    return "\xE2\x88\x92" + pts(v);
}

std::string statusLabel(CriterionStatus s, ReportLanguage lang)
{
    const bool vi = isVi(lang);
    switch (s)
    {
    case CriterionStatus::Scored:
        return vi ? "đã tính" : "scored";
    case CriterionStatus::NotApplicable:
        return vi ? "không áp dụng" : "not applicable";
    case CriterionStatus::Manual:
        return vi ? "chấm tay" : "by hand";
    case CriterionStatus::Pending:
        break;
    }
    return vi ? "thiếu số liệu" : "missing data";
}

std::string fileStatusLabel(const ScoreFileReport& f, ReportLanguage lang)
{
    const bool vi = isVi(lang);
    switch (f.status)
    {
    case ScoreFileStatus::Ok:
        if (!f.appendix)
            return vi ? "CÁC TỔNG KHỚP" : "SUMS AGREE"; // a self-assessment sheet only
        return vi ? "ĐÃ CHẤM" : "SCORED";
    case ScoreFileStatus::Invalid:
        return vi ? "CÓ LỖI" : "INVALID";
    case ScoreFileStatus::NoTable:
        return vi ? "KHÔNG CÓ BẢNG" : "NO TABLE";
    case ScoreFileStatus::Unreadable:
        break;
    }
    return vi ? "KHÔNG ĐỌC ĐƯỢC" : "UNREADABLE";
}

std::string indexText(const ScoreEstimate& e, ReportLanguage lang)
{
    if (!e.index)
        return isVi(lang) ? "chưa có" : "none yet";
    std::string out = formatVn(roundTo(*e.index, 3), 3);
    const std::string& grade = isVi(lang) ? e.grade : e.gradeEn;
    if (!grade.empty())
        out += " → " + grade;
    return out;
}

std::string escape(std::string_view s)
{
    return htmlEscape(s);
}

std::optional<std::string> gradeOf(const ScoringRuleSet& rules, double index, ReportLanguage lang)
{
    const GradeScheme& scheme = isVi(lang) ? rules.gradesVi : rules.gradesEn;
    if (auto g = scheme.grade(index))
        return std::string(*g);
    return std::nullopt;
}

} // namespace

std::string_view scoreFileStatusName(ScoreFileStatus status)
{
    switch (status)
    {
    case ScoreFileStatus::Ok:
        return "ok";
    case ScoreFileStatus::Invalid:
        return "invalid";
    case ScoreFileStatus::NoTable:
        return "no-table";
    case ScoreFileStatus::Unreadable:
        break;
    }
    return "unreadable";
}

std::size_t ScoreReport::count(ScoreFileStatus status) const
{
    return std::size_t(std::count_if(files.begin(), files.end(),
                                     [&](const ScoreFileReport& f) { return f.status == status; }));
}

ScoreFileReport scoreWorkbook(std::string file, const std::vector<CellGrid>& sheets,
                              const ScoringRuleSet& rules, const ManualValues& manual)
{
    ScoreFileReport report;
    report.file = std::move(file);
    report.selfAssessment = checkSelfAssessmentWorkbook(sheets);

    std::optional<std::size_t> best;
    std::optional<AppendixData> bestData;
    for (std::size_t i = 0; i < sheets.size(); ++i)
    {
        AppendixData data = readAppendix(sheets[i], rules.ruleSet);
        if (data.table.found && data.match.rowsFound >= kMinAppendixRows &&
            (!bestData || data.match.rowsFound > bestData->match.rowsFound))
        {
            best = i;
            bestData = std::move(data);
        }
    }
    if (bestData)
    {
        AppendixScore a;
        a.sheet = sheets[*best].sheetName();
        a.range = bestData->table.range(sheets[*best]);
        a.unit = unitFromTitles(bestData->table.titles);
        a.period = periodFromTitles(bestData->table.titles);
        a.rowsFound = bestData->match.rowsFound;
        a.rowsExpected = rules.ruleSet.rows.size();
        a.estimate = estimateScore(*bestData, rules, manual);
        report.appendix = std::move(a);
    }
    if (!report.appendix && !report.selfAssessment)
    {
        report.status = ScoreFileStatus::NoTable;
        report.reason = "không tìm thấy biểu thống kê số liệu (STT / Chỉ tiêu thống kê / Số liệu) "
                        "hay bảng tự đánh giá (STT / Điểm tối đa / Điểm tự đánh giá)";
        report.reasonEn = "neither a statistics appendix (STT / Chỉ tiêu thống kê / Số liệu) nor "
                          "a self-assessment table (STT / Điểm tối đa / Điểm tự đánh giá) found";
        return report;
    }
    const bool errors =
        report.selfAssessment &&
        std::any_of(report.selfAssessment->findings.begin(), report.selfAssessment->findings.end(),
                    [](const Finding& f) { return f.severity == Severity::Error; });
    report.status = errors ? ScoreFileStatus::Invalid : ScoreFileStatus::Ok;
    return report;
}

ScoreFileReport unreadableScoreReport(std::string file, std::string reason, std::string reasonEn)
{
    ScoreFileReport report;
    report.file = std::move(file);
    report.status = ScoreFileStatus::Unreadable;
    report.reason = std::move(reason);
    report.reasonEn = std::move(reasonEn);
    return report;
}

// --- JSON -------------------------------------------------------------------------

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
    out["grade"] = e.grade;
    out["grade_en"] = e.gradeEn;
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
            inputs.push_back({{"id", in.id}, {"cell", in.cell}, {"value", in.shown}});
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
                   {"working", c.working.vi},
                   {"working_en", c.working.en},
                   {"why", c.why.vi},
                   {"why_en", c.why.en},
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
    doc["ruleset"] = {{"id", rules.ruleSet.id},
                      {"version", rules.ruleSet.version},
                      {"title", rules.ruleSet.title.vi},
                      {"title_en", rules.ruleSet.title.en},
                      {"note", rules.scoring.note.vi},
                      {"note_en", rules.scoring.note.en},
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
            file["appendix"] = {{"sheet", a.sheet},
                                {"range", a.range},
                                {"unit", a.unit},
                                {"period", a.period},
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
            OJson sa{{"sheet", s.sheet.sheet},      {"range", s.sheet.range},
                     {"rows", s.sheet.rows.size()}, {"score_sum", s.scoreSum},
                     {"max_sum", s.maxSum},         {"index", optionalNumber(s.index)}};
            std::optional<std::string> gradeVi, gradeEn;
            if (s.index)
            {
                gradeVi = gradeOf(rules, *s.index, ReportLanguage::Vietnamese);
                gradeEn = gradeOf(rules, *s.index, ReportLanguage::English);
            }
            sa["grade"] = gradeVi.value_or("");
            sa["grade_en"] = gradeEn.value_or("");
            sa["findings"] = std::move(findings);
            file["self_assessment"] = std::move(sa);
        }
        files.push_back(std::move(file));
    }
    doc["files"] = std::move(files);
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// --- Text -------------------------------------------------------------------------

namespace
{

void textEstimate(std::ostringstream& out, const AppendixScore& a, const ScoringRuleSet& rules,
                  ReportLanguage lang)
{
    const bool vi = isVi(lang);
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
        out << "\n  " << field.id << ". " << pick(field.label, lang) << ": " << pts(f.earned)
            << " / " << pts(f.known) << (vi ? " đã tính" : " scored") << " ("
            << (vi ? "tối đa " : "max ") << pts(f.max) << ")\n";
        std::string manual;
        for (; next < e.criteria.size(); ++next)
        {
            const CriterionEstimate& c = e.criteria[next];
            std::size_t top = c.node;
            while (tree.nodes[top].parent)
                top = *tree.nodes[top].parent;
            if (top != f.node)
                break;
            const ScoringNode& n = tree.nodes[c.node];
            if (c.status == CriterionStatus::Manual && c.needs.empty())
            {
                manual += (manual.empty() ? "" : ", ") + n.id + " (" + pts(n.max) + ")";
                continue;
            }
            out << "    " << n.id << " " << pick(n.label, lang) << "\n      ";
            if (c.counted)
                out << pts(c.points) << " / " << pts(c.max);
            else
                out << "— / " << pts(c.max);
            if (c.lost() > 1e-9)
                out << "  " << minusPts(c.lost());
            out << "  [" << statusLabel(c.status, lang) << "] ";
            const std::string& working = pick(c.working, lang);
            if (!working.empty() && c.status != CriterionStatus::Manual)
                out << working << "; ";
            out << pick(c.why, lang) << "\n";
        }
        if (!manual.empty())
            out << "    " << (vi ? "Chấm tay: " : "By hand: ") << manual << "\n";
    }
}

void textSelfAssessment(std::ostringstream& out, const SelfAssessmentCheck& s,
                        const ScoringRuleSet& rules, ReportLanguage lang)
{
    const bool vi = isVi(lang);
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

std::string scoreReportText(const ScoreReport& report, ReportLanguage lang)
{
    const bool vi = isVi(lang);
    const ScoringRuleSet& rules = *report.rules;
    std::ostringstream out;
    out << (vi ? "Bộ quy tắc: " : "Rule set: ") << rules.ruleSet.id << " " << rules.ruleSet.version
        << " — " << pick(rules.ruleSet.title, lang) << "\n";
    if (!pick(rules.scoring.note, lang).empty())
        out << pick(rules.scoring.note, lang) << "\n";
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

// --- HTML -------------------------------------------------------------------------

namespace
{

// Statuses, numbers and field rows, after kReportBaseStyle.
const char* kStyle = R"(td.num{text-align:right;white-space:nowrap}
.ok{color:#1a7f37}.unreadable,.no-table{color:#8a6d00}
tr.field td{background:#f6f6f6;font-weight:bold}.lost{color:#c62828}
p.note{color:#8a6d00}
)";

void htmlEstimate(std::ostringstream& out, const AppendixScore& a, const ScoringRuleSet& rules,
                  ReportLanguage lang)
{
    const bool vi = isVi(lang);
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
            << escape(pick(field.label, lang)) << "</td><td class=\"num\">" << pts(f.earned)
            << "</td><td class=\"num\">" << pts(f.max) << "</td><td></td><td colspan=\"3\">"
            << (vi ? "đã tính " : "scored ") << pts(f.known) << "; "
            << (vi ? "chấm tay " : "by hand ") << pts(f.manual) << "; "
            << (vi ? "thiếu số liệu " : "missing ") << pts(f.pending) << "</td></tr>\n";
        for (; next < e.criteria.size(); ++next)
        {
            const CriterionEstimate& c = e.criteria[next];
            std::size_t top = c.node;
            while (tree.nodes[top].parent)
                top = *tree.nodes[top].parent;
            if (top != f.node)
                break;
            const ScoringNode& n = tree.nodes[c.node];
            out << "<tr><td>" << escape(n.id) << "</td><td>" << escape(pick(n.label, lang))
                << "</td><td class=\"num\">" << (c.counted ? pts(c.points) : "—")
                << "</td><td class=\"num\">" << pts(c.max) << "</td><td class=\"num lost\">"
                << (c.lost() > 1e-9 ? minusPts(c.lost()) : "") << "</td><td>"
                << escape(statusLabel(c.status, lang)) << "</td><td>"
                << escape(pick(c.working, lang)) << "</td><td>" << escape(pick(c.why, lang))
                << "</td></tr>\n";
        }
    }
    out << "</table>\n";
}

void htmlSelfAssessment(std::ostringstream& out, const SelfAssessmentCheck& s,
                        const ScoringRuleSet& rules, ReportLanguage lang)
{
    const bool vi = isVi(lang);
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

std::string scoreReportHtml(const ScoreReport& report, ReportLanguage lang)
{
    const bool vi = isVi(lang);
    const ScoringRuleSet& rules = *report.rules;
    std::ostringstream out;
    const char* title = vi ? "Điểm chỉ số CCHC ước tính" : "Estimated PAR index score";
    out << htmlPageStart(vi, title, title, kStyle) << "<p>" << (vi ? "Bộ quy tắc: " : "Rule set: ")
        << escape(rules.ruleSet.id) << " " << escape(rules.ruleSet.version) << " — "
        << escape(pick(rules.ruleSet.title, lang)) << "</p>\n";
    if (!pick(rules.scoring.note, lang).empty())
        out << "<p class=\"note\">" << escape(pick(rules.scoring.note, lang)) << "</p>\n";
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
