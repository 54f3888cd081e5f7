// desk_batch: the batch check and the consolidation inside Calc. Each file goes through
// uno/load (the CLI's reading path: sniff, hidden read-only load, sheets, close) and
// checkSubmission; the result sheets come from core (batch_sheets, consolidation_sheets)
// and open as a new document (uno/io/workbook_document). The batch's document opens with
// the first file's row and gets a row per file, so the reviewer sees results at once;
// the findings sheet, filters and widths come when the last file is read.
#include "desk/batch/batch_run.hxx"

#include "core/consolidation/consolidation_sheets.hxx"
#include "core/reports/batch_sheet_texts.hxx"
#include "core/reports/batch_sheets.hxx"
#include "core/reports/score_report.hxx"
#include "core/ruleset/ruleset_cache.hxx"
#include "core/submission/file_collection.hxx"
#include "desk/batch/batch_progress.hxx"
#include "sidebar/service/office_locale.hxx"
#include "uno/base/guarded.hxx"
#include "uno/io/workbook_document.hxx"
#include "uno/load/document_load.hxx"
#include "uno/load/submission_read.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <osl/file.hxx>

#include <atomic>

namespace parcalc::desk
{
namespace
{

// Local paths of the URLs, folders expanded like the CLI expands them.
std::vector<std::string> filesOf(const std::vector<OUString>& urls)
{
    std::vector<std::string> paths;
    for (const OUString& url : urls)
    {
        OUString path;
        if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
            throw css::lang::IllegalArgumentException("ParCalc: not a local file: " + url, {}, 2);
        paths.push_back(uno::toUtf8(path));
    }
    return collectSpreadsheetFiles(paths);
}

std::string fileName(const std::string& path)
{
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::shared_ptr<const RuleSet> ruleSetOf(const BatchRunOptions& options)
{
    const CachedRuleSet load = RuleSetCache::shared().ruleSet(options.ruleSet);
    if (!load.ok())
        throw css::uno::RuntimeException(
            uno::fromUtf8("ParCalc: the rule set cannot be loaded: " +
                          (load.errors.empty() ? options.ruleSet : load.errors.front().message)));
    return load.ruleSet;
}

// Reads the files one by one with progress; `use` gets each path and what was read, and
// returns false to stop. False when the user stopped before the first file.
template <class Use>
bool readFiles(const css::uno::Reference<css::uno::XComponentContext>& context,
               BatchProgress& progress, const std::vector<std::string>& files, Use&& use)
{
    for (std::size_t i = 0; i < files.size(); ++i)
    {
        if (!progress.next(i, fileName(files[i])))
            return i > 0;
        if (!use(files[i], uno::readWorkbookInOffice(context, files[i])))
            break;
    }
    return true;
}

std::vector<uno::WorkbookSheet> workbookSheets(const std::vector<ResultSheet>& sheets)
{
    std::vector<uno::WorkbookSheet> out;
    for (const ResultSheet& sheet : sheets)
        out.push_back({&sheet.grid, {}, {}, &sheet.layout});
    return out;
}

css::uno::Reference<css::frame::XComponentLoader>
desktopLoader(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return {css::frame::Desktop::create(context), css::uno::UNO_QUERY_THROW};
}

// The estimate of a scoring rule set for a file read, or nothing when it has no appendix.
std::optional<FileScore> scoreOf(const std::string& file, const uno::WorkbookRead& read,
                                 const ScoringRuleSet& scoring)
{
    if (!read.ok)
        return std::nullopt;
    const ScoreFileReport report = scoreWorkbook(file, read.sheets, scoring);
    if (!report.appendix)
        return std::nullopt;
    const ScoreEstimate& estimate = report.appendix->estimate;
    FileScore score{std::nullopt, estimate.grade, estimate.gradeEn};
    if (estimate.index.ok())
        score.index = estimate.index.value();
    return score;
}

// The newest file's summary row in the result document, which opens with the first; false
// when the user closed it meanwhile.
bool showRow(const css::uno::Reference<css::uno::XComponentContext>& context,
             BatchProgress& progress, const BatchSheetsInput& input, Language language,
             css::uno::Reference<css::frame::XModel>& result)
{
    const std::size_t last = input.report->files.size() - 1;
    BatchReport newest;
    newest.files = {input.report->files[last]};
    BatchSheetsInput one{&newest, {input.fileUrls[last]}, {}};
    if (!input.scores.empty())
        one.scores = {input.scores[last]};
    const ResultSheet summary = batchSheets(one, language).front(); // header + this file
    const uno::WorkbookSheet sheet{&summary.grid, {}, {}, &summary.layout};
    try
    {
        if (!result.is())
        {
            result = uno::openWorkbook(desktopLoader(context), {sheet});
            progress.follow(result->getCurrentController()->getFrame());
        }
        else
            uno::writeSheetRows(result, 0, sheet, 1, last + 1);
    }
    catch (const css::lang::DisposedException&)
    {
        return false;
    }
    return true;
}

// One run at a time: the office handles its events between files, so the menu can start
// another; the second then does nothing (as if cancelled) while the first goes on.
class OneRunAtATime
{
public:
    OneRunAtATime() : m_mine(!running().exchange(true)) {}
    ~OneRunAtATime()
    {
        if (m_mine)
            running() = false;
    }
    bool mine() const { return m_mine; }

private:
    static std::atomic<bool>& running()
    {
        static std::atomic<bool> flag{false};
        return flag;
    }
    bool m_mine;
};

void tellRefused(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, Language language,
                 const UnitSelection& selection)
{
    if (!frame.is())
        return;
    css::uno::Reference<css::awt::XMessageBoxFactory> boxes(css::awt::Toolkit::create(context),
                                                            css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::awt::XWindowPeer> parent(frame->getContainerWindow(),
                                                      css::uno::UNO_QUERY);
    boxes
        ->createMessageBox(
            parent, css::awt::MessageBoxType_ERRORBOX, css::awt::MessageBoxButtons::BUTTONS_OK,
            uno::fromUtf8(batchSheetText(language, "refused.title")),
            uno::fromUtf8(language == Language::Vi ? selection.problem : selection.problemEn))
        ->execute();
}

using Model = css::uno::Reference<css::frame::XModel>;

// What a batch check and a consolidation both start with.
struct RunStart
{
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame; // may be null (no progress, no boxes)
    Language language;
    std::vector<std::string> files;
    std::shared_ptr<const RuleSet> ruleSet;
};

// The batch check: the result opens with the first file's row and grows a row per file;
// closing it stops the run.
Model checkFiles(const RunStart& start, BatchProgress& progress)
{
    const RuleSet& ruleSet = *start.ruleSet;
    std::shared_ptr<const ScoringRuleSet> scoring;
    if (ruleSet.scoring)
        scoring = RuleSetCache::shared().scoring(ruleSet.id).value;
    BatchReport report;
    report.rulesetId = ruleSet.id;
    report.rulesetVersion = ruleSet.version;
    BatchSheetsInput input{&report, {}, {}};
    Model result;
    bool closed = false;
    const bool started =
        readFiles(start.context, progress, start.files,
                  [&](const std::string& file, const uno::WorkbookRead& read)
                  {
                      report.files.push_back(uno::fileReportOf(file, read, ruleSet, nullptr));
                      input.fileUrls.push_back(uno::fileUrl(file));
                      if (scoring)
                          input.scores.push_back(scoreOf(file, read, *scoring));
                      closed = !showRow(start.context, progress, input, start.language, result);
                      return !closed;
                  });
    if (!started || closed)
        return {};
    progress.writing();
    const std::vector<ResultSheet> sheets = batchSheets(input, start.language);
    try
    {
        uno::fillWorkbook(result, workbookSheets(sheets));
    }
    catch (const css::lang::DisposedException&)
    {
        return {}; // closed by the user meanwhile
    }
    return result;
}

// The consolidation: its sheets open as a new document once every file is read.
Model consolidateFiles(const RunStart& start, BatchProgress& progress)
{
    const RuleSet& ruleSet = *start.ruleSet;
    std::vector<UnitInput> units;
    const bool started = readFiles(start.context, progress, start.files,
                                   [&](const std::string& file, const uno::WorkbookRead& read)
                                   {
                                       units.push_back(uno::unitOf(file, read, ruleSet));
                                       return true;
                                   });
    if (!started)
        return {};
    UnitSelection selection = selectUnits(std::move(units), ConsolidationOptions{});
    if (selection.refused)
    {
        tellRefused(start.context, start.frame, start.language, selection);
        return {};
    }
    progress.writing();
    const std::vector<OutputSheet> sheets = consolidationSheets(
        consolidate(std::move(selection), ruleSet), ruleSet, "", start.language);
    std::vector<uno::WorkbookSheet> out;
    for (const OutputSheet& sheet : sheets)
        out.push_back({&sheet.grid, sheet.boldRows, sheet.marked, nullptr});
    return uno::openWorkbook(desktopLoader(start.context), out);
}

// `run` guarded, as the one run at a time (another start meanwhile gives null), with the
// progress in `frame`'s status bar.
Model oneRun(const css::uno::Reference<css::uno::XComponentContext>& context,
             const css::uno::Reference<css::frame::XFrame>& frame,
             const std::vector<OUString>& fileUrls, const BatchRunOptions& options,
             Model (*run)(const RunStart&, BatchProgress&))
{
    return uno::guarded(
        [&]() -> Model
        {
            const OneRunAtATime guard;
            if (!guard.mine())
                return {};
            const RunStart start{context, frame, sidebar::officeUiLanguage(context),
                                 filesOf(fileUrls), ruleSetOf(options)};
            BatchProgress progress(context, frame, start.language, start.files.size(),
                                   options.stopBefore);
            return run(start, progress);
        });
}

} // namespace

css::uno::Reference<css::frame::XModel>
runBatchCheckWith(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame,
                  const std::vector<OUString>& fileUrls, const BatchRunOptions& options)
{
    return oneRun(context, frame, fileUrls, options, checkFiles);
}

css::uno::Reference<css::frame::XModel>
runConsolidationWith(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XFrame>& frame,
                     const std::vector<OUString>& fileUrls, const BatchRunOptions& options)
{
    return oneRun(context, frame, fileUrls, options, consolidateFiles);
}

css::uno::Reference<css::frame::XModel>
runBatchCheck(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame,
              const std::vector<OUString>& fileUrls)
{
    return runBatchCheckWith(context, frame, fileUrls, {});
}

css::uno::Reference<css::frame::XModel>
runConsolidation(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame,
                 const std::vector<OUString>& fileUrls)
{
    return runConsolidationWith(context, frame, fileUrls, {});
}

} // namespace parcalc::desk
