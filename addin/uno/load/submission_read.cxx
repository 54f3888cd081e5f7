// submission_read: checkSubmission on what was read; the unit's file time.
#include "uno/load/submission_read.hxx"

#include "core/submission/submission.hxx"

#include <filesystem>
#include <system_error>

namespace parcalc::uno
{

FileReport fileReportOf(const std::string& file, const WorkbookRead& read, const RuleSet& ruleSet,
                        const std::vector<CellGrid>* previous)
{
    return read.ok ? readableReport(file, checkSubmission(read.sheets, ruleSet, {previous}).result)
                   : unreadableReport(file, read.reason, read.reasonEn);
}

UnitInput unitOf(const std::string& file, const WorkbookRead& read, const RuleSet& ruleSet)
{
    if (!read.ok)
        return unreadableUnit(file, read.reason, read.reasonEn);
    std::error_code ec;
    const auto time = std::filesystem::last_write_time(file, ec);
    return unitFromWorkbook(file, read.sheets, ruleSet,
                            ec ? 0 : std::int64_t(time.time_since_epoch().count()));
}

} // namespace parcalc::uno
