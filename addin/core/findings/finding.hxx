// Finding: one problem found in a submitted appendix, in the public shape of
// issue 3 (code, severity, row, sheet, cell, expected, actual, message vi/en).
#pragma once

#include "core/ruleset/ruleset.hxx"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

enum class FindingCode
{
    TableNotFound,
    MissingRow,
    DuplicateRow,
    UnexpectedRow,
    LabelMismatch,
    EmptyValue,
    NotANumber,
    NumberAsText,
    Negative,
    NotInteger,
    PercentOutOfRange,
    OutOfRange, // a range check on a row that is not a percentage
    NotInList,
    PartExceedsWhole,
    SumMismatch,
    RatioMismatch,
    ZeroDenominator,
    CumulativeDecrease,
    // A filled self-assessment sheet (self_assessment.hxx, issue 4):
    ScoreAboveMax,      // a score above its maximum
    ScoreSumMismatch,   // a criterion / field / total score != the sum of its parts
    MaxSumMismatch,     // the same for the maximum points
    ScoreIndexMismatch, // the index written != total / maximum × 100
    // A second appendix table below the one validated (issue 6): never merged, never ignored.
    SecondTable,
    // Issue 12: no row goes unreported silently.
    NotReported,     // "Chưa thực hiện", "Đang cập nhật"...: no figure given, text quoted
    NothingToReport, // "Không phát sinh", "-", N/A where a figure was expected (info)
    DateValue,       // a date-formatted cell in a number row: a serial number, not a figure
    // Issue 15: the tài liệu kiểm chứng of a self-assessment sheet (evidence_check.hxx).
    EvidenceMissing,      // scored above 0 where the rule set asks for evidence, none named
    EvidenceFileNotFound, // an evidence file that is not next to the sheet
};

// "table-not-found", "missing-row"... exactly as in the public contract.
std::string_view findingCodeName(FindingCode code);
std::optional<FindingCode> findingCodeFromName(std::string_view name);
// Every code, in the contract's order: the list the report schemas' "code" enum must equal
// (schemas/finding.schema.json; reports_tests compares them).
std::vector<FindingCode> allFindingCodes();

struct Finding
{
    FindingCode code = FindingCode::TableNotFound;
    Severity severity = Severity::Error;
    std::string row;      // row id ("1.3.4"); printed STT for an unexpected row; "" for the table
    std::string sheet;    // sheet name
    std::string cell;     // A1 address of the value cell on the sheet; "" when there is none
    std::string expected; // as a reviewer reads it: "25 %", "≤ 56", "34"; "" when not applicable
    std::string actual;  // what the cell shows, as read: "0 %", "Chưa có đánh giá kết quả"
    std::string message; // Vietnamese: where and what
    std::string messageEn; // English
    // The message without where the problem is (the location is row, sheet and cell above):
    // "Dòng 1.3.4 (ô D16): mẫu số bằng 0" has the body "mẫu số bằng 0". Not in the
    // public JSON/CSV shape; for views that show the location apart (the sidebar list).
    std::string body;
    std::string bodyEn;

    // Message inputs (not part of the public shape): the template variant ("" = the code's
    // own), the other rows involved, and a free detail (a label, a list of sheets).
    std::string variant;
    std::string ref;
    std::string detail;
    // What the cell stores when `actual` shows it otherwise (a % cell's "1,045" shown as
    // "104,5 %"): the message then says so.
    std::string stored;
};

// Builds a finding without its messages (fillMessages adds them).
Finding makeFinding(FindingCode code, Severity severity, std::string row, std::string cell,
                    std::string expected = {}, std::string actual = {});

} // namespace parcalc
