// Text, CSV and HTML reports for reviewers: one line per file (unit, period,
// errors, warnings), the findings under it.
#include "report.hxx"

#include <array>
#include <sstream>

namespace parcalc
{
namespace
{

// Report words, vi and en side by side (same keys by construction).
struct Word
{
    std::string_view key, vi, en;
};

constexpr std::array<Word, 19> kWords{{
    {"title", "Kết quả kiểm tra phụ lục CCHC", "CCHC appendix check"},
    {"ruleset", "Bộ quy tắc", "Rule set"},
    {"file", "Tệp", "File"},
    {"status", "Trạng thái", "Status"},
    {"unit", "Đơn vị", "Unit"},
    {"period", "Kỳ báo cáo", "Period"},
    {"errors", "lỗi", "errors"},
    {"warnings", "cảnh báo", "warnings"},
    {"infos", "ghi chú", "notes"},
    {"valid", "hợp lệ", "valid"},
    {"invalid", "có lỗi", "invalid"},
    {"unreadable", "không đọc được", "unreadable"},
    {"rows", "dòng", "rows"},
    {"sheet", "Trang tính", "Sheet"},
    {"severity", "Mức độ", "Severity"},
    {"row", "Dòng", "Row"},
    {"cell", "Ô", "Cell"},
    {"message", "Nội dung", "Message"},
    {"none", "Không có phát hiện nào.", "No findings."},
}};

std::string word(std::string_view key, Language language)
{
    for (const Word& w : kWords)
        if (w.key == key)
            return std::string(language == Language::Vi ? w.vi : w.en);
    return std::string(key);
}

std::string severityWord(Severity severity, Language language)
{
    switch (severity)
    {
    case Severity::Error:
        return language == Language::Vi ? "lỗi" : "error";
    case Severity::Warning:
        return language == Language::Vi ? "cảnh báo" : "warning";
    case Severity::Info:
        return language == Language::Vi ? "ghi chú" : "note";
    }
    return {};
}

const std::string& messageOf(const Finding& f, Language language)
{
    return language == Language::Vi ? f.message : f.messageEn;
}

// "UBND huyện Ngân Sơn, quý I năm 2023: 3 lỗi, 33 cảnh báo (có lỗi)"
std::string summary(const FileReport& file, Language language)
{
    if (file.status == FileStatus::Unreadable)
        return word("unreadable", language) + ": " + file.reason;
    const ValidationResult& r = file.result;
    std::string out;
    if (!r.unit.empty())
        out += r.unit;
    if (!r.period.empty())
        out += (out.empty() ? "" : ", ") + r.period;
    if (!out.empty())
        out += ": ";
    out += std::to_string(r.count(Severity::Error)) + " " + word("errors", language) + ", " +
           std::to_string(r.count(Severity::Warning)) + " " + word("warnings", language) + " (" +
           word(std::string(fileStatusName(file.status)), language) + ")";
    return out;
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
    {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string html(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text)
    {
        switch (c)
        {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

std::string reportText(const BatchReport& report, Language language)
{
    std::ostringstream out;
    out << word("ruleset", language) << ": " << report.rulesetId << " " << report.rulesetVersion
        << "\n";
    for (const FileReport& file : report.files)
    {
        out << "\n" << file.file << " — " << summary(file, language) << "\n";
        for (const Finding& f : file.result.findings)
            out << "  [" << severityWord(f.severity, language) << "] " << messageOf(f, language)
                << "\n";
    }
    return out.str();
}

std::string reportCsv(const BatchReport& report, Language language)
{
    std::ostringstream out;
    const char* columns[] = {"file",     "status", "unit", "period",   "sheet",  "code",
                             "severity", "row",    "cell", "expected", "actual", "message"};
    for (std::size_t i = 0; i < std::size(columns); ++i)
        out << (i ? "," : "") << columns[i];
    out << "\n";
    for (const FileReport& file : report.files)
    {
        const ValidationResult& r = file.result;
        const std::string head = csvField(file.file) + "," +
                                 std::string(fileStatusName(file.status)) + "," + csvField(r.unit) +
                                 "," + csvField(r.period) + ",";
        if (r.findings.empty())
            out << head << csvField(r.sheet) << ",,,,,,," << csvField(file.reason) << "\n";
        for (const Finding& f : r.findings)
            out << head << csvField(f.sheet) << "," << findingCodeName(f.code) << ","
                << severityName(f.severity) << "," << csvField(f.row) << "," << f.cell << ","
                << csvField(f.expected) << "," << csvField(f.actual) << ","
                << csvField(messageOf(f, language)) << "\n";
    }
    return out.str();
}

std::string reportHtml(const BatchReport& report, Language language)
{
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << (language == Language::Vi ? "vi" : "en")
        << "\">\n<head><meta charset=\"utf-8\"><title>" << html(word("title", language))
        << "</title>\n<style>body{font-family:sans-serif;margin:1.5em}"
           "table{border-collapse:collapse;margin-bottom:1.5em}"
           "td,th{border:1px solid #bbb;padding:3px 8px;text-align:left;vertical-align:top}"
           ".error{color:#b00}.warning{color:#a60}.info{color:#555}"
           ".valid{color:#070}.invalid,.unreadable{color:#b00}</style></head>\n<body>\n";
    out << "<h1>" << html(word("title", language)) << "</h1>\n<p>"
        << html(word("ruleset", language)) << ": " << html(report.rulesetId) << " "
        << html(report.rulesetVersion) << "</p>\n";
    out << "<table>\n<tr><th>" << html(word("file", language)) << "</th><th>"
        << html(word("unit", language)) << "</th><th>" << html(word("period", language))
        << "</th><th>" << html(word("errors", language)) << "</th><th>"
        << html(word("warnings", language)) << "</th><th>" << html(word("status", language))
        << "</th></tr>\n";
    for (const FileReport& file : report.files)
    {
        const ValidationResult& r = file.result;
        const std::string status(fileStatusName(file.status));
        out << "<tr><td><a href=\"#f" << (&file - report.files.data()) << "\">" << html(file.file)
            << "</a></td><td>" << html(r.unit) << "</td><td>" << html(r.period) << "</td><td>"
            << r.count(Severity::Error) << "</td><td>" << r.count(Severity::Warning)
            << "</td><td class=\"" << status << "\">" << html(word(status, language))
            << (file.reason.empty() ? "" : ": " + html(file.reason)) << "</td></tr>\n";
    }
    out << "</table>\n";
    for (const FileReport& file : report.files)
    {
        out << "<h2 id=\"f" << (&file - report.files.data()) << "\">" << html(file.file)
            << "</h2>\n<p>" << html(summary(file, language)) << "</p>\n";
        if (file.status == FileStatus::Unreadable)
            continue;
        if (file.result.findings.empty())
        {
            out << "<p>" << html(word("none", language)) << "</p>\n";
            continue;
        }
        out << "<table>\n<tr><th>" << html(word("severity", language)) << "</th><th>"
            << html(word("row", language)) << "</th><th>" << html(word("cell", language))
            << "</th><th>" << html(word("message", language)) << "</th></tr>\n";
        for (const Finding& f : file.result.findings)
            out << "<tr class=\"" << severityName(f.severity) << "\"><td>"
                << html(severityWord(f.severity, language)) << "</td><td>" << html(f.row)
                << "</td><td>" << html(f.cell) << "</td><td>" << html(messageOf(f, language))
                << "</td></tr>\n";
        out << "</table>\n";
    }
    out << "</body>\n</html>\n";
    return out.str();
}

} // namespace parcalc
