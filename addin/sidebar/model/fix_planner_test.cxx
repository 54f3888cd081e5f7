// One-click fixes planned on seed 001 and on planted mistakes: each plan, applied
// to the grid, makes its finding go away and adds no error.
#include "sidebar/model/fix_planner.hxx"

#include "core/ruleset/ruleset_loader.hxx"
#include "core/testing/grid_tsv.hxx"
#include "core/validation/validator.hxx"

#include <gtest/gtest.h>

#include <algorithm>

namespace parcalc::sidebar
{
namespace
{

const std::string kSource = PARCALC_SOURCE_DIR;

class FixPlanner : public ::testing::Test
{
protected:
    void SetUp() override
    {
        RuleSetLoad load = loadRuleSetFile(kSource + "/rulesets/default-huyen.json");
        ASSERT_TRUE(load.ok()) << load.errors.front().describe();
        m_ruleSet = std::move(*load.ruleSet);
        auto grid = readTsvGridFile(kSource + "/tests/data/ngan-son-q1-2023.tsv");
        ASSERT_TRUE(grid.ok());
        m_grid = *grid;
    }

    const Finding* find(const ValidationResult& result, FindingCode code, const std::string& row)
    {
        for (const auto& f : result.findings)
            if (f.code == code && f.row == row)
                return &f;
        return nullptr;
    }

    // Writes a plan into a copy of the grid, as the UNO service writes it into the cell.
    CellGrid applied(const CellFix& fix) const
    {
        CellGrid grid = m_grid;
        const std::size_t r = fix.sheetRow - grid.originRow();
        const std::size_t c = fix.sheetCol - grid.originCol();
        if (fix.action == FixAction::WriteText)
            grid.set(r, c, Cell::makeText(fix.text));
        else
            grid.set(r, c, Cell::makeNumber(fix.number, fix.percent));
        return grid;
    }

    std::size_t errors(const ValidationResult& result) const
    {
        return result.count(Severity::Error);
    }

    RuleSet m_ruleSet;
    CellGrid m_grid;
};

TEST_F(FixPlanner, ZeroDenominatorWritesNotArising)
{
    const ValidationResult result = validate(m_grid, m_ruleSet);
    const Finding* f = find(result, FindingCode::ZeroDenominator, "1.3.4");
    ASSERT_NE(f, nullptr);
    const auto fix = planFix(*f, m_grid, m_ruleSet);
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->action, FixAction::WriteText);
    EXPECT_EQ(fix->text, "Không phát sinh");
    EXPECT_EQ(fix->cell, "D16");
    EXPECT_EQ(fix->sheetRow, 15u);
    EXPECT_EQ(fix->sheetCol, 3u);

    const ValidationResult after = validate(applied(*fix), m_ruleSet);
    EXPECT_EQ(find(after, FindingCode::ZeroDenominator, "1.3.4"), nullptr);
    EXPECT_EQ(errors(after), errors(result) - 1);
}

TEST_F(FixPlanner, NumberAsTextWritesTheNumber)
{
    const ValidationResult result = validate(m_grid, m_ruleSet);
    const Finding* f = find(result, FindingCode::NumberAsText, "4.5.4"); // '03
    ASSERT_NE(f, nullptr);
    auto fix = planFix(*f, m_grid, m_ruleSet);
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->action, FixAction::WriteNumber);
    EXPECT_EQ(fix->number, 3.0);
    EXPECT_FALSE(fix->percent);
    EXPECT_EQ(fix->display, "3");

    f = find(result, FindingCode::NumberAsText, "6.1.1"); // '136.284
    ASSERT_NE(f, nullptr);
    fix = planFix(*f, m_grid, m_ruleSet);
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->number, 136284.0);

    f = find(result, FindingCode::NumberAsText, "6.1"); // 2,30 on a % row: 2,3 %
    ASSERT_NE(f, nullptr);
    fix = planFix(*f, m_grid, m_ruleSet);
    ASSERT_TRUE(fix);
    EXPECT_TRUE(fix->percent);
    EXPECT_NEAR(fix->number, 0.023, 1e-12);
    EXPECT_EQ(fix->display, "2,3 %");
}

