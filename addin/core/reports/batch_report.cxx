// BatchReport model and its JSON form (the public contract of `parcalc validate`).
#include "core/reports/batch_report.hxx"
#include "core/findings/finding_json.hxx"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace parcalc
{

std::string_view fileStatusName(FileStatus status)
{
    switch (status)
    {
    case FileStatus::Valid:
        return "valid";
    case FileStatus::Invalid:
        return "invalid";
    case FileStatus::Unreadable:
        break;
    }
    return "unreadable";
}

FileReport readableReport(std::string file, ValidationResult result)
{
    FileReport r;
    r.file = std::move(file);
    r.status = result.valid() ? FileStatus::Valid : FileStatus::Invalid;
    r.result = std::move(result);
    return r;
}

FileReport unreadableReport(std::string file, std::string reason, std::string reasonEn)
{
    FileReport r;
    r.file = std::move(file);
    r.status = FileStatus::Unreadable;
    r.reason = std::move(reason);
    r.reasonEn = std::move(reasonEn);
    return r;
}

std::size_t BatchReport::count(FileStatus status) const
{
    return std::size_t(std::count_if(files.begin(), files.end(),
                                     [&](const FileReport& f) { return f.status == status; }));
}

std::string reportJson(const BatchReport& report)
{
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const FileReport& f : report.files)
    {
        nlohmann::ordered_json file;
        file["file"] = f.file;
        file["status"] = fileStatusName(f.status);
        if (f.status == FileStatus::Unreadable)
        {
            file["reason"] = f.reason;
            file["reason_en"] = f.reasonEn;
            file["findings"] = nlohmann::ordered_json::array();
            files.push_back(std::move(file));
            continue;
        }
        const ValidationResult& r = f.result;
        file["sheet"] = textOrNull(r.sheet);
        file["range"] = textOrNull(r.range);
        file["unit"] = textOrNull(r.unit);
        file["period"] = textOrNull(r.period);
        file["rows_found"] = r.rowsFound;
        file["rows_expected"] = r.rowsExpected;
        nlohmann::ordered_json findings = nlohmann::ordered_json::array();
        for (const Finding& x : r.findings)
            findings.push_back(findingJson(x));
        file["findings"] = std::move(findings);
        files.push_back(std::move(file));
    }
    nlohmann::ordered_json doc;
    doc["schema_version"] = kReportSchemaVersion;
    doc["ruleset"] = {{"id", report.rulesetId}, {"version", report.rulesetVersion}};
    doc["files"] = std::move(files);
    // Invalid UTF-8 from a broken file must not abort the report: replace it.
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace parcalc
