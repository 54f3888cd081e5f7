// unit_input: one submitted file as consolidation sees it: the verdict of the submission
// API (checkSubmission) and, for an appendix, the values read from its table. Built once
// per file by one call (unitFromWorkbook), so a batch runner can read files in any order.
#pragma once

#include "core/appendix/value_reader.hxx"
#include "core/base/cell_grid.hxx"
#include "core/findings/finding.hxx"
#include "core/ruleset/ruleset.hxx"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

enum class UnitStatus
{
    Valid,          // an appendix without errors
    Invalid,        // an appendix with errors (included and flagged unless --exclude-invalid)
    SelfAssessment, // a filled self-assessment sheet: never consolidated
    NotAppendix,    // no appendix table
    Unreadable,     // the file could not be opened or read
};

// "valid", "invalid", "self-assessment", "not-appendix", "unreadable".
std::string_view unitStatusName(UnitStatus status);

struct UnitInput
{
    std::string file;
    UnitStatus status = UnitStatus::Unreadable;
    std::string unit;   // from the title ("UBND xã Vân Tùng"), "" when none names it
    std::string period; // from the title ("quý I năm 2023"), "" when none names it
    std::string reason, reasonEn; // Unreadable: why
    std::vector<RowValue> values; // indexed like RuleSet::rows (Empty for rows not found)
    std::vector<std::string> cells; // the A1 address of each row's value cell ("" if none)
    std::vector<Finding> findings;  // the verdict's findings, messages filled
    std::int64_t modified = 0;      // file time (any monotonic unit): the newer duplicate wins

    bool appendix() const { return status == UnitStatus::Valid || status == UnitStatus::Invalid; }
    // The unit's name for tables: the title's, else the file name without its folder.
    std::string displayName() const;
};

// A readable workbook: checkSubmission's verdict, and the values of the sheet it validated.
UnitInput unitFromWorkbook(const std::string& file, const std::vector<CellGrid>& sheets,
                           const RuleSet& ruleSet, std::int64_t modified = 0);
// A file that could not be read, with the reason in Vietnamese and English.
UnitInput unreadableUnit(const std::string& file, std::string reason, std::string reasonEn);

} // namespace parcalc
