// Tests for self_assessment: the header is recognised in its usual shapes, the id
// tree is built, and the seed cases are caught: seed 000 (fields add to 64,7, the
// report says 65,7 / 90) and seed 002 (field 6 written 10 / 13 where its
// sub-criteria give 11,09; the fields add to 89,21 only with 11,09).
#include "core/self_assessment/self_assessment.hxx"

#include "core/testing/grid_tsv.hxx"

#include <gtest/gtest.h>

#include <string>

namespace parcalc
{
namespace
{

// Columns: A STT, B label, C max, D self-score, E evidence; C and D typed as Calc does.
CellGrid sheet(const std::string& body,
               const std::string& header = "STT\tLĩnh vực, tiêu chí\tĐiểm tối đa\tĐiểm tự đánh "
                                           "giá\tTài liệu kiểm chứng\n")
{
    TsvOptions options;
    options.typedColumns = {2, 3};
    CellGrid grid = readTsvGrid("#sheet: Tự đánh giá\nBẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC "
                                "NĂM 2023\nUBND huyện X\n\n" +
                                    header + body,
                                options);
    return grid;
}

// Seed 000 (Đắk Song, 9 tháng 2023): eight fields, total written 65,7 / 90.
const std::string kSeed000 = "1\tCông tác chỉ đạo điều hành\t14\t12\n"
                             "2\tCải cách thể chế\t11\t8.7\n"
                             "3\tCải cách thủ tục hành chính\t17\t9.5\n"
                             "4\tCải cách tổ chức bộ máy hành chính\t7.5\t5.5\n"
                             "5\tCải cách chế độ công vụ\t11\t9.5\n"
                             "6\tCải cách tài chính công\t11\t8\n"
                             "7\tXây dựng và phát triển chính quyền điện tử\t15.5\t9\n"
                             "8\tTác động của CCHC\t3\t2.5\n"
                             "Tổng cộng\t\t90\t65.7\n";

// Seed 002 (Kon Rẫy 2023): field 6 written 10 / 13 over its sub-criteria; total 89,21 / 97.
const std::string kSeed002 =
    "1\tCông tác chỉ đạo, điều hành CCHC\t13\t12.89\n"
    "2\tCải cách thể chế\t10\t10\n"
    "3\tCải cách thủ tục hành chính\t18\t16\n"
    "4\tCải cách tổ chức bộ máy\t10\t10\n"
    "5\tCải cách chế độ công vụ\t13\t10\n"
    "6\tCải cách tài chính công\t13\t10\n"
    "6.1\tQuản lý, sử dụng vốn đầu tư công\t3\t2.09\n"
    "6.1.1\tGiải ngân kế hoạch vốn đầu tư công\t2\t1.09\tgiải ngân 54,7 %\n"
    "6.1.2\tKiến nghị thanh tra, kiểm toán\t1\t1\n"
    "6.2\tTự chủ ĐVSNCL\t3\t3\n"
    "6.3\tTiết kiệm chi tại ĐVSNCL\t1\t0\n"
    "6.3.1\tTỷ lệ ĐVSNCL tiết kiệm chi ≥ 50 %\t1\t0\t1/32 đơn vị\n"
    "6.4\tCông khai tài chính\t2\t2\n"
    "6.5\tTài sản công\t2\t2\n"
    "6.6\tBáo cáo dự toán, quyết toán\t2\t2\n"
    "7\tChính quyền điện tử, chính quyền số\t14\t13.23\n"
    "8\tVăn hóa công sở, kỷ luật, kỷ cương\t6\t6\n"
    "Tổng cộng\t\t97\t89.21\n"
    "\n"
    "Chỉ số CCHC\t\t\t91.969\n";

TEST(SelfAssessment, RecognisesTheSheet)
{
    const SelfAssessmentSheet s = recognizeSelfAssessment(sheet(kSeed002));
    ASSERT_TRUE(s.found);
    EXPECT_EQ(s.sheet, "Tự đánh giá");
    EXPECT_EQ(s.columns.id, 0u);
    EXPECT_EQ(s.columns.max, 2u);
    EXPECT_EQ(s.columns.score, 3u);
    ASSERT_TRUE(s.columns.evidence);
    EXPECT_EQ(*s.columns.evidence, 4u);
    EXPECT_EQ(s.headerRow, 3u);
    EXPECT_EQ(s.top.size(), 8u);
    ASSERT_TRUE(s.totalRow);
    EXPECT_EQ(s.rows[*s.totalRow].label, "Tổng cộng");
    ASSERT_TRUE(s.index);
    EXPECT_EQ(s.index->value, 91.969);
    // 6 -> 6.1 -> 6.1.1
    const SelfAssessmentRow& six = s.rows[5];
    EXPECT_EQ(six.id, "6");
    EXPECT_EQ(six.children.size(), 6u);
    EXPECT_EQ(s.rows[six.children[0]].children.size(), 2u);
    EXPECT_EQ(s.range, "A4:E22");
    EXPECT_EQ(s.titles.front(), "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2023");
}

TEST(SelfAssessment, Seed000TotalDoesNotAddUp)
{
    const SelfAssessmentCheck c = checkSelfAssessment(sheet(kSeed000));
    ASSERT_TRUE(c.sheet.found);
    ASSERT_EQ(c.findings.size(), 1u);
    const Finding& f = c.findings[0];
    EXPECT_EQ(findingCodeName(f.code), "score-sum-mismatch");
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_EQ(f.row, "Tổng cộng");
    EXPECT_EQ(f.cell, "D13");
    EXPECT_EQ(f.sheet, "Tự đánh giá");
    EXPECT_EQ(f.actual, "65,7");
    EXPECT_EQ(f.expected, "64,7");
    EXPECT_EQ(f.message, "Dòng Tổng cộng (ô D13): tổng điểm ghi 65,7 nhưng cộng các lĩnh vực "
                         "1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 được 64,7.");
    EXPECT_EQ(f.messageEn, "Row Tổng cộng (cell D13): the total reports 65,7 points but the fields "
                           "1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 add up to 64,7.");
    // Maxima add up (90); the index over the fields is 64,7 / 90.
    EXPECT_NEAR(c.scoreSum, 64.7, 1e-9);
    EXPECT_NEAR(c.maxSum, 90, 1e-9);
    EXPECT_NEAR(*c.index, 64.7 / 90 * 100, 1e-9);
}

TEST(SelfAssessment, Seed002FieldSixAndTheTotal)
{
    const SelfAssessmentCheck c = checkSelfAssessment(sheet(kSeed002));
    ASSERT_EQ(c.findings.size(), 2u) << c.findings[0].messageEn;
    // Field 6: written 10, its criteria give 2,09 + 3 + 0 + 2 + 2 + 2 = 11,09.
    const Finding& six = c.findings[0];
    EXPECT_EQ(six.code, FindingCode::ScoreSumMismatch);
    EXPECT_EQ(six.row, "6");
    EXPECT_EQ(six.cell, "D10");
    EXPECT_EQ(six.actual, "10");
    EXPECT_EQ(six.expected, "11,09");
    EXPECT_EQ(six.message, "Dòng 6 (ô D10): ghi 10 điểm nhưng cộng các tiêu chí thành phần "
                           "6.1 + 6.2 + 6.3 + 6.4 + 6.5 + 6.6 được 11,09.");
    // The total 89,21 is right, but the fields as written add up to 88,12.
    const Finding& total = c.findings[1];
    EXPECT_EQ(total.code, FindingCode::ScoreSumMismatch);
    EXPECT_EQ(total.actual, "89,21");
    EXPECT_EQ(total.expected, "88,12");
    // The index 91,969 agrees with the total row (89,21 / 97): not flagged again. The
    // fields as written give 88,12.
    EXPECT_NEAR(c.scoreSum, 88.12, 1e-9);
}

TEST(SelfAssessment, Seed002CorrectedIsClean)
{
    std::string fixed = kSeed002;
    fixed.replace(fixed.find("13\t10\n6.1"), 9, "13\t11.09\n6.1");
    const SelfAssessmentCheck c = checkSelfAssessment(sheet(fixed));
    EXPECT_TRUE(c.findings.empty()) << c.findings[0].messageEn;
    EXPECT_NEAR(*c.index, 91.969072164948, 1e-9); // 89,21 / 97, written 91,969
}

TEST(SelfAssessment, ScoreAboveMaxMaxSumAndIndex)
{
    const SelfAssessmentCheck c = checkSelfAssessment(sheet("1\tA\t4\t4.5\n"
                                                            "1.1\tA1\t2\t2\n"
                                                            "1.2\tA2\t1.5\t2.5\n"
                                                            "2\tB\t6\tKPS\n"
                                                            "Tổng cộng\t\t10\t4.5\n"
                                                            "Chỉ số\t\t\t92.3\n"));
    // 1 above its max and its max 4 unlike 2 + 1,5; 1.2 above its max; the index 92,3
    // written where the total gives 4,5 / 10 × 100 = 45. Field B (KPS) is left out.
    std::vector<std::string> codes;
    for (const Finding& f : c.findings)
        codes.push_back(std::string(findingCodeName(f.code)) + "@" + f.row);
    EXPECT_EQ(codes,
              (std::vector<std::string>{"score-above-max@1", "max-sum-mismatch@1",
                                        "score-above-max@1.2", "score-index-mismatch@Chỉ số"}));
    // The not-applicable field B leaves both sums of the index.
    EXPECT_NEAR(c.maxSum, 4, 1e-9);
}

TEST(SelfAssessment, IndexRoundedOrTruncatedIsAccepted)
{
    // 87,23 / 94,5 = 92,3068...: the report truncated to 92,30 (seed 002, a commune).
    for (const char* written : {"92.30", "92.31", "92.307", "92.3"})
    {
        const SelfAssessmentCheck c =
            checkSelfAssessment(sheet(std::string("1\tA\t94.5\t87.23\nTổng cộng\t\t94.5\t87.23\n"
                                                  "Chỉ số\t\t\t") +
                                      written + "\n"));
        EXPECT_TRUE(c.findings.empty()) << written << ": " << c.findings[0].messageEn;
    }
    const SelfAssessmentCheck bad = checkSelfAssessment(
        sheet("1\tA\t94.5\t87.23\nTổng cộng\t\t94.5\t87.23\nChỉ số\t\t\t92.4\n"));
    ASSERT_EQ(bad.findings.size(), 1u);
    EXPECT_EQ(bad.findings[0].message,
              "Dòng Chỉ số (ô D7): chỉ số ghi 92,4 nhưng 87,23 / 94,5 × 100 = 92,307.");
}

TEST(SelfAssessment, ToleratesRoundedSubScoresAndHalfFilledSheets)
{
    // 3,89 written for a sub-criterion computed as 3,8889: within half a hundredth.
    const SelfAssessmentCheck rounded =
        checkSelfAssessment(sheet("1\tA\t5\t4.8888888889\n1.1\tA1\t4\t3.89\n1.2\tA2\t1\t1\n"));
    EXPECT_TRUE(rounded.findings.empty());
    // A child without a score yet: the parent's sum is not judged.
    const SelfAssessmentCheck half =
        checkSelfAssessment(sheet("1\tA\t5\t4\n1.1\tA1\t4\t\n1.2\tA2\t1\t1\n"));
    EXPECT_TRUE(half.findings.empty());
}

TEST(SelfAssessment, ABlankSheetHasNoIndex)
{
    const SelfAssessmentCheck c =
        checkSelfAssessment(sheet("1\tA\t5\t\n1.1\tA1\t5\t\nTổng cộng\t\t5\t\n"));
    ASSERT_TRUE(c.sheet.found);
    EXPECT_TRUE(c.findings.empty());
    EXPECT_FALSE(c.index);
}

TEST(SelfAssessment, OtherHeaderShapes)
{
    // Two header rows, "Điểm" over "Tối đa" / "Tự chấm"; ids as numbers; roman fields.
    TsvOptions options;
    options.typedColumns = {0, 2, 3};
    const CellGrid grid = readTsvGrid("Số TT\tNội dung\tĐiểm\n"
                                      "\t\tTối đa\tTự chấm\n"
                                      "1\tLĩnh vực 1\t3\t2\n"
                                      "1.1\tTiêu chí\t3\t2.5\n",
                                      options);
    const SelfAssessmentCheck c = checkSelfAssessment(grid);
    ASSERT_TRUE(c.sheet.found);
    EXPECT_EQ(c.sheet.columns.max, 2u);
    EXPECT_EQ(c.sheet.columns.score, 3u);
    ASSERT_EQ(c.findings.size(), 1u);
    EXPECT_EQ(c.findings[0].code, FindingCode::ScoreSumMismatch);

    const CellGrid roman = readTsvGrid("TT\tTiêu chí\tĐiểm tối đa\tĐiểm đạt được\n"
                                       "I.\tLĩnh vực I\t2\t2\n"
                                       "II.\tLĩnh vực II\t3\t1\n",
                                       TsvOptions{{2, 3}});
    const SelfAssessmentSheet s = recognizeSelfAssessment(roman);
    ASSERT_TRUE(s.found);
    EXPECT_EQ(s.rows[1].id, "2");
}

TEST(SelfAssessment, AnAppendixIsNotASelfAssessment)
{
    const CellGrid grid = readTsvGrid(
        "STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú\n1.1\tSố văn bản\tVăn bản\t13\n");
    EXPECT_FALSE(recognizeSelfAssessment(grid).found);
    EXPECT_FALSE(checkSelfAssessmentWorkbook({grid}));
}

} // namespace
} // namespace parcalc
