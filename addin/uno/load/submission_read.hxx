// submission_read: a file as read (workbook_read) given its verdict by the submission API
// (checkSubmission), for the batch report and for consolidation: the CLI and the batch
// inside Calc build their rows here, never through a second validation path.
#pragma once

#include "core/consolidation/unit_input.hxx"
#include "core/reports/batch_report.hxx"
#include "uno/load/workbook_read.hxx"

#include <string>
#include <vector>

namespace parcalc::uno
{

// The file's report: its verdict, or unreadable with the reason.
FileReport fileReportOf(const std::string& file, const WorkbookRead& read, const RuleSet& ruleSet,
                        const std::vector<CellGrid>* previous);

// The file as consolidation sees it (its modification time decides between duplicates).
UnitInput unitOf(const std::string& file, const WorkbookRead& read, const RuleSet& ruleSet);

} // namespace parcalc::uno
