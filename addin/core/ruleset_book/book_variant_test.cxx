// A province variant made in the workbook — a renamed row, an added row with its own
// check, a changed maximum, a different grade scale — validates and scores a sample
// appendix as worked out by hand.
#include "core/ruleset/scoring_loader.hxx"
#include "core/ruleset_book/book_reader.hxx"
#include "core/ruleset_book/book_test_support.hxx"
#include "core/scoring/scoring_engine.hxx"
#include "core/testing/appendix_fixture.hxx"
#include "core/validation/validator.hxx"

#include <gtest/gtest.h>

namespace parcalc::book
{
namespace
{

using Lines = std::vector<std::vector<std::string>>;
using book::testing::sheetOf;

struct Workbook
{
    Lines info{{"Mục", "Giá trị / mã", "Tiếng Việt", "Tiếng Anh"},
               {"Mã bộ quy tắc", "goc"},
               {"Phiên bản", "2024"},
               {"Cấp", "huyện"},
               {"Tên bộ quy tắc", "", "Bộ gốc", "Base set"},
               {"Xếp loại", "#80", "Tốt", "Good"},
               {"Xếp loại", "#0", "Chưa tốt", "Not good"}};
    Lines rows{{"Mã dòng", "STT", "Nội dung", "Đơn vị tính", "Loại", "Kiểm tra", "Mức độ"},
               {"1", "1", "Thực hiện nhiệm vụ được giao", "", "nhóm"},
               {"1.1", "1.1", "Tổng số nhiệm vụ", "Nhiệm vụ", "số lượng"},
               {"1.2", "1.2", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "số lượng", "<= 1.1"},
               {"1.3", "1.3", "Tỷ lệ hoàn thành", "%", "tỷ lệ", "= 1.2 / 1.1"},
               {"", "", "", "", "", "0..100"}};
    Lines criteria{{"Mã tiêu chí", "Thuộc", "Nội dung", "Nội dung (tiếng Anh)", "Điểm tối đa",
                    "Loại quy tắc", "Tham số", "Đầu vào"},
                   {"1", "", "Nhiệm vụ", "Tasks", "#3"},
                   {"1.1", "1", "Hoàn thành nhiệm vụ", "Tasks done", "#2", "tỷ lệ thuận",
                    "mục tiêu = 1", "1.2 / 1.1"},
                   {"1.2", "1", "Nhiệm vụ quá hạn", "Overdue tasks", "#1", "chấm tay"}};

    RuleSet read() const
    {
        BookLoad load = readRuleSetBook({sheetOf("Thông tin", info), sheetOf("Biểu thống kê", rows),
                                         sheetOf("Tiêu chí", criteria)},
                                        "bo.ods");
        for (const auto& p : load.problems)
            ADD_FAILURE() << p.describe();
        return load.ruleSet.value_or(RuleSet{});
    }
};

// The province's edits, each in the cells an officer would change.
Workbook provinceVariant()
{
    Workbook b;
    b.info[1][1] = "tinh-x-huyen";
    b.info[5] = {"Xếp loại", "#90", "Xuất sắc", "Excellent"}; // a different scale
    b.info[6] = {"Xếp loại", "#70", "Tốt", "Good"};
    b.info.push_back({"Xếp loại", "#0", "Chưa đạt", "Not achieved"});
    b.rows[2][2] = "Tổng số nhiệm vụ được giao trong năm"; // renamed
    b.rows.push_back({"1.4", "1.4", "Số nhiệm vụ quá hạn", "Nhiệm vụ", "số lượng", "<= 1.1",
                      "cảnh báo"}); // added, with its own check
    b.criteria[1][4] = "#4";        // the field: 3 -> 4
    b.criteria[2][4] = "#3";        // 1.1: 2 -> 3
    b.criteria[3] = {"1.2", "1",        "Nhiệm vụ quá hạn",     "Overdue tasks",
                     "#1",  "trừ điểm", "mỗi trường hợp = 0.5", "tổng: 1.4"};
    return b;
}

TEST(ProvinceVariant, TheBaseAndTheVariantLoad)
{
    const RuleSet base = Workbook{}.read();
    const RuleSet variant = provinceVariant().read();
    ASSERT_EQ(base.rows.size(), 4u);
    ASSERT_EQ(variant.rows.size(), 5u);
    EXPECT_EQ(variant.rows[1].label, "Tổng số nhiệm vụ được giao trong năm");
    EXPECT_EQ(base.scoring->totalMax, 3.0);
    EXPECT_EQ(variant.scoring->totalMax, 4.0);
    ASSERT_EQ(variant.grades.size(), 3u);
    EXPECT_EQ(variant.grades[1].min, 70.0);
    EXPECT_EQ(variant.checks.size(), base.checks.size() + 1);
}

class ProvinceSample : public ::testing::Test
{
protected:
    // 20 tasks, 15 done (75 %), `overdue` overdue, laid out from the variant's own rows.
    CellGrid sample(double overdue)
    {
        parcalc::testing::AppendixFixture fixture(m_variant);
        fixture.set("1.1", Cell::makeNumber(20));
        fixture.set("1.2", Cell::makeNumber(15));
        fixture.set("1.4", Cell::makeNumber(overdue));
        fixture.recomputeRatios();
        return fixture.build();
    }

    RuleSet m_variant = provinceVariant().read();
};

TEST_F(ProvinceSample, ValidatesWithTheRenamedAndTheAddedRow)
{
    const ValidationResult clean = validate(sample(1), m_variant);
    ASSERT_TRUE(clean.tableFound);
    EXPECT_EQ(clean.rowsFound, 5u);
    EXPECT_EQ(clean.rowsExpected, 5u);
    EXPECT_TRUE(clean.findings.empty()) << clean.findings.front().messageEn;

    // 30 overdue of 20 tasks: the added row's own check, a warning on 1.4.
    const ValidationResult overdue = validate(sample(30), m_variant);
    ASSERT_EQ(overdue.findings.size(), 1u);
    EXPECT_EQ(overdue.findings[0].code, FindingCode::PartExceedsWhole);
    EXPECT_EQ(overdue.findings[0].row, "1.4");
    EXPECT_EQ(overdue.findings[0].severity, Severity::Warning);
    EXPECT_TRUE(overdue.valid());
}

TEST_F(ProvinceSample, ScoresWithTheChangedMaximumAndTheNewScale)
{
    ScoringRuleSetLoad rules = makeScoringRuleSet(m_variant, "bo.ods");
    ASSERT_TRUE(rules.ok());
    const ScoreEstimate score = estimateScore(readAppendix(sample(1), m_variant), *rules.value);
    // 1.1: 3 × 15 / 20 = 2.25; 1.2: 1 − 1 × 0.5 = 0.5; (2.25 + 0.5) / 4 = 68.75 %.
    ASSERT_EQ(score.criteria.size(), 2u);
    EXPECT_DOUBLE_EQ(score.criteria[0].points, 2.25);
    EXPECT_DOUBLE_EQ(score.criteria[1].points, 0.5);
    EXPECT_DOUBLE_EQ(score.totalMax, 4.0);
    ASSERT_TRUE(score.index.ok());
    EXPECT_DOUBLE_EQ(*score.index, 68.75);
    // Below the variant's 70 for "Tốt" (the base set's scale would say "Chưa tốt").
    EXPECT_EQ(score.grade, "Chưa đạt");
    EXPECT_EQ(score.gradeEn, "Not achieved");
}

} // namespace
} // namespace parcalc::book
