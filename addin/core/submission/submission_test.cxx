// Tests for checkSubmission: an appendix is validated, a filled self-assessment sheet
// is told apart with one info finding naming its sheet and range, anything else is
// "table-not-found" (an error), and an appendix wins over a self-assessment sheet in
// the same workbook. The rule-set authoring workbook (its Tiêu chí sheet shaped like a
// self-assessment sheet) is told apart and sent to `parcalc ruleset build`.
#include "core/submission/submission.hxx"

#include "core/ruleset/ruleset_catalog.hxx"
#include "core/testing/appendix_fixture.hxx"
#include "core/testing/grid_tsv.hxx"

#include <gtest/gtest.h>

namespace parcalc
{
namespace
{

const RuleSet& defaultRules()
{
    static const RuleSet rules = []
    {
        RuleSetLoad load = resolveRuleSet("");
        return load.ok() ? std::move(*load.ruleSet) : RuleSet{};
    }();
    return rules;
}

// Rows 1–3 titles and a blank line, the header on row 4, eight fields and the total
// on rows 5–13: the table is A4:E13.
CellGrid selfAssessmentSheet()
{
    TsvOptions options;
    options.typedColumns = {2, 3};
    return readTsvGrid("#sheet: Tự đánh giá\n"
                       "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2023\nUBND huyện X\n\n"
                       "STT\tLĩnh vực, tiêu chí\tĐiểm tối đa\tĐiểm tự đánh giá\tTài liệu kiểm "
                       "chứng\n"
                       "1\tCông tác chỉ đạo điều hành\t14\t12\n"
                       "2\tCải cách thể chế\t11\t8.7\n"
                       "3\tCải cách thủ tục hành chính\t17\t9.5\n"
                       "4\tCải cách tổ chức bộ máy hành chính\t7.5\t5.5\n"
                       "5\tCải cách chế độ công vụ\t11\t9.5\n"
                       "6\tCải cách tài chính công\t11\t8\n"
                       "7\tXây dựng và phát triển chính quyền điện tử\t15.5\t9\n"
                       "8\tTác động của CCHC\t3\t2.5\n"
                       "Tổng cộng\t\t90\t64.7\n",
                       options);
}

TEST(Submission, AppendixIsValidated)
{
    ASSERT_FALSE(defaultRules().rows.empty());
    const testing::AppendixFixture fixture(defaultRules());
    const SubmissionVerdict v = checkSubmission({fixture.build()}, defaultRules());
    EXPECT_EQ(v.kind, SubmissionKind::Appendix);
    EXPECT_TRUE(v.result.tableFound);
    EXPECT_EQ(v.result.rowsFound, defaultRules().rows.size());
    EXPECT_EQ(v.result.count(Severity::Error), 0u);
}

TEST(Submission, SelfAssessmentSheetIsToldApart)
{
    const SubmissionVerdict v = checkSubmission({selfAssessmentSheet()}, defaultRules());
    EXPECT_EQ(v.kind, SubmissionKind::SelfAssessment);
    EXPECT_EQ(submissionKindName(v.kind), "self-assessment");
    EXPECT_FALSE(v.result.tableFound);
    ASSERT_EQ(v.result.findings.size(), 1u);
    const Finding& f = v.result.findings[0];
    EXPECT_EQ(f.code, FindingCode::TableNotFound);
    EXPECT_EQ(f.severity, Severity::Info);
    EXPECT_EQ(f.sheet, "Tự đánh giá");
    EXPECT_EQ(f.detail, "Tự đánh giá!A4:E13");
    EXPECT_EQ(f.message, "Tệp này là bảng tự đánh giá điểm (Tự đánh giá!A4:E13), không phải "
                         "biểu thống kê; kiểm tra bảng điểm bằng lệnh \"parcalc score\".");
    EXPECT_TRUE(v.result.valid());
}

// The authoring workbook as sample_sheets/mau-bo-tieu-chi.ods has it: Thông tin, and a
// Tiêu chí sheet with STT, criteria and maximum points (which read as a self-assessment).
TEST(Submission, RuleSetWorkbookIsToldApart)
{
    const CellGrid info = readTsvGrid("#sheet: Thông tin\nMã bộ quy tắc\tdefault-huyen\n");
    CellGrid criteria = selfAssessmentSheet();
    criteria.setSheetName("Tiêu chí");
    const SubmissionVerdict v = checkSubmission({info, criteria}, defaultRules());
    EXPECT_EQ(v.kind, SubmissionKind::RuleSetBook);
    EXPECT_EQ(submissionKindName(v.kind), "ruleset-book");
    EXPECT_FALSE(v.result.tableFound);
    ASSERT_EQ(v.result.findings.size(), 1u);
    const Finding& f = v.result.findings[0];
    EXPECT_EQ(f.code, FindingCode::TableNotFound);
    EXPECT_EQ(f.severity, Severity::Info);
    EXPECT_EQ(f.sheet, "Thông tin");
    EXPECT_EQ(f.message, "Tệp này là bảng tính bộ quy tắc (trang Thông tin, Tiêu chí), không "
                         "phải biểu thống kê; dựng bộ quy tắc từ nó bằng lệnh \"parcalc ruleset "
                         "build\".");
    EXPECT_EQ(f.messageEn, "This file is a rule-set workbook (sheets Thông tin, Tiêu chí), not a "
                           "statistics appendix; build the rule set from it with \"parcalc "
                           "ruleset build\".");
    EXPECT_TRUE(v.result.valid());

    // A Thông tin sheet alone does not make a rule-set workbook: the sheet is a
    // self-assessment one again.
    const SubmissionVerdict sheet = checkSubmission({info, selfAssessmentSheet()}, defaultRules());
    EXPECT_EQ(sheet.kind, SubmissionKind::SelfAssessment);
    // An appendix in the same workbook still wins.
    const testing::AppendixFixture fixture(defaultRules());
    EXPECT_EQ(checkSubmission({info, criteria, fixture.build()}, defaultRules()).kind,
              SubmissionKind::Appendix);
}

TEST(Submission, NeitherIsTableNotFound)
{
    const CellGrid other = readTsvGrid("#sheet: Trang1\nMột bảng khác\n1\t2\t3\n");
    const SubmissionVerdict v = checkSubmission({other}, defaultRules());
    EXPECT_EQ(v.kind, SubmissionKind::Neither);
    EXPECT_EQ(submissionKindName(v.kind), "neither");
    ASSERT_EQ(v.result.findings.size(), 1u);
    EXPECT_EQ(v.result.findings[0].code, FindingCode::TableNotFound);
    EXPECT_EQ(v.result.findings[0].severity, Severity::Error);
    EXPECT_FALSE(v.result.valid());
}

TEST(Submission, AppendixWinsOverSelfAssessmentSheet)
{
    const testing::AppendixFixture fixture(defaultRules());
    const SubmissionVerdict v =
        checkSubmission({selfAssessmentSheet(), fixture.build()}, defaultRules());
    EXPECT_EQ(v.kind, SubmissionKind::Appendix);
    EXPECT_EQ(v.result.sheet, "Phụ lục");
}

} // namespace
} // namespace parcalc
