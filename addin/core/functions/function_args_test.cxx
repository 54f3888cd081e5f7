// Tests for function_args: the argument rules of PARPOINTS (the last text names the rule
// set), PARPROP (a cap of 0 is no cap) and PARGRADE (a scheme of 0 or blank is the default).
#include "core/functions/function_args.hxx"

#include <gtest/gtest.h>

namespace parcalc
{
namespace
{

TEST(FunctionArgs, LastTextNamesTheRuleSet)
{
    const CellInput name = CellInput::fromText("example-huyen-diem");
    EXPECT_TRUE(lastArgumentNamesRuleSet(name, false, 2));
    EXPECT_TRUE(lastArgumentNamesRuleSet(CellInput::fromText("/tmp/rules.json"), false, 3));
    // The only value is a value, however it reads.
    EXPECT_FALSE(lastArgumentNamesRuleSet(name, false, 1));
    // A range is values, even a one-cell range holding a name.
    EXPECT_FALSE(lastArgumentNamesRuleSet(name, true, 2));
    // Texts that are values: numbers written as text, no-data markers, blanks.
    EXPECT_FALSE(lastArgumentNamesRuleSet(CellInput::fromText("12,5"), false, 2));
    EXPECT_FALSE(lastArgumentNamesRuleSet(CellInput::fromText("-"), false, 2));
    EXPECT_FALSE(lastArgumentNamesRuleSet(CellInput::fromText("N/A"), false, 2));
    EXPECT_FALSE(lastArgumentNamesRuleSet(CellInput::fromText("  "), false, 2));
    EXPECT_FALSE(lastArgumentNamesRuleSet(CellInput::fromNumber(3), false, 2));
    EXPECT_FALSE(lastArgumentNamesRuleSet(CellInput::empty(), false, 2));
}

TEST(FunctionArgs, PropCapOfZeroIsNoCap)
{
    EXPECT_EQ(propCap(std::nullopt), std::nullopt);
    EXPECT_EQ(propCap(0.0), std::nullopt);
    EXPECT_EQ(propCap(1.5), std::optional<double>(1.5));
    EXPECT_EQ(propCap(-1.0), std::optional<double>(-1.0)); // parProp says what is wrong with it
}

TEST(FunctionArgs, GradeSchemeArgument)
{
    const GradeScheme* def = &defaultGradeScheme();
    EXPECT_EQ(*gradeSchemeArgument(CellInput::empty(), true), def);
    EXPECT_EQ(*gradeSchemeArgument(CellInput::fromNumber(0), true), def); // a blank cell
    EXPECT_EQ(*gradeSchemeArgument(CellInput::fromText("mặc định"), true), def);
    const auto caoBang = gradeSchemeArgument(CellInput::fromText("Cao Bằng 2021"), true);
    ASSERT_TRUE(caoBang);
    EXPECT_NE(*caoBang, def);
    EXPECT_EQ(*gradeSchemeArgument(CellInput::fromText("Cao Bằng 2021"), false), *caoBang);

    const auto unknown = gradeSchemeArgument(CellInput::fromText("no such scheme"), true);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotAvailable);
    for (const auto& [cell, scalar] :
         {std::pair{CellInput::fromNumber(2), true}, std::pair{CellInput::fromNumber(0), false},
          std::pair{CellInput::empty(), false}})
    {
        const auto bad = gradeSchemeArgument(cell, scalar);
        ASSERT_FALSE(bad);
        EXPECT_EQ(bad.error().kind, ErrorKind::InvalidArgument);
    }
}

} // namespace
} // namespace parcalc
