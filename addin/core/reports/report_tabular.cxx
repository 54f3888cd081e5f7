// Text and table-shaped (CSV, ODS) reports: one line per file, findings under it.
#include "core/reports/batch_report.hxx"

#include <sstream>

namespace parcalc
{
namespace
{

bool vi(Language lang)
{
    return lang == Language::Vi;
}

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

std::string_view severityLabel(Severity s, Language lang)
{
    switch (s)
    {
    case Severity::Error:
        return vi(lang) ? "lỗi" : "error";
    case Severity::Warning:
        return vi(lang) ? "cảnh báo" : "warning";
    case Severity::Info:
        break;
    }
    return vi(lang) ? "thông tin" : "info";
}

std::string_view statusLabel(FileStatus s, Language lang)
{
    switch (s)
    {
    case FileStatus::Valid:
        return vi(lang) ? "ĐẠT" : "VALID";
    case FileStatus::Invalid:
        return vi(lang) ? "CÓ LỖI" : "INVALID";
    case FileStatus::Unreadable:
        break;
    }
    return vi(lang) ? "KHÔNG ĐỌC ĐƯỢC" : "UNREADABLE";
}

std::string reportText(const BatchReport& report, Language lang)
{
    std::ostringstream out;
    out << (vi(lang) ? "Bộ quy tắc: " : "Rule set: ") << report.rulesetId << " "
        << report.rulesetVersion << "\n";
    for (const FileReport& f : report.files)
    {
        out << "\n" << f.file << ": " << statusLabel(f.status, lang);
        if (f.status == FileStatus::Unreadable)
        {
            out << " — " << (vi(lang) ? f.reason : f.reasonEn) << "\n";
            continue;
        }
        const ValidationResult& r = f.result;
        if (!r.unit.empty())
            out << " | " << r.unit;
        if (!r.period.empty())
            out << " | " << r.period;
        out << " | " << r.count(Severity::Error) << (vi(lang) ? " lỗi, " : " errors, ")
            << r.count(Severity::Warning) << (vi(lang) ? " cảnh báo" : " warnings");
        if (r.tableFound)
            out << " | " << r.sheet << "!" << r.range << " (" << r.rowsFound << "/"
                << r.rowsExpected << (vi(lang) ? " dòng)" : " rows)");
        out << "\n";
        for (const Finding& x : r.findings)
        {
            out << "  [" << severityLabel(x.severity, lang) << "]"
                << (x.row.empty() ? "" : " " + x.row) << (x.cell.empty() ? "" : " " + x.cell) << " "
                << findingCodeName(x.code) << ": " << (vi(lang) ? x.message : x.messageEn) << "\n";
        }
    }
    out << "\n"
        << report.files.size() << (vi(lang) ? " tệp: " : " files: ")
        << report.count(FileStatus::Valid) << (vi(lang) ? " đạt, " : " valid, ")
        << report.count(FileStatus::Invalid) << (vi(lang) ? " có lỗi, " : " invalid, ")
        << report.count(FileStatus::Unreadable)
        << (vi(lang) ? " không đọc được\n" : " unreadable\n");
    return out.str();
}

std::vector<std::vector<std::string>> reportRows(const BatchReport& report, Language lang)
{
    std::vector<std::vector<std::string>> rows;
    if (vi(lang))
        rows.push_back({"Tệp", "Trạng thái", "Đơn vị", "Kỳ báo cáo", "Số lỗi", "Số cảnh báo", "Mã",
                        "Mức độ", "Dòng", "Trang tính", "Ô", "Kỳ vọng", "Thực tế", "Nội dung"});
    else
        rows.push_back({"File", "Status", "Unit", "Period", "Errors", "Warnings", "Code",
                        "Severity", "Row", "Sheet", "Cell", "Expected", "Actual", "Message"});
    for (const FileReport& f : report.files)
    {
        const ValidationResult& r = f.result;
        const bool readable = f.status != FileStatus::Unreadable;
        rows.push_back({f.file, std::string(statusLabel(f.status, lang)), r.unit, r.period,
                        readable ? std::to_string(r.count(Severity::Error)) : "",
                        readable ? std::to_string(r.count(Severity::Warning)) : "", "", "", "", "",
                        "", "", "", readable ? "" : (vi(lang) ? f.reason : f.reasonEn)});
        for (const Finding& x : r.findings)
            rows.push_back({f.file, "", "", "", "", "", std::string(findingCodeName(x.code)),
                            std::string(severityLabel(x.severity, lang)), x.row, x.sheet, x.cell,
                            x.expected, x.actual, vi(lang) ? x.message : x.messageEn});
    }
    return rows;
}

std::string reportCsv(const BatchReport& report, Language lang)
{
    return csvText(reportRows(report, lang));
}

std::string csvText(const std::vector<std::vector<std::string>>& rows)
{
    std::string out = "\xEF\xBB\xBF"; // BOM: Excel and Calc then read UTF-8 without asking
    for (const auto& row : rows)
    {
        for (std::size_t i = 0; i < row.size(); ++i)
            out += (i ? "," : "") + csvField(row[i]);
        out += "\r\n";
    }
    return out;
}

} // namespace parcalc
