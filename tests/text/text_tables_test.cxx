// The one vi/en parity test over every text table: findings, rule-set messages, report
// words, scoring explanations, the sidebar UI, the Function Wizard, consolidation, the
// `parcalc` tool, why a file is unreadable, the rule-set workbook, the ParCalc menu. Each entry
// has both languages filled, the same {name} placeholders in both, and a key used once in its
// table.
#include "cli/cli_texts.hxx"
#include "core/consolidation/consolidation_texts.hxx"
#include "core/findings/finding_messages.hxx"
#include "core/reports/batch_sheet_texts.hxx"
#include "core/reports/report_texts.hxx"
#include "core/ruleset/ruleset_messages.hxx"
#include "core/ruleset_book/book_messages.hxx"
#include "core/scoring_kinds/scoring_texts.hxx"
#include "core/submission/unreadable_texts.hxx"
#include "core/text/language.hxx"
#include "desk/model/desk_texts.hxx"
#include "sidebar/model/ui_strings.hxx"
#include "uno/functions/function_table.hxx"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

namespace parcalc
{
namespace
{

std::vector<const TextTable*> everyTable()
{
    return {&findingTexts(),       &ruleSetTexts(),     &reportTexts(),
            &scoringTexts(),       &sidebar::uiTexts(), &uno::functionWizardTexts(),
            &consolidationTexts(), &book::bookTexts(),  &desk::deskTexts(),
            &cli::cliTexts(),      &unreadableTexts(),  &batchSheetTexts()};
}

TEST(TextTables, BothLanguagesFilledWithTheSamePlaceholders)
{
    for (const TextTable* table : everyTable())
    {
        EXPECT_FALSE(table->entries.empty()) << table->area;
        for (const TextEntry& e : table->entries)
        {
            SCOPED_TRACE(std::string(table->area) + ": " + std::string(e.key));
            EXPECT_FALSE(e.vi.empty());
            EXPECT_FALSE(e.en.empty());
            EXPECT_EQ(placeholdersOf(e.vi), placeholdersOf(e.en));
        }
    }
}

TEST(TextTables, KeysAreUniqueInTheirTable)
{
    for (const TextTable* table : everyTable())
    {
        std::set<std::string_view> keys;
        for (const TextEntry& e : table->entries)
            EXPECT_TRUE(keys.insert(e.key).second) << table->area << ": " << e.key;
    }
}

TEST(TextTables, PlaceholdersUseTheOneNamedSyntax)
{
    // {0}-style placeholders are gone: a digit-only name is one left behind.
    for (const TextTable* table : everyTable())
        for (const TextEntry& e : table->entries)
            for (const std::string& name : placeholdersOf(e.vi))
                EXPECT_FALSE(std::all_of(name.begin(), name.end(), ::isdigit))
                    << table->area << ": " << e.key;
}

// The text of a source file, by its path under the source root.
std::string sourceText(const std::string& name)
{
    std::ifstream in(std::filesystem::path(PARCALC_SOURCE_DIR) / name);
    EXPECT_TRUE(in) << name;
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

// The production sources (.cxx, not a test) of `folder`, as paths under the source root.
std::vector<std::string> sourcesIn(const std::string& folder)
{
    std::vector<std::string> files;
    for (const auto& file :
         std::filesystem::directory_iterator(std::filesystem::path(PARCALC_SOURCE_DIR) / folder))
    {
        const std::string name = file.path().filename().string();
        if (file.path().extension() == ".cxx" && name.find("_test") == std::string::npos)
            files.push_back(folder + "/" + name);
    }
    return files;
}

// Every key the rule-set readers report exists in their table: the statements that report
// (error(…), fail(…), ruleSetError(…), bookText(…)) are read from the sources of each folder.
// Returns every key reported, once per statement that reports it.
std::vector<std::string> checkReportedKeys(const char* dir, const std::regex& reporting,
                                           const TextTable& table)
{
    const std::regex key(R"re("([a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*)")re");
    std::vector<std::string> found;
    for (const std::string& name : sourcesIn(std::string("addin/core/") + dir))
    {
        const std::string text = sourceText(name);
        std::size_t start = 0;
        for (std::size_t end = text.find(';'); end != std::string::npos;
             start = end + 1, end = text.find(';', start))
        {
            const std::string statement = text.substr(start, end - start);
            if (!std::regex_search(statement, reporting))
                continue;
            for (std::sregex_iterator it(statement.begin(), statement.end(), key), last; it != last;
                 ++it)
            {
                found.push_back((*it)[1].str());
                EXPECT_NE(table.find(found.back()), nullptr) << name << ": " << found.back();
            }
        }
    }
    return found;
}

TEST(TextTables, EveryRuleSetMessageKeyExists)
{
    const std::regex reporting(R"((?:\berror|\bfail|ruleSetError)\()");
    std::size_t found = 0;
    for (const char* dir : {"ruleset", "checks", "scoring_kinds"})
        found += checkReportedKeys(dir, reporting, ruleSetTexts()).size();
    EXPECT_GT(found, 60u); // the scan sees the reporting statements
}

TEST(TextTables, EveryRuleSetBookMessageKeyExists)
{
    const std::vector<std::string> found =
        checkReportedKeys("ruleset_book", std::regex(R"(\bbookText\()"), book::bookTexts());
    const std::set<std::string> reported(found.begin(), found.end());
    for (const TextEntry& e : book::bookTexts().entries) // and no entry is left unused
        EXPECT_EQ(reported.count(std::string(e.key)), 1u) << e.key;
}

// The keys `pattern` (its group 1) finds in the sources `files` (under the source root).
std::vector<std::string> keysUsedIn(const std::vector<std::string>& files,
                                    const std::regex& pattern)
{
    std::vector<std::string> keys;
    for (const std::string& name : files)
    {
        const std::string text = sourceText(name);
        for (std::sregex_iterator it(text.begin(), text.end(), pattern), last; it != last; ++it)
            keys.push_back((*it)[1].str());
    }
    return keys;
}

// The tool's sources that look texts up (not the table itself).
std::vector<std::string> cliSources()
{
    std::vector<std::string> files = sourcesIn("addin/cli");
    files.erase(std::remove(files.begin(), files.end(), "addin/cli/cli_texts.cxx"), files.end());
    return files;
}

// Every key the tool, the consolidation sheets and the client's reading use exists in
// their table: the calls that look texts up are read from the sources.
TEST(TextTables, EveryCliConsolidationAndUnreadableKeyExists)
{
    // cliText("k"), optionHelp("k"), local("k", ...), the help key of add*Option(…, "k").
    const std::vector<std::string> cli = keysUsedIn(
        cliSources(),
        std::regex(
            R"re((?:cliText|optionHelp|local|Option\(opts, \w+)\(?,?\s*"([a-z]+(?:-[a-z]+)*)")re"));
    EXPECT_GT(cli.size(), 40u);
    for (const std::string& key : cli)
        EXPECT_NE(cli::cliTexts().find(key), nullptr) << "cli: " << key;
    // commandCaption(SYNOPSIS, "command"): COMMAND-about and COMMAND-exit.
    for (const std::string& command :
         keysUsedIn(cliSources(), std::regex(R"re("\s*,\s*"([a-z]+)"\)\);)re")))
        for (const char* part : {"-about", "-exit"})
            EXPECT_NE(cli::cliTexts().find(command + part), nullptr) << "cli: " << command << part;
    // main.cxx's commands: "usage-*".
    for (const std::string& key :
         keysUsedIn({"addin/cli/main.cxx"}, std::regex(R"re("(usage-[a-z]+)")re")))
        EXPECT_NE(cli::cliTexts().find(key), nullptr) << "cli: " << key;

    const std::vector<std::string> sheets = keysUsedIn(
        {"addin/core/consolidation/consolidation_sheets.cxx"},
        std::regex(R"re("((?:sheet|col|note|status|summary|not)(?:-[a-z]+)+|yes|no)")re"));
    EXPECT_GT(sheets.size(), 25u);
    for (const std::string& key : sheets)
        EXPECT_NE(consolidationTexts().find(key), nullptr) << "consolidation: " << key;

    const std::vector<std::string> reasons =
        keysUsedIn({"addin/uno/load/workbook_read.cxx"},
                   std::regex(R"re(reasonOf\("([a-z]+(?:-[a-z]+)*)")re"));
    EXPECT_GT(reasons.size(), 12u);
    for (const std::string& key : reasons)
        EXPECT_NE(unreadableTexts().find(key), nullptr) << "unreadable: " << key;
}

TEST(TextTables, TheCheckFindsAMismatch)
{
    // The comparison the first test relies on tells a missing or renamed placeholder.
    EXPECT_NE(placeholdersOf("{where}: ghi {actual}"), placeholdersOf("{where}: reports"));
    EXPECT_NE(placeholdersOf("{count} ô"), placeholdersOf("{n} cells"));
}

} // namespace
} // namespace parcalc
