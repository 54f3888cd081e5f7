// parcalc validate: batch validation of submitted spreadsheets for reviewers.
#include "cli/cli_support.hxx"
#include "cli/cli_texts.hxx"
#include "cli/command_line.hxx"
#include "client/batch_validation.hxx"
#include "client/ods_report.hxx"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace parcalc::cli
{

int runValidate(const Args& args)
{
    std::string ruleset, previous, format = "text", output, profile, lang = "vi", jobsText = "1";
    std::vector<std::string> inputs;
    po::options_description opts(
        commandCaption("parcalc validate [OPTIONS] FILE|DIR...", "validate"));
    addHelpOption(opts);
    addRulesetOption(opts, ruleset);
    opts.add_options()("previous", po::value(&previous), optionHelp("option-previous").c_str())(
        "format", po::value(&format), optionHelp("option-format-validate").c_str())(
        "output,o", po::value(&output), optionHelp("option-output-report").c_str());
    addLangOption(opts, lang, "option-lang-validate");
    addProfileOption(opts, profile);
    addJobsOption(opts, jobsText);
    if (const auto stop = parseFileCommand(args, "validate", opts, inputs))
        return *stop;
    const bool formatOk = format == "text" || format == "json" || format == "csv" ||
                          format == "html" || format == "ods";
    const std::optional<std::size_t> jobs = parseJobs(jobsText);
    const std::optional<Language> language = parseLang(lang);
    if (inputs.empty() || !formatOk || !language || (format == "ods" && output.empty()) || !jobs)
        return usageError("validate",
                          inputs.empty() ? cliText("no-file")
                          : !formatOk    ? cliText("unknown-format", {{"format", format}})
                          : !jobs        ? jobsProblem(jobsText)
                          : !language    ? langProblem(lang)
                                         : cliText("ods-needs-output"),
                          opts);

    const std::unique_ptr<FileRun> run = FileRun::start(ruleset, inputs, profile, *jobs);
    if (!run)
        return kExitUsage;
    const RuleSet& rules = run->rules();
    const std::vector<std::string>& files = run->files();
    client::OfficeSession& office = run->pool().first();

    std::vector<CellGrid> previousSheets;
    if (!previous.empty())
    {
        try
        {
            previousSheets = client::readWorkbook(office, previous);
        }
        catch (const client::OfficeError& e)
        {
            std::cerr << "parcalc: "
                      << cliText("cannot-read-previous", {{"path", previous}, {"reason", e.what()}})
                      << "\n";
            return kExitUsage;
        }
    }

    const bool showProgress = run->showProgress();
    const BatchReport report = client::validateFiles(
        run->pool().offices(), files, rules, previous.empty() ? nullptr : &previousSheets,
        [&](std::size_t i, std::size_t n, const FileReport& f)
        {
            if (showProgress)
                std::cerr << "[" << i << "/" << n << "] " << f.file << ": "
                          << statusLabel(f.status, *language) << "\n";
        });

    bool written = true;
    if (format == "json")
        written = writeOutput(output, reportJson(report));
    else if (format == "csv")
        written = writeOutput(output, reportCsv(report, *language));
    else if (format == "html")
        written = writeOutput(output, reportHtml(report, *language));
    else if (format == "ods")
        client::writeOdsReport(office, report, *language, output);
    else
        written = writeOutput(output, reportText(report, *language));
    if (!written)
    {
        std::cerr << "parcalc: " << cliText("cannot-write-report", {{"path", output}}) << "\n";
        return kExitUsage;
    }
    if (report.count(FileStatus::Unreadable) > 0)
        return kExitUnreadable;
    return report.count(FileStatus::Invalid) > 0 ? kExitInvalid : kExitOk;
}

} // namespace parcalc::cli
