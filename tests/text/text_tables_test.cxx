// The one vi/en parity test over every text table: findings, rule-set messages, report
// words, scoring explanations, the sidebar UI, the Function Wizard. Each entry has both languages
// filled, the same {name} placeholders in both, and a key used once in its table.
#include "core/consolidation/consolidation_texts.hxx"
#include "core/findings/finding_messages.hxx"
#include "core/reports/batch_sheet_texts.hxx"
#include "core/reports/report_texts.hxx"
#include "core/ruleset/ruleset_messages.hxx"
#include "core/scoring_kinds/scoring_texts.hxx"
#include "core/text/language.hxx"
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
            &consolidationTexts(), &batchSheetTexts()};
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

// Every key the rule-set readers report exists in their table: the statements that report
// (error(…), fail(…), ruleSetError(…)) are read from the sources.
TEST(TextTables, EveryRuleSetMessageKeyExists)
{
    const std::regex reporting(R"((?:\berror|\bfail|ruleSetError)\()");
    const std::regex key(R"re("([a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*)")re");
    std::size_t found = 0;
    for (const char* dir : {"ruleset", "checks", "scoring_kinds"})
        for (const auto& file : std::filesystem::directory_iterator(
                 std::filesystem::path(PARCALC_SOURCE_DIR) / "addin/core" / dir))
        {
            const std::string name = file.path().filename().string();
            if (file.path().extension() != ".cxx" || name.find("_test") != std::string::npos)
                continue;
            std::ifstream in(file.path());
            const std::string text((std::istreambuf_iterator<char>(in)), {});
            std::size_t start = 0;
            for (std::size_t end = text.find(';'); end != std::string::npos;
                 start = end + 1, end = text.find(';', start))
            {
                const std::string statement = text.substr(start, end - start);
                if (!std::regex_search(statement, reporting))
                    continue;
                for (std::sregex_iterator it(statement.begin(), statement.end(), key), last;
                     it != last; ++it, ++found)
                    EXPECT_NE(ruleSetTexts().find((*it)[1].str()), nullptr)
                        << name << ": " << (*it)[1].str();
            }
        }
    EXPECT_GT(found, 60u); // the scan sees the reporting statements
}

TEST(TextTables, TheCheckFindsAMismatch)
{
    // The comparison the first test relies on tells a missing or renamed placeholder.
    EXPECT_NE(placeholdersOf("{where}: ghi {actual}"), placeholdersOf("{where}: reports"));
    EXPECT_NE(placeholdersOf("{count} ô"), placeholdersOf("{n} cells"));
}

} // namespace
} // namespace parcalc
