// Text and table-shaped (CSV, ODS) reports: one line per file, findings under it.
#include "core/reports/batch_report.hxx"
#include "core/reports/report_texts.hxx"

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

std::string severityLabel(Severity s, Language lang)
{
    return reportWord(lang, "severity." + std::string(severityName(s)));
}

std::string statusLabel(FileStatus s, Language lang)
{
    return reportWord(lang, "batch.status." + std::string(fileStatusName(s)));
}

std::string reportText(const BatchReport& report, Language lang)
{
    std::ostringstream out;
    out << reportWord(lang, "ruleSet",
                      {{"id", report.rulesetId}, {"version", report.rulesetVersion}})
        << "\n";
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
        out << reportWord(lang, "batch.counts",
                          {{"errors", std::to_string(r.count(Severity::Error))},
                           {"warnings", std::to_string(r.count(Severity::Warning))}});
        if (r.tableFound)
            out << reportWord(lang, "batch.table",
                              {{"sheet", r.sheet},
                               {"range", r.range},
                               {"found", std::to_string(r.rowsFound)},
                               {"expected", std::to_string(r.rowsExpected)}});
        out << "\n";
        for (const Finding& x : r.findings)
        {
            out << "  [" << severityLabel(x.severity, lang) << "]"
                << (x.row.empty() ? "" : " " + x.row) << (x.cell.empty() ? "" : " " + x.cell) << " "
                << findingCodeName(x.code) << ": " << (vi(lang) ? x.message : x.messageEn) << "\n";
        }
    }
    out << "\n"
        << reportWord(lang, "batch.summary",
                      {{"files", std::to_string(report.files.size())},
                       {"valid", std::to_string(report.count(FileStatus::Valid))},
                       {"invalid", std::to_string(report.count(FileStatus::Invalid))},
                       {"unreadable", std::to_string(report.count(FileStatus::Unreadable))}})
        << "\n";
    return out.str();
}

std::vector<std::vector<std::string>> reportRows(const BatchReport& report, Language lang)
{
    std::vector<std::vector<std::string>> rows;
    rows.push_back(reportColumns(lang, "batch.columns"));
    for (const FileReport& f : report.files)
    {
        const ValidationResult& r = f.result;
        const bool readable = f.status != FileStatus::Unreadable;
        rows.push_back({f.file, statusLabel(f.status, lang), r.unit, r.period,
                        readable ? std::to_string(r.count(Severity::Error)) : "",
                        readable ? std::to_string(r.count(Severity::Warning)) : "", "", "", "", "",
                        "", "", "", readable ? "" : (vi(lang) ? f.reason : f.reasonEn)});
        for (const Finding& x : r.findings)
            rows.push_back({f.file, "", "", "", "", "", std::string(findingCodeName(x.code)),
                            severityLabel(x.severity, lang), x.row, x.sheet, x.cell, x.expected,
                            x.actual, vi(lang) ? x.message : x.messageEn});
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
