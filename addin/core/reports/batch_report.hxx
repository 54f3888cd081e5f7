// batch_report: the result of validating many submitted files, and its
// writers: JSON (the public shape of issue 3), text, CSV and HTML. The same
// table of rows feeds CSV here and the ODS report written through Calc.
#pragma once

#include "core/validation/validator.hxx"

#include <string>
#include <vector>

namespace parcalc
{

enum class FileStatus
{
    Valid,      // read, no finding of severity error
    Invalid,    // read, at least one error
    Unreadable, // could not be read: see reason
};

std::string_view fileStatusName(FileStatus status); // "valid" | "invalid" | "unreadable"

struct FileReport
{
    std::string file;
    FileStatus status = FileStatus::Unreadable;
    std::string reason;   // unreadable: why, Vietnamese
    std::string reasonEn; // unreadable: why, English
    ValidationResult result;
};

// Status from a validation result: invalid when any finding is an error.
FileReport readableReport(std::string file, ValidationResult result);
FileReport unreadableReport(std::string file, std::string reason, std::string reasonEn);

struct BatchReport
{
    std::string rulesetId;
    std::string rulesetVersion;
    std::vector<FileReport> files;

    std::size_t count(FileStatus status) const;
};

// Words for reports: "lỗi"/"error", "ĐẠT"/"VALID"...
std::string severityLabel(Severity severity, Language lang);
std::string statusLabel(FileStatus status, Language lang);

// {"ruleset": {"id", "version"}, "files": [{"file", "status", "reason", "reason_en", "sheet",
//  "range", "unit", "period", "rows_found", "rows_expected", "findings": [...]}]}
std::string reportJson(const BatchReport& report);
// One line per file (unit, period, errors, warnings), its findings indented under it.
std::string reportText(const BatchReport& report, Language lang);
// Header + per file one summary row followed by one row per finding.
std::vector<std::vector<std::string>> reportRows(const BatchReport& report, Language lang);
std::string reportCsv(const BatchReport& report, Language lang);
// Rows of texts as CSV: UTF-8 with a BOM (Excel and Calc then read it without asking),
// fields quoted when needed, CRLF line ends.
std::string csvText(const std::vector<std::vector<std::string>>& rows);
// A self-contained page: summary table, then each file's findings.
std::string reportHtml(const BatchReport& report, Language lang);

} // namespace parcalc
