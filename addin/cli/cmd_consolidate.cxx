// parcalc consolidate: one table for a district or province from its units' appendices.
#include "cli/cli_support.hxx"
#include "cli/command_line.hxx"
#include "client/batch_validation.hxx"
#include "client/consolidation_files.hxx"
#include "core/consolidation/consolidation_json.hxx"
#include "core/consolidation/consolidation_sheets.hxx"
#include "core/ruleset/ruleset_cache.hxx"

#include <iostream>
#include <unistd.h>

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
            std::cerr << "parcalc consolidate: bỏ qua / left out " << unit.input.file << ": "
                      << unit.reason() << " / " << unit.reasonEn() << "\n";
}

} // namespace

int runConsolidate(const Args& args)
{
    std::string ruleset, format, output, profile, unit;
    bool excludeInvalid = false, allowMixed = false;
    std::vector<std::string> inputs;
    po::options_description opts(
        "parcalc consolidate [OPTIONS] FILE|DIR... -o OUT\n"
        "Tổng hợp biểu thống kê số liệu của nhiều đơn vị thành một biểu.\n"
        "Consolidates the appendices of many units into one table: counts and money summed,\n"
        "ratios recomputed from the summed parts, blank rows named as missing.\n\n"
        "Mã thoát / exit code: 0 ok, 1 a file used has errors, 2 usage, rule-set error or\n"
        "mixed periods, 3 some file unreadable\n\nOptions");
    opts.add_options()("help,h", "this help")(
        "output,o", po::value(&output), "write the result here (required)")(
        "format", po::value(&format),
        "ods | xlsx | csv | json (default: from the extension of --output, else ods)")(
        "ruleset", po::value(&ruleset), "rule-set file or bundled id (default: default-huyen)")(
        "exclude-invalid", po::bool_switch(&excludeInvalid),
        "leave out files with errors (default: use them and flag them)")(
        "allow-mixed-periods", po::bool_switch(&allowMixed),
        "consolidate files of different periods (default: refuse)")(
        "unit", po::value(&unit),
        "the consolidating unit, for the title (\"UBND huyện Ngân Sơn\")")(
        "profile", po::value(&profile),
        "LibreOffice profile to use (default: a temporary one, removed afterwards)");
    if (const auto stop = parseFileCommand(args, "consolidate", opts, inputs))
        return *stop;
    if (format.empty())
    {
        const std::size_t dot = output.find_last_of('.');
        format = dot == std::string::npos ? "ods" : output.substr(dot + 1);
        if (format != "xlsx" && format != "csv" && format != "json")
            format = "ods";
    }
    const bool formatOk = format == "ods" || format == "xlsx" || format == "csv" || format == "json";
    if (inputs.empty() || output.empty() || !formatOk)
        return usageError("consolidate",
                          inputs.empty()   ? "chưa chỉ định tệp / no file given"
                          : output.empty() ? "thiếu --output / --output is required"
                                           : "định dạng không hợp lệ / unknown --format " + format,
                          opts);

    CachedRuleSet load;
    const RuleSet* ruleSetFound = loadRuleSetOrSay(ruleset, load);
    if (!ruleSetFound)
        return kExitUsage;
    const RuleSet& rules = *ruleSetFound;
    const std::vector<std::string> files = client::collectFiles(inputs);

    std::optional<TempProfile> temp;
    client::OfficeSession office({profileOrTemporary(profile, temp)});

    const bool showProgress = ::isatty(STDERR_FILENO) || files.size() >= 10;
    std::vector<UnitInput> units = client::readUnits(
        office, files, rules,
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
        written = writeOutput(output, consolidationCsv(consolidation, rules));
    else
        client::writeConsolidationWorkbook(office, consolidation, rules, unit, format == "xlsx",
                                           output);
    if (!written)
    {
        std::cerr << "parcalc: không ghi được kết quả / cannot write the result to " << output
                  << "\n";
        return kExitUsage;
    }
    return code;
}

} // namespace parcalc::cli
