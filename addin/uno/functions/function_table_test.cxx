// The function table: argument names translated (both languages filled: tests/text), names
// are unique, and lookups answer as the XAddIn getters expect.
#include "uno/functions/function_table.hxx"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace parcalc;
using namespace parcalc::uno;

namespace
{

// Both languages filled and the same placeholders: the parity test, tests/text.
TEST(FunctionTable, ArgumentNamesAreTranslated)
{
    for (const FunctionInfo& f : functionTable())
        for (const ParamInfo& p : f.params)
            EXPECT_NE(p.name.vi, p.name.en) << f.programmatic << ": argument name not translated";
}

TEST(FunctionTable, WizardTextsListEveryText)
{
    std::size_t texts = 0;
    for (const FunctionInfo& f : functionTable())
        texts += 1 + 2 * f.params.size();
    EXPECT_EQ(functionWizardTexts().entries.size(), texts);
    const TextEntry* e = functionWizardTexts().find("parScore.description");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->en, findFunction("parScore")->description.en);
}

TEST(FunctionTable, NamesAreUniqueAndUpperCase)
{
    std::set<std::string> programmatic, display;
    for (const FunctionInfo& f : functionTable())
    {
        EXPECT_TRUE(programmatic.insert(f.programmatic).second) << f.programmatic;
        EXPECT_TRUE(display.insert(f.displayName).second) << f.displayName;
        for (const char* c = f.displayName; *c; ++c)
            EXPECT_TRUE(std::isupper(static_cast<unsigned char>(*c))) << f.displayName;
    }
}

TEST(FunctionTable, PublishedInternalNamesNeverChange)
{
    // Documents store these names: renaming one breaks every saved sheet.
    for (const char* name : {"parScore", "onTimeRate", "parGrade", "parBand", "parProp",
                             "parDeduct", "parNumber", "parPoints", "parMax"})
        EXPECT_NE(findFunction(name), nullptr) << name;
}

TEST(FunctionTable, LookupByDisplayNameAndUnknownNames)
{
    const FunctionInfo* f = findFunctionByDisplayName("PARSCORE");
    ASSERT_NE(f, nullptr);
    EXPECT_STREQ(f->programmatic, "parScore");
    EXPECT_EQ(findFunction("noSuchFunction"), nullptr);
    EXPECT_EQ(findFunctionByDisplayName("SUM"), nullptr);
}

TEST(FunctionTable, OptionalArgumentsComeLast)
{
    for (const FunctionInfo& f : functionTable())
    {
        bool seenOptional = false;
        for (const ParamInfo& p : f.params)
        {
            EXPECT_FALSE(seenOptional && !p.optional) << f.programmatic;
            seenOptional = seenOptional || p.optional;
        }
    }
}

} // namespace
