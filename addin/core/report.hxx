// report: the results of validating one or more files, and the writers the CLI
// and the sidebar export share: JSON (issue 3's shape), text, CSV and HTML.
#pragma once

#include "finding_messages.hxx"
#include "validator.hxx"

#include <string>
#include <vector>

namespace parcalc
{

enum class FileStatus
{
    Valid,      // no finding of severity error
    Invalid,    // at least one error
    Unreadable, // corrupt, empty, password-protected, locked, not a spreadsheet...
};

std::string_view fileStatusName(FileStatus status); // "valid" | "invalid" | "unreadable"

struct FileReport
{
    std::string file;
    FileStatus status = FileStatus::Valid;
    std::string reason; // Unreadable: why
    ValidationResult result;
};

struct BatchReport
{
    std::string rulesetId;
    std::string rulesetVersion;
    std::vector<FileReport> files;

    bool allValid() const;
    bool anyUnreadable() const;
};

FileReport validatedFile(std::string file, ValidationResult result);
FileReport unreadableFile(std::string file, std::string reason);

// {"ruleset": {"id", "version"}, "files": [{"file", "status", "reason" (unreadable only),
//  "sheet", "range", "unit", "period", "rows_found", "rows_expected", "findings": [{"code",
//  "severity", "row", "sheet", "cell", "expected", "actual", "message", "message_en"}]}]}
std::string reportJson(const BatchReport& report, int indent = 2);
// One finding as a JSON object (for the sidebar / UNO service).
std::string findingJson(const Finding& finding);

// One line per file (unit, period when found, errors, warnings), its findings under it.
std::string reportText(const BatchReport& report, Language language);
// One line per finding (a file without findings gets one line), header row first.
std::string reportCsv(const BatchReport& report, Language language);
// A standalone HTML page: a summary table of the files, then each file's findings.
std::string reportHtml(const BatchReport& report, Language language);

} // namespace parcalc
