// report: batch model and the JSON writer (nlohmann::json keeps key order as written
// with ordered_json, so the output reads like the contract).
#include "report.hxx"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace parcalc
{
namespace
{

using Json = nlohmann::ordered_json;

Json toJson(const Finding& f)
{
    return Json{{"code", std::string(findingCodeName(f.code))},
                {"severity", std::string(severityName(f.severity))},
                {"row", f.row},
                {"sheet", f.sheet},
                {"cell", f.cell},
                {"expected", f.expected},
                {"actual", f.actual},
                {"message", f.message},
                {"message_en", f.messageEn}};
}

Json toJson(const FileReport& file)
{
    Json j{{"file", file.file}, {"status", std::string(fileStatusName(file.status))}};
    if (file.status == FileStatus::Unreadable)
    {
        j["reason"] = file.reason;
        return j;
    }
    const ValidationResult& r = file.result;
    j["sheet"] = r.sheet;
    j["range"] = r.range;
    j["unit"] = r.unit;
    j["period"] = r.period;
    j["rows_found"] = r.rowsFound;
    j["rows_expected"] = r.rowsExpected;
    Json findings = Json::array();
    for (const Finding& f : r.findings)
        findings.push_back(toJson(f));
    j["findings"] = std::move(findings);
    return j;
}

} // namespace

std::string_view fileStatusName(FileStatus status)
{
    switch (status)
    {
    case FileStatus::Valid:
        return "valid";
    case FileStatus::Invalid:
        return "invalid";
    case FileStatus::Unreadable:
        return "unreadable";
    }
    return {};
}

bool BatchReport::allValid() const
{
    return std::all_of(files.begin(), files.end(),
                       [](const FileReport& f) { return f.status == FileStatus::Valid; });
}

bool BatchReport::anyUnreadable() const
{
    return std::any_of(files.begin(), files.end(),
                       [](const FileReport& f) { return f.status == FileStatus::Unreadable; });
}

FileReport validatedFile(std::string file, ValidationResult result)
{
    FileReport report;
    report.file = std::move(file);
    report.status = result.valid() ? FileStatus::Valid : FileStatus::Invalid;
    report.result = std::move(result);
    return report;
}

FileReport unreadableFile(std::string file, std::string reason)
{
    FileReport report;
    report.file = std::move(file);
    report.status = FileStatus::Unreadable;
    report.reason = std::move(reason);
    return report;
}

std::string reportJson(const BatchReport& report, int indent)
{
    Json files = Json::array();
    for (const FileReport& file : report.files)
        files.push_back(toJson(file));
    const Json root{{"ruleset", Json{{"id", report.rulesetId}, {"version", report.rulesetVersion}}},
                    {"files", std::move(files)}};
    // replace invalid UTF-8 rather than throw (cell texts come from any file)
    return root.dump(indent, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string findingJson(const Finding& finding)
{
    return toJson(finding).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace parcalc
