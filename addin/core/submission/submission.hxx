// submission: the one entry that says what a submitted workbook is and what is wrong
// with it: an appendix table (validated with the rule set), a filled self-assessment
// score sheet or the rule-set authoring workbook (no error of the file: one info finding
// says what it is and which command reads it), or neither ("table-not-found"). The CLI's batch
// validation, the sidebar and every later feature call checkSubmission, so a file gets the same
// verdict wherever it is checked.
#pragma once

#include "core/base/cell_grid.hxx"
#include "core/ruleset/ruleset.hxx"
#include "core/validation/validator.hxx"

#include <string_view>
#include <vector>

namespace parcalc
{

enum class SubmissionKind
{
    Appendix,       // an appendix table was found and validated
    SelfAssessment, // no appendix table, but a filled self-assessment sheet
    Neither,        // neither: the one finding is "table-not-found" (error)
    RuleSetBook,    // no appendix table: the rule-set authoring workbook (core/ruleset_book)
};

// "appendix", "self-assessment", "neither", "ruleset-book".
std::string_view submissionKindName(SubmissionKind kind);

struct SubmissionOptions
{
    // The same unit's workbook for the previous period of the year (lũy kế checks), or null.
    const std::vector<CellGrid>* previous = nullptr;
};

struct SubmissionVerdict
{
    SubmissionKind kind = SubmissionKind::Neither;
    // The validation result as reports and the sidebar read it: for a self-assessment
    // sheet, tableFound is false and the one finding is the info "table-not-found"
    // (variant "self-assessment") naming the sheet and range; for the rule-set workbook the
    // same info finding, variant "ruleset-book", naming its sheets.
    ValidationResult result;
};

SubmissionVerdict checkSubmission(const std::vector<CellGrid>& workbook, const RuleSet& ruleSet,
                                  const SubmissionOptions& options = {});

} // namespace parcalc
