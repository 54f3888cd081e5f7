// parcalc validate: batch validation of submitted spreadsheets for reviewers.
#include "cli/cli_support.hxx"
#include "cli/command_line.hxx"
#include "client/batch_validation.hxx"
#include "client/ods_report.hxx"
#include "client/parallel_batch.hxx"
#include "core/ruleset/ruleset_cache.hxx"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace parcalc::cli
{

int runValidate(const Args& args)
{
    std::string ruleset, previous, format = "text", output, profile, lang = "vi", jobsText = "1";
    std::vector<std::string> inputs;
    po::options_description opts(
        "parcalc validate [OPTIONS] FILE|DIR...\n"
        "Kiểm tra biểu thống kê số liệu trong các tệp bảng tính (.ods .fods .xlsx .xls .csv).\n"
        "Validates the statistics appendix table of each spreadsheet.\n\n"
        "Mã thoát / exit code: 0 all valid, 1 some invalid, 2 usage or rule-set error, "
        "3 some file unreadable\n\nOptions");
    opts.add_options()("help,h", "this help")(
        "ruleset", po::value(&ruleset), "rule-set file or bundled id (default: default-huyen)")(
        "previous", po::value(&previous),
        "the previous period's file of the same unit and year (lũy kế checks)")(
        "format", po::value(&format), "text | json | csv | html | ods (default: text)")(
        "output,o", po::value(&output), "write the report here (default: standard output)")(
        "lang", po::value(&lang), "vi | en: language of text, CSV, HTML and ODS reports")(
        "profile", po::value(&profile),
        "LibreOffice profile to use (default: a temporary one, removed afterwards)")(
        "jobs,j", po::value(&jobsText),
        "số LibreOffice chạy song song / offices run at once, 1-8 (default: 1); "
        "the report is the same");
    if (const auto stop = parseFileCommand(args, "validate", opts, inputs))
        return *stop;
    const bool formatOk = format == "text" || format == "json" || format == "csv" ||
                          format == "html" || format == "ods";
    const std::optional<std::size_t> jobs = parseJobs(jobsText);
    if (inputs.empty() || !formatOk || (lang != "vi" && lang != "en") ||
        (format == "ods" && output.empty()) || !jobs)
        return usageError("validate",
                          inputs.empty() ? "chưa chỉ định tệp / no file given"
                          : !formatOk ? "định dạng không hợp lệ / unknown --format " + format
                          : !jobs     ? jobsProblem(jobsText)
                          : format == "ods" && output.empty()
                              ? "--format ods cần --output / needs --output"
                              : "--lang: vi | en",
                          opts);
    const Language language = lang == "en" ? Language::En : Language::Vi;

    CachedRuleSet load;
    const RuleSet* ruleSetFound = loadRuleSetOrSay(ruleset, load);
    if (!ruleSetFound)
        return kExitUsage;
    const RuleSet& rules = *ruleSetFound;
    const std::vector<std::string> files = client::collectFiles(inputs);

    std::optional<TempProfile> temp;
    // No more offices than files: each one costs a start-up.
    client::OfficePool pool({profileOrTemporary(profile, temp)},
                            std::min(*jobs, std::max<std::size_t>(files.size(), 1)));
    client::OfficeSession& office = pool.first();

    std::vector<CellGrid> previousSheets;
    if (!previous.empty())
    {
        try
        {
            previousSheets = client::readWorkbook(office, previous);
        }
        catch (const client::OfficeError& e)
        {
            std::cerr << "parcalc: không đọc được tệp kỳ trước / cannot read the previous "
                         "period's file "
                      << previous << ": " << e.what() << "\n";
            return kExitUsage;
        }
    }

    const bool showProgress = ::isatty(STDERR_FILENO) || files.size() >= 10;
    const BatchReport report =
        client::validateFiles(pool.offices(), files, rules,
                              previous.empty() ? nullptr : &previousSheets,
                              [&](std::size_t i, std::size_t n, const FileReport& f)
                              {
                                  if (showProgress)
                                      std::cerr << "[" << i << "/" << n << "] " << f.file << ": "
                                                << statusLabel(f.status, language) << "\n";
                              });

    bool written = true;
    if (format == "json")
        written = writeOutput(output, reportJson(report));
    else if (format == "csv")
        written = writeOutput(output, reportCsv(report, language));
    else if (format == "html")
        written = writeOutput(output, reportHtml(report, language));
    else if (format == "ods")
        client::writeOdsReport(office, report, language, output);
    else
        written = writeOutput(output, reportText(report, language));
    if (!written)
    {
        std::cerr << "parcalc: không ghi được báo cáo / cannot write the report to " << output
                  << "\n";
        return kExitUsage;
    }
    if (report.count(FileStatus::Unreadable) > 0)
        return kExitUnreadable;
    return report.count(FileStatus::Invalid) > 0 ? kExitInvalid : kExitOk;
}

} // namespace parcalc::cli
