// parcalc score: the estimated PAR index score of appendix files (every point lost
// explained) and the consistency check of filled self-assessment sheets.
#include "cli/cli_support.hxx"
#include "cli/cli_texts.hxx"
#include "cli/command_line.hxx"
#include "client/batch_validation.hxx"
#include "client/extension_installer.hxx"
#include "core/reports/score_report.hxx"
#include "core/ruleset/ruleset_cache.hxx"
#include "core/scoring/manual_inputs.hxx"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

namespace parcalc::cli
{

int runScore(const Args& args)
{
    std::string ruleset, format = "text", output, profile, lang = "vi";
    bool noExtension = false;
    std::vector<std::string> inputs, manualArgs;
    po::options_description opts(commandCaption("parcalc score [OPTIONS] FILE|DIR...", "score"));
    addHelpOption(opts);
    addRulesetOption(opts, ruleset, "option-ruleset-score");
    opts.add_options()("format", po::value(&format), optionHelp("option-format-score").c_str())(
        "output,o", po::value(&output), optionHelp("option-output-report").c_str());
    addLangOption(opts, lang, "option-lang-score");
    opts.add_options()("manual", po::value(&manualArgs)->composing(),
                       optionHelp("option-manual").c_str());
    addProfileOption(opts, profile, "option-profile-score");
    opts.add_options()("no-extension", po::bool_switch(&noExtension),
                       optionHelp("option-no-extension").c_str());
    if (const auto stop = parseFileCommand(args, "score", opts, inputs))
        return *stop;
    ManualValues manual;
    std::string badManual;
    for (const std::string& m : manualArgs)
        if (!parseManualInput(m, manual))
            badManual = m;
    const bool formatOk = format == "text" || format == "json" || format == "html";
    const std::optional<Language> language = parseLang(lang);
    if (inputs.empty() || !formatOk || !language || !badManual.empty())
        return usageError("score",
                          inputs.empty()       ? cliText("no-file")
                          : !formatOk          ? cliText("unknown-format", {{"format", format}})
                          : !badManual.empty() ? cliText("bad-manual", {{"manual", badManual}})
                                               : langProblem(lang),
                          opts);

    const ScoringRuleSetLoad load = RuleSetCache::shared().scoring(ruleset);
    if (!load.ok())
    {
        printRuleSetErrors(load.errors);
        return kExitUsage;
    }
    if (const auto unknown = unknownManualInput(manual, *load.value))
    {
        std::cerr << "parcalc score: " << cliText("unknown-manual", {{"name", *unknown}}) << "\n";
        return kExitUsage;
    }
    const std::vector<std::string> files = collectSpreadsheetFiles(inputs);

    std::optional<TempProfile> temp;
    if (profile.empty())
    {
        profile = temp.emplace().path;
        // A self-assessment sheet computes its scores with PARPOINTS / PARSCORE: Calc
        // recalculates add-in cells on load, so they need the add-in in this profile.
        std::error_code ec;
        if (!noExtension && std::filesystem::is_regular_file(defaultOxtPath(), ec))
            client::prepareProfile(profile, defaultOxtPath());
    }
    client::OfficeSession office({profile});

    ScoreReport report;
    report.rules = load.value;
    const bool showProgress = showsProgress(files.size());
    for (std::size_t i = 0; i < files.size(); ++i)
    {
        const client::WorkbookRead read = client::readWorkbookForBatch(office, files[i]);
        if (read.ok)
            report.files.push_back(scoreWorkbook(files[i], read.sheets, *load.value, manual));
        else
            report.files.push_back(unreadableScoreReport(files[i], read.reason, read.reasonEn));
        if (showProgress)
            std::cerr << "[" << i + 1 << "/" << files.size() << "] " << files[i] << ": "
                      << scoreFileStatusName(report.files.back().status) << "\n";
    }

    bool written = true;
    if (format == "json")
        written = writeOutput(output, scoreReportJson(report));
    else if (format == "html")
        written = writeOutput(output, scoreReportHtml(report, *language));
    else
        written = writeOutput(output, scoreReportText(report, *language));
    if (!written)
    {
        std::cerr << "parcalc: " << cliText("cannot-write-report", {{"path", output}}) << "\n";
        return kExitUsage;
    }
    if (report.count(ScoreFileStatus::Unreadable) > 0)
        return kExitUnreadable;
    return report.count(ScoreFileStatus::Invalid) + report.count(ScoreFileStatus::NoTable) > 0
               ? kExitInvalid
               : kExitOk;
}

} // namespace parcalc::cli