TEST_F(FixPlanner, EveryFixRemovesItsFindingAndAddsNoError)
{
    const ValidationResult result = validate(m_grid, m_ruleSet);
    std::size_t planned = 0;
    for (const auto& f : result.findings)
    {
        const auto fix = planFix(f, m_grid, m_ruleSet);
        EXPECT_EQ(fix.has_value(), isFixableCode(f.code))
            << f.row << " " << findingCodeName(f.code);
        if (!fix)
            continue;
        ++planned;
        const ValidationResult after = validate(applied(*fix), m_ruleSet);
        const bool still =
            std::any_of(after.findings.begin(), after.findings.end(),
                        [&](const Finding& g) { return g.code == f.code && g.cell == f.cell; });
        EXPECT_FALSE(still) << f.row << " " << findingCodeName(f.code);
        EXPECT_LE(errors(after), errors(result)) << f.row;
    }
    EXPECT_GE(planned, 8u); // 2 zero-denominator + 6 number-as-text in seed 001
}

TEST_F(FixPlanner, RatioMismatchWritesTheComputedRatio)
{
    // 1.2 = 1.2.2 / 1.2.1 = 14 / 56 = 25 %; plant 30 %.
    const ValidationResult clean = validate(m_grid, m_ruleSet);
    ASSERT_EQ(find(clean, FindingCode::RatioMismatch, "1.2"), nullptr);
    const std::string cell = readAppendix(m_grid, m_ruleSet).cells[*m_ruleSet.find("1.2")];
    EXPECT_EQ(cell, "D9");
    const auto pos = parseA1(cell);
    ASSERT_TRUE(pos);
    m_grid.set(pos->first - m_grid.originRow(), pos->second - m_grid.originCol(),
               Cell::makeNumber(0.30, true));
    const ValidationResult result = validate(m_grid, m_ruleSet);
    const Finding* f = find(result, FindingCode::RatioMismatch, "1.2");
    ASSERT_NE(f, nullptr) << "planted ratio mismatch not found";
    const auto fix = planFix(*f, m_grid, m_ruleSet);
    ASSERT_TRUE(fix);
    EXPECT_TRUE(fix->percent);
    EXPECT_NEAR(fix->number, 0.25, 1e-12);
    EXPECT_EQ(fix->decimals, 0);
    EXPECT_EQ(fix->display, "25 %");
    const ValidationResult after = validate(applied(*fix), m_ruleSet);
    EXPECT_EQ(find(after, FindingCode::RatioMismatch, "1.2"), nullptr);
}

TEST_F(FixPlanner, NothingElseIsFixed)
{
    const ValidationResult result = validate(m_grid, m_ruleSet);
    for (FindingCode code :
         {FindingCode::NotANumber, FindingCode::SumMismatch, FindingCode::EmptyValue})
    {
        for (const auto& f : result.findings)
        {
            if (f.code == code)
            {
                EXPECT_FALSE(planFix(f, m_grid, m_ruleSet)) << f.row;
            }
        }
    }
}

TEST_F(FixPlanner, StaleFindingHasNoFix)
{
    const ValidationResult result = validate(m_grid, m_ruleSet);
    Finding f = *find(result, FindingCode::NumberAsText, "4.5.4");
    f.cell = "D74"; // not where 4.5.4's value is any more
    EXPECT_FALSE(planFix(f, m_grid, m_ruleSet));
}

TEST(ParseA1, Addresses)
{
    EXPECT_EQ(parseA1("A1"), std::make_pair(std::size_t(0), std::size_t(0)));
    EXPECT_EQ(parseA1("D16"), std::make_pair(std::size_t(15), std::size_t(3)));
    EXPECT_EQ(parseA1("$AA$10"), std::make_pair(std::size_t(9), std::size_t(26)));
    EXPECT_EQ(parseA1("d16"), std::make_pair(std::size_t(15), std::size_t(3)));
    EXPECT_FALSE(parseA1(""));
    EXPECT_FALSE(parseA1("16"));
    EXPECT_FALSE(parseA1("D"));
    EXPECT_FALSE(parseA1("D0"));
    EXPECT_FALSE(parseA1("D16:E17"));
}

} // namespace
} // namespace parcalc::sidebar
