// Seed 001 (Ngân Sơn, quý I/2023), as submitted: the validator must report exactly
// its real problems at error/warning level, and nothing false.
#include "core/ruleset/ruleset_loader.hxx"
#include "core/testing/grid_tsv.hxx"
#include "core/validation/validator.hxx"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

namespace parcalc
{
namespace
{

const std::string kSource = PARCALC_SOURCE_DIR;

class SeedOne : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        RuleSetLoad load = loadRuleSetFile(kSource + "/rulesets/default-huyen.json");
        ASSERT_TRUE(load.ok()) << load.errors.front().describe();
        s_ruleSet = new RuleSet(std::move(*load.ruleSet));
        auto grid = readTsvGridFile(kSource + "/tests/data/ngan-son-q1-2023.tsv");
        ASSERT_TRUE(grid.ok());
        s_grid = new CellGrid(*grid);
        s_result = new ValidationResult(validate(*s_grid, *s_ruleSet));
    }
    static void TearDownTestSuite()
    {
        delete s_result;
        delete s_grid;
        delete s_ruleSet;
    }

    static RuleSet* s_ruleSet;
    static CellGrid* s_grid;
    static ValidationResult* s_result;
};

RuleSet* SeedOne::s_ruleSet = nullptr;
CellGrid* SeedOne::s_grid = nullptr;
ValidationResult* SeedOne::s_result = nullptr;

using Key = std::tuple<std::string, std::string, std::string>; // severity, code, row

TEST_F(SeedOne, FindsTheTableAndEveryRow)
{
    const ValidationResult& r = *s_result;
    EXPECT_TRUE(r.tableFound);
    EXPECT_EQ(r.sheet, "Phụ lục");
    EXPECT_EQ(r.range, "A5:E140");
    EXPECT_EQ(r.rowsExpected, 121u);
    EXPECT_EQ(r.rowsFound, 121u);
    EXPECT_EQ(r.unit, "UBND huyện Ngân Sơn");
}

TEST_F(SeedOne, ReportsExactlyItsRealProblems)
{
    std::set<Key> expected{
        {"error", "zero-denominator", "1.3.4"},
        {"error", "zero-denominator", "3.4"},
        {"warning", "sum-mismatch", "6.2"},
        // Issue 12: no row goes unreported silently. 3.1.1 holds "Chưa có đánh giá kết quả"
        // (not known yet), 1.5.1 is blank with "Chưa thực hiện" in Ghi chú.
        {"warning", "not-reported", "3.1.1"},
        {"warning", "not-reported", "1.5.1"},
    };
    // Rows left blank. Not 1.5.2 (only required when 1.5.1 > 0).
    for (const char* row :
         {"1.4.1",   "1.4.2",   "1.4.3",   "1.4.4",   "2.2.1",  "2.2.1.a", "2.2.1.b", "3.1.4",
          "3.2.1",   "3.2.2",   "4.4",     "5.3.3",   "7.2.1",  "7.2.1.a", "7.2.1.b", "7.2.1.c",
          "7.2.2",   "7.2.2.a", "7.2.2.b", "7.2.2.c", "7.2.3",  "7.2.3.a", "7.2.3.b", "7.2.4",
          "7.2.4.a", "7.2.4.b", "7.2.5",   "7.2.5.a", "7.2.5.b"})
        expected.insert({"warning", "empty-value", row});

    std::set<Key> actual;
    for (const Finding& f : s_result->findings)
        if (f.severity != Severity::Info)
            actual.insert({std::string(severityName(f.severity)),
                           std::string(findingCodeName(f.code)), f.row});
    EXPECT_EQ(actual, expected);
    EXPECT_EQ(s_result->count(Severity::Error), 2u);
    EXPECT_FALSE(s_result->valid());
}

TEST_F(SeedOne, TheFindingsSayWhereAndWhat)
{
    const Finding* sum = nullptr;
    const Finding* zero = nullptr;
    for (const Finding& f : s_result->findings)
    {
        if (f.code == FindingCode::SumMismatch)
            sum = &f;
        if (f.code == FindingCode::ZeroDenominator && f.row == "1.3.4")
            zero = &f;
    }
    ASSERT_TRUE(sum && zero);
    EXPECT_EQ(sum->cell, "D105");
    EXPECT_EQ(sum->actual, "34");
    EXPECT_EQ(sum->expected, "33");
    EXPECT_EQ(sum->sheet, "Phụ lục");
    EXPECT_NE(sum->message.find("4.3"), std::string::npos) << sum->message;
    EXPECT_NE(sum->messageEn.find("4.3"), std::string::npos) << sum->messageEn;
    EXPECT_EQ(zero->cell, "D16");
    EXPECT_EQ(zero->actual, "0 %");
    EXPECT_NE(zero->message.find("Dòng 1.3.4 (ô D16)"), std::string::npos) << zero->message;
}

TEST_F(SeedOne, ConsistentRowsRaiseNothing)
{
    // 1.2 = 14/56 = 25 %; 2.3.2 = 3/3; 3.3.1 = 199/199; 3.3.2 = 993/993; 6.1 = 3.135/136.284
    // = 2,30 % ("2,30" as text); 1.6 holds 0 (Không).
    for (const Finding& f : s_result->findings)
    {
        for (const char* row : {"1.2", "1.6", "2.3.2", "3.3.1", "3.3.2", "6.1", "6.1.1", "6.1.2"})
            EXPECT_FALSE(f.row == row && f.severity != Severity::Info)
                << f.row << " " << findingCodeName(f.code) << ": " << f.messageEn;
    }
}

TEST_F(SeedOne, NumbersStoredAsTextAreOnlyHints)
{
    std::set<std::string> rows;
    for (const Finding& f : s_result->findings)
        if (f.code == FindingCode::NumberAsText)
        {
            EXPECT_EQ(f.severity, Severity::Info);
            rows.insert(f.row);
        }
    EXPECT_EQ(rows,
              (std::set<std::string>{"2.3.2.a", "2.3.2.b", "4.5.4", "6.1", "6.1.1", "6.1.2"}));
}

TEST_F(SeedOne, JoinsWrappedLabelsAndReadsOddRows)
{
    const AppendixData data = readAppendix(*s_grid, *s_ruleSet);
    const auto label = [&](const char* id)
    { return data.table.rows[*data.match.sheetRowOf[*s_ruleSet->find(id)]].label; };
    EXPECT_EQ(label("3.3.2"), "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn");
    EXPECT_EQ(label("5.1.2"), "Số viên chức sự nghiệp đúng vị trí việc làm đã được phê duyệt");
    EXPECT_EQ(label("6.2.3.c"), "Số ĐVSN tự bảo đảm từ 10% - dưới 30% chi thường xuyên");
    EXPECT_EQ(data.value(*s_ruleSet, "4.6.0")->number, 693);
    EXPECT_EQ(data.value(*s_ruleSet, "6.1.1")->number, 136284);
    EXPECT_DOUBLE_EQ(data.value(*s_ruleSet, "6.1")->number, 2.3);
    EXPECT_EQ(data.value(*s_ruleSet, "1.2")->number, 25);
    EXPECT_EQ(data.value(*s_ruleSet, "3.1.4.a")->number, 265);
    EXPECT_EQ(data.value(*s_ruleSet, "1.5.1")->state, ValueState::NoData);
    EXPECT_EQ(data.cells[*s_ruleSet->find("7.2.5.b")], "D140");
}

} // namespace
} // namespace parcalc
