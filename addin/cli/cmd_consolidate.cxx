// parcalc consolidate: one table for a district or province from its units' appendices.
#include "cli/cli_support.hxx"
#include "cli/cli_texts.hxx"
#include "cli/command_line.hxx"
#include "client/batch_validation.hxx"
#include "client/consolidation_files.hxx"
#include "core/consolidation/consolidation_json.hxx"
#include "core/consolidation/consolidation_sheets.hxx"

#include <iostream>

namespace parcalc::cli
{
namespace
{

// Exit code: 3 when a file was unreadable, 1 when a file used has errors, else 0.
int exitCode(const UnitSelection& selection)
{
    bool invalid = false;
    for (const SelectedUnit& unit : selection.units)
    {
        if (unit.input.status == UnitStatus::Unreadable)
            return kExitUnreadable;
        invalid = invalid || (unit.included && unit.input.status == UnitStatus::Invalid);
    }
    return invalid ? kExitInvalid : kExitOk;
}

void printLeftOut(const UnitSelection& selection)
{
    for (const SelectedUnit& unit : selection.units)
        if (!unit.included)
        {
            const LocalText leftOut = cliTexts().local(
                "left-out",
                {{"file", unit.input.file}, {"reason", LocalText{unit.reason(), unit.reasonEn()}}});
            std::cerr << "parcalc consolidate: " << leftOut.vi << " / " << leftOut.en << "\n";
        }
}

} // namespace

int runConsolidate(const Args& args)
{
    std::string ruleset, format, output, profile, unit, lang = "vi", jobsText = "1";
    bool excludeInvalid = false, allowMixed = false;
    std::vector<std::string> inputs;
    po::options_description opts(
        commandCaption("parcalc consolidate [OPTIONS] FILE|DIR... -o OUT", "consolidate"));
    addHelpOption(opts);
    opts.add_options()("output,o", po::value(&output), optionHelp("option-output-result").c_str())(
        "format", po::value(&format), optionHelp("option-format-consolidate").c_str());
    addRulesetOption(opts, ruleset);
    opts.add_options()("exclude-invalid", po::bool_switch(&excludeInvalid),
                       optionHelp("option-exclude-invalid").c_str())(
        "allow-mixed-periods", po::bool_switch(&allowMixed),
        optionHelp("option-allow-mixed").c_str())("unit", po::value(&unit),
                                                  optionHelp("option-unit").c_str());
    addLangOption(opts, lang, "option-lang-consolidate");
    addProfileOption(opts, profile);
    addJobsOption(opts, jobsText);
    if (const auto stop = parseFileCommand(args, "consolidate", opts, inputs))
        return *stop;
    if (format.empty())
    {
        const std::size_t dot = output.find_last_of('.');
        format = dot == std::string::npos ? "ods" : output.substr(dot + 1);
        if (format != "xlsx" && format != "csv" && format != "json")
            format = "ods";
    }
    const bool formatOk =
        format == "ods" || format == "xlsx" || format == "csv" || format == "json";
    const std::optional<std::size_t> jobs = parseJobs(jobsText);
    const std::optional<Language> language = parseLang(lang);
    if (inputs.empty() || output.empty() || !formatOk || !jobs || !language)
        return usageError("consolidate",
                          inputs.empty()   ? cliText("no-file")
                          : output.empty() ? cliText("output-required")
                          : !jobs          ? jobsProblem(jobsText)
                          : !language      ? langProblem(lang)
                                           : cliText("unknown-format", {{"format", format}}),
                          opts);

    const std::unique_ptr<FileRun> run = FileRun::start(ruleset, inputs, profile, *jobs);
    if (!run)
        return kExitUsage;
    const RuleSet& rules = run->rules();
    const bool showProgress = run->showProgress();
    std::vector<UnitInput> units =
        client::readUnits(run->pool().offices(), run->files(), rules,
                          [&](std::size_t i, std::size_t n, const UnitInput& u)
                          {
                              if (showProgress)
                                  std::cerr << "[" << i << "/" << n << "] " << u.file << ": "
                                            << unitStatusName(u.status) << "\n";
                          });
    ConsolidationOptions options;
    options.excludeInvalid = excludeInvalid;
    options.allowMixedPeriods = allowMixed;
    UnitSelection selection = selectUnits(std::move(units), options);
    if (selection.refused)
    {
        std::cerr << "parcalc consolidate: " << selection.problem << "\n  " << selection.problemEn
                  << "\n";
        return kExitUsage;
    }
    printLeftOut(selection);
    const int code = exitCode(selection);
    const Consolidation consolidation = consolidate(std::move(selection), rules);

    bool written = true;
    if (format == "json")
        written = writeOutput(output, consolidationJsonText(consolidation, rules));
    else if (format == "csv")
        written = writeOutput(output, consolidationCsv(consolidation, rules, *language));
    else
        client::writeConsolidationWorkbook(run->pool().first(), consolidation, rules, unit,
                                           *language, format == "xlsx", output);
    if (!written)
    {
        std::cerr << "parcalc: " << cliText("cannot-write-result", {{"path", output}}) << "\n";
        return kExitUsage;
    }
    return code;
}

} // namespace parcalc::cli
