// The HTML report: one page a reviewer opens in a browser or mails back.
#include "core/reports/batch_report.hxx"
#include "core/reports/html_escape.hxx"

#include <sstream>

namespace parcalc
{
namespace
{

std::string escape(std::string_view s)
{
    return htmlEscape(s);
}

// Statuses and the other severities, after kReportBaseStyle.
const char* kStyle = R"(.valid{color:#1a7f37}.unreadable{color:#8a6d00}
tr.warning td:first-child{border-left:4px solid #e0a800}
tr.info td:first-child{border-left:4px solid #1e88e5}
)";

} // namespace

std::string reportHtml(const BatchReport& report, Language lang)
{
    const bool vi = lang == Language::Vi;
    std::ostringstream out;
    out << htmlPageStart(vi, vi ? "Kết quả kiểm tra biểu thống kê" : "Appendix validation report",
                         vi ? "Kết quả kiểm tra biểu thống kê số liệu"
                            : "Statistics appendix validation",
                         kStyle)
        << "<p>" << (vi ? "Bộ quy tắc: " : "Rule set: ") << escape(report.rulesetId) << " "
        << escape(report.rulesetVersion) << "</p>\n<table>\n<tr><th>"
        << (vi ? "Tệp</th><th>Đơn vị</th><th>Kỳ báo cáo</th><th>Trạng thái</th><th>Lỗi</th><th>"
                 "Cảnh báo"
               : "File</th><th>Unit</th><th>Period</th><th>Status</th><th>Errors</th><th>"
                 "Warnings")
        << "</th></tr>\n";
    for (std::size_t i = 0; i < report.files.size(); ++i)
    {
        const FileReport& f = report.files[i];
        const bool readable = f.status != FileStatus::Unreadable;
        out << "<tr><td><a href=\"#f" << i << "\">" << escape(f.file) << "</a></td><td>"
            << escape(f.result.unit) << "</td><td>" << escape(f.result.period)
            << "</td><td class=\"" << fileStatusName(f.status) << "\">"
            << escape(statusLabel(f.status, lang)) << "</td><td>"
            << (readable ? std::to_string(f.result.count(Severity::Error)) : "") << "</td><td>"
            << (readable ? std::to_string(f.result.count(Severity::Warning)) : "")
            << "</td></tr>\n";
    }
    out << "</table>\n";
    for (std::size_t i = 0; i < report.files.size(); ++i)
    {
        const FileReport& f = report.files[i];
        out << "<h2 id=\"f" << i << "\">" << escape(f.file) << "</h2>\n";
        if (f.status == FileStatus::Unreadable)
        {
            out << "<p class=\"unreadable\">" << escape(vi ? f.reason : f.reasonEn) << "</p>\n";
            continue;
        }
        if (f.result.findings.empty())
        {
            out << "<p class=\"valid\">" << (vi ? "Không có vấn đề." : "No findings.") << "</p>\n";
            continue;
        }
        out << "<table>\n<tr><th>"
            << (vi ? "Mức độ</th><th>Dòng</th><th>Ô</th><th>Mã</th><th>Kỳ vọng</th><th>Thực "
                     "tế</th><th>Nội dung"
                   : "Severity</th><th>Row</th><th>Cell</th><th>Code</th><th>Expected</th><th>"
                     "Actual</th><th>Message")
            << "</th></tr>\n";
        for (const Finding& x : f.result.findings)
            out << "<tr class=\"" << severityName(x.severity) << "\"><td>"
                << escape(severityLabel(x.severity, lang)) << "</td><td>" << escape(x.row)
                << "</td><td>" << escape(x.sheet.empty() ? x.cell : x.sheet + "!" + x.cell)
                << "</td><td>" << findingCodeName(x.code) << "</td><td>" << escape(x.expected)
                << "</td><td>" << escape(x.actual) << "</td><td>"
                << escape(vi ? x.message : x.messageEn) << "</td></tr>\n";
        out << "</table>\n";
    }
    out << "</body>\n</html>\n";
    return out.str();
}

} // namespace parcalc
