// score_report: scoring a workbook for `parcalc score` (the writers:
// score_report_json, score_report_text, score_report_html).
#include "core/reports/score_report.hxx"

#include "core/reports/report_texts.hxx"

#include "core/appendix/table_titles.hxx"

#include <algorithm>
#include <filesystem>

namespace parcalc
{
namespace
{

// An appendix needs this many rule-set rows matched to be scored (a self-assessment
// sheet or a stray table is no appendix).
constexpr std::size_t kMinAppendixRows = 10;

} // namespace

std::string_view scoreFileStatusName(ScoreFileStatus status)
{
    switch (status)
    {
    case ScoreFileStatus::Ok:
        return "ok";
    case ScoreFileStatus::Invalid:
        return "invalid";
    case ScoreFileStatus::NoTable:
        return "no-table";
    case ScoreFileStatus::Unreadable:
        break;
    }
    return "unreadable";
}

std::size_t ScoreReport::count(ScoreFileStatus status) const
{
    return std::size_t(std::count_if(files.begin(), files.end(),
                                     [&](const ScoreFileReport& f) { return f.status == status; }));
}

ScoreFileReport scoreWorkbook(std::string file, const std::vector<CellGrid>& sheets,
                              const ScoringRuleSet& rules, const ManualValues& manual)
{
    ScoreFileReport report;
    report.file = std::move(file);
    // Evidence files are looked for beside the file (a file without a name: not at all).
    std::string folder;
    if (!report.file.empty())
    {
        folder = std::filesystem::u8path(report.file).parent_path().u8string();
        if (folder.empty())
            folder = ".";
    }
    report.selfAssessment =
        checkSelfAssessmentWorkbook(sheets, evidenceRules(rules.scoring, std::move(folder)));

    std::optional<std::size_t> best;
    std::optional<AppendixData> bestData;
    for (std::size_t i = 0; i < sheets.size(); ++i)
    {
        AppendixData data = readAppendix(sheets[i], rules.ruleSet);
        if (data.table.found && data.match.rowsFound >= kMinAppendixRows &&
            (!bestData || data.match.rowsFound > bestData->match.rowsFound))
        {
            best = i;
            bestData = std::move(data);
        }
    }
    if (bestData)
    {
        AppendixScore a;
        a.sheet = sheets[*best].sheetName();
        a.range = bestData->table.range(sheets[*best]);
        a.unit = unitFromTitles(bestData->table.titles);
        a.period = periodFromTitles(bestData->table.titles);
        a.rowsFound = bestData->match.rowsFound;
        a.rowsExpected = rules.ruleSet.rows.size();
        a.estimate = estimateScore(*bestData, rules, manual);
        report.appendix = std::move(a);
    }
    if (!report.appendix && !report.selfAssessment)
    {
        report.status = ScoreFileStatus::NoTable;
        report.reason = reportWord(Language::Vi, "score.file.neither");
        report.reasonEn = reportWord(Language::En, "score.file.neither");
        return report;
    }
    const bool errors =
        report.selfAssessment &&
        std::any_of(report.selfAssessment->findings.begin(), report.selfAssessment->findings.end(),
                    [](const Finding& f) { return f.severity == Severity::Error; });
    report.status = errors ? ScoreFileStatus::Invalid : ScoreFileStatus::Ok;
    return report;
}

ScoreFileReport unreadableScoreReport(std::string file, std::string reason, std::string reasonEn)
{
    ScoreFileReport report;
    report.file = std::move(file);
    report.status = ScoreFileStatus::Unreadable;
    report.reason = std::move(reason);
    report.reasonEn = std::move(reasonEn);
    return report;
}

} // namespace parcalc
