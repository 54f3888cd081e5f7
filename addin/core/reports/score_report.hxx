// score_report: what `parcalc score` reports for each file, and its writers
// (JSON, text, HTML, in the style of batch_report). A file holds an appendix
// (-> the estimated score, every point lost explained), a filled self-assessment
// sheet (-> its consistency findings), or both on different sheets.
#pragma once

#include "core/reports/batch_report.hxx"
#include "core/scoring/scoring_engine.hxx"
#include "core/self_assessment/self_assessment.hxx"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace parcalc
{

enum class ScoreFileStatus
{
    Ok,         // scored / checked, no inconsistency found
    Invalid,    // the self-assessment sheet has findings of severity error
    NoTable,    // neither an appendix nor a self-assessment table
    Unreadable, // could not be read: see reason
};

std::string_view scoreFileStatusName(ScoreFileStatus status); // "ok" | "invalid" | ...

struct AppendixScore
{
    std::string sheet, range, unit, period;
    std::size_t rowsFound = 0, rowsExpected = 0;
    ScoreEstimate estimate;
};

struct ScoreFileReport
{
    std::string file;
    ScoreFileStatus status = ScoreFileStatus::NoTable;
    std::string reason, reasonEn; // unreadable / no table: why
    std::optional<AppendixScore> appendix;
    std::optional<SelfAssessmentCheck> selfAssessment;
};

// Scores one workbook: the appendix on the sheet matching most rule-set rows (as
// validateWorkbook picks it), if it matches at least a few rows; the first sheet with
// a self-assessment table.
ScoreFileReport scoreWorkbook(std::string file, const std::vector<CellGrid>& sheets,
                              const ScoringRuleSet& rules, const ManualValues& manual = {});
ScoreFileReport unreadableScoreReport(std::string file, std::string reason, std::string reasonEn);

struct ScoreReport
{
    std::shared_ptr<const ScoringRuleSet> rules;
    std::vector<ScoreFileReport> files;

    std::size_t count(ScoreFileStatus status) const;
};

// {"ruleset": {...}, "files": [{"file", "status", "appendix": {..., "estimate": {...,
//  "criteria": [...]}}, "self_assessment": {..., "findings": [...]}}]}
std::string scoreReportJson(const ScoreReport& report);
std::string scoreReportText(const ScoreReport& report, Language lang);
std::string scoreReportHtml(const ScoreReport& report, Language lang);

} // namespace parcalc
