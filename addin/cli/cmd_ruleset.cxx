// parcalc ruleset build|export|check: rule sets a province officer writes in Calc. build
// reads the authoring workbook into rule-set JSON (through the loader every JSON file
// goes through), export writes a rule set as that workbook (.ods, .xlsx), check says
// whether a JSON file or a workbook is a valid rule set.
#include "cli/cli_support.hxx"
#include "cli/cli_texts.hxx"
#include "cli/command_line.hxx"
#include "client/ruleset_workbook.hxx"
#include "core/ruleset/ruleset_catalog.hxx"

#include <filesystem>
#include <iostream>
#include <optional>

namespace parcalc::cli
{
namespace
{

bool isJsonPath(const std::string& path)
{
    return std::filesystem::path(path).extension() == ".json";
}

void printProblems(const std::vector<book::BookProblem>& problems)
{
    for (const book::BookProblem& p : problems)
        std::cerr << p.describeVi() << "\n  " << p.describe() << "\n";
}

void printSummary(const RuleSet& rs, const std::string& what)
{
    const std::size_t criteria = rs.scoring ? rs.scoring->nodes.size() : 0;
    std::cerr << what << ": " << rs.id << " " << rs.version << " — "
              << cliText("ruleset-summary", {{"rows", std::to_string(rs.rows.size())},
                                             {"checks", std::to_string(rs.checks.size())},
                                             {"criteria", std::to_string(criteria)}})
              << "\n";
}

struct Office
{
    std::optional<TempProfile> temp;
    std::optional<client::OfficeSession> session;

    explicit Office(std::string profile)
    {
        if (profile.empty())
            profile = temp.emplace().path;
        session.emplace(client::OfficeOptions{profile});
    }
};

int build(const std::string& book, const std::string& output, const std::string& profile)
{
    Office office(profile);
    const book::BookLoad load = client::readRuleSetWorkbook(*office.session, book);
    if (!load.ok())
    {
        printProblems(load.problems);
        return kExitUsage;
    }
    if (!writeOutput(output, book::ruleSetJsonText(load.json)))
    {
        std::cerr << "parcalc ruleset build: " << cliText("cannot-write", {{"path", output}})
                  << "\n";
        return kExitUnreadable;
    }
    printSummary(*load.ruleSet, output.empty() || output == "-" ? book : output);
    return kExitOk;
}

int exportBook(const std::string& source, const std::string& output, const std::string& profile)
{
    const RuleSetLoad load = resolveRuleSet(source);
    if (!load.ok())
    {
        printRuleSetErrors(load.errors);
        return kExitUsage;
    }
    Office office(profile);
    client::writeRuleSetWorkbook(*office.session, *load.ruleSet, output);
    printSummary(*load.ruleSet, output);
    return kExitOk;
}

int check(const std::string& source, const std::string& profile)
{
    if (isJsonPath(source) || !std::filesystem::exists(source))
    {
        const RuleSetLoad load = resolveRuleSet(source);
        if (!load.ok())
        {
            printRuleSetErrors(load.errors);
            return kExitUsage;
        }
        printSummary(*load.ruleSet, source);
        return kExitOk;
    }
    Office office(profile);
    const book::BookLoad load = client::readRuleSetWorkbook(*office.session, source);
    if (!load.ok())
    {
        printProblems(load.problems);
        return kExitUsage;
    }
    printSummary(*load.ruleSet, source);
    return kExitOk;
}

} // namespace

int runRuleset(const Args& args)
{
    std::string output, profile;
    std::vector<std::string> inputs;
    po::options_description opts(commandCaption("parcalc ruleset build BOOK -o FILE.json\n"
                                                "parcalc ruleset export ID|FILE.json -o "
                                                "BOOK.ods|.xlsx\n"
                                                "parcalc ruleset check FILE.json|ID|BOOK",
                                                "ruleset"));
    addHelpOption(opts);
    opts.add_options()("output,o", po::value(&output), optionHelp("option-output-ruleset").c_str());
    addProfileOption(opts, profile);
    if (const auto stop = parseFileCommand(args, "ruleset", opts, inputs))
        return *stop;
    const std::string action = inputs.empty() ? "" : inputs[0];
    if (inputs.size() != 2 || (action != "build" && action != "export" && action != "check"))
        return usageError("ruleset", cliText("ruleset-action"), opts);
    if (action == "build")
        return build(inputs[1], output, profile);
    if (action == "check")
        return check(inputs[1], profile);
    if (!client::workbookFilterFor(output))
        return usageError("ruleset", cliText("export-needs-book"), opts);
    return exportBook(inputs[1], output, profile);
}

} // namespace parcalc::cli
