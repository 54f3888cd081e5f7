// parcalc: ParCalc's command-line tool for reviewers (batch validation) and
// for developers (installing the extension into a throwaway profile).
#include "cli/cli_texts.hxx"
#include "cli/commands.hxx"
#include "client/office_session.hxx"
#include "uno/base/ustrings.hxx"

#include <exception>
#include <iostream>

namespace
{

// `parcalc --help`: each command's synopsis (its syntax, no language) and what it does.
std::string usage()
{
    struct Command
    {
        const char* synopsis;
        const char* key; // in cli_texts
    };
    static const Command kCommands[] = {
        {"validate [--ruleset FILE|ID] [--previous FILE] [--format text|json|csv|html|ods]\n"
         "           [--output PATH] [--lang vi|en] [--jobs N] FILE|DIR...",
         "usage-validate"},
        {"score [--ruleset FILE|ID] [--format text|json|html] [--output PATH]\n"
         "        [--manual NAME=VALUE] [--lang vi|en] FILE|DIR...",
         "usage-score"},
        {"consolidate [--ruleset FILE|ID] [--format ods|xlsx|csv|json] [--exclude-invalid]\n"
         "              [--allow-mixed-periods] [--unit NAME] [--lang vi|en] [--jobs N]\n"
         "              -o OUT FILE|DIR...",
         "usage-consolidate"},
        {"ruleset build BOOK -o FILE.json | export ID|FILE.json -o BOOK.ods|.xlsx |\n"
         "          check FILE.json|BOOK",
         "usage-ruleset"},
        {"extension add|remove|list [--profile DIR] [OXT]", "usage-extension"},
    };
    const parcalc::TextTable& texts = parcalc::cli::cliTexts();
    std::string out = parcalc::cli::cliText("usage-title") + ": parcalc COMMAND [OPTIONS]\n\n";
    for (const Command& command : kCommands)
        out += std::string("  ") + command.synopsis + "\n      " +
               texts.text(parcalc::Language::Vi, command.key) + " /\n      " +
               texts.text(parcalc::Language::En, command.key) + "\n";
    return out + "\n  parcalc COMMAND --help  " + parcalc::cli::cliText("usage-details") + "\n";
}

} // namespace

int main(int argc, char** argv)
{
    parcalc::client::stopOfficesOnSignals();
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h")
    {
        std::cout << usage();
        return argc < 2 ? parcalc::cli::kExitUsage : parcalc::cli::kExitOk;
    }
    const std::string command = argv[1];
    const parcalc::cli::Args args(argv + 2, argv + argc);
    try
    {
        if (command == "validate")
            return parcalc::cli::runValidate(args);
        if (command == "score")
            return parcalc::cli::runScore(args);
        if (command == "consolidate")
            return parcalc::cli::runConsolidate(args);
        if (command == "ruleset")
            return parcalc::cli::runRuleset(args);
        if (command == "extension")
            return parcalc::cli::runExtension(args);
        std::cerr << "parcalc: " << parcalc::cli::cliText("unknown-command", {{"command", command}})
                  << "\n\n"
                  << usage();
        return parcalc::cli::kExitUsage;
    }
    catch (const std::exception& e)
    {
        std::cerr << "parcalc: " << e.what() << "\n";
        return parcalc::cli::kExitUnreadable;
    }
    catch (const css::uno::Exception& e) // LibreOffice failed in a way no command expected
    {
        std::cerr << "parcalc: LibreOffice: " << parcalc::uno::toUtf8(e.Message) << "\n";
        return parcalc::cli::kExitUnreadable;
    }
}
