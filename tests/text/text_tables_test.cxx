// The one vi/en parity test over every text table: findings, the sidebar UI, the Function
// Wizard. Each entry has both languages filled, the same {name} placeholders in both, and
// a key used once in its table.
#include "core/consolidation/consolidation_texts.hxx"
#include "core/findings/finding_messages.hxx"
#include "core/text/language.hxx"
#include "sidebar/model/ui_strings.hxx"
#include "uno/functions/function_table.hxx"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace parcalc
{
namespace
{

std::vector<const TextTable*> everyTable()
{
    return {&findingTexts(), &sidebar::uiTexts(), &uno::functionWizardTexts(),
            &consolidationTexts()};
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

TEST(TextTables, TheCheckFindsAMismatch)
{
    // The comparison the first test relies on tells a missing or renamed placeholder.
    EXPECT_NE(placeholdersOf("{where}: ghi {actual}"), placeholdersOf("{where}: reports"));
    EXPECT_NE(placeholdersOf("{count} ô"), placeholdersOf("{n} cells"));
}

} // namespace
} // namespace parcalc
