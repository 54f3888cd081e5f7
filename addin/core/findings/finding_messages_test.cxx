// Tests for finding_messages (the table's parity with the others: tests/text): every
// finding code has a message, and messages say where and what.
#include "core/findings/finding_messages.hxx"

#include <gtest/gtest.h>


namespace parcalc
{
namespace
{

TEST(FindingMessages, AValueHoldingBracesIsNotFilledAgain)
{
    Finding f = makeFinding(FindingCode::NotANumber, Severity::Error, "1.2", "D8", "", "{ref}");
    f.ref = "1.1";
    fillMessages(f);
    EXPECT_EQ(f.messageEn, "Row 1.2 (cell D8): \"{ref}\" is not a number.");
}

TEST(FindingMessages, EveryCodeHasAMessage)
{
    for (int c = 0; c <= static_cast<int>(FindingCode::ScoreIndexMismatch); ++c)
    {
        const auto code = static_cast<FindingCode>(c);
        const std::string_view name = findingCodeName(code);
        ASSERT_FALSE(name.empty());
        EXPECT_EQ(findingCodeFromName(name), code);
        EXPECT_FALSE(findingTemplate(name, Language::Vi).empty()) << name;
    }
}

TEST(FindingMessages, FillsWhereAndWhat)
{
    Finding f =
        makeFinding(FindingCode::RatioMismatch, Severity::Error, "1.2", "D8", "25 %", "30 %");
    f.ref = "1.2.2 / 1.2.1 = 14 / 56";
    fillMessages(f);
    EXPECT_EQ(f.message, "Dòng 1.2 (ô D8): tỷ lệ ghi 30 % nhưng 1.2.2 / 1.2.1 = 14 / 56 = 25 %.");
    EXPECT_EQ(f.messageEn, "Row 1.2 (cell D8): reports 30 % but 1.2.2 / 1.2.1 = 14 / 56 = 25 %.");
    EXPECT_EQ(f.message.find('{'), std::string::npos);
}

TEST(FindingMessages, BodyIsTheMessageWithoutItsLocation)
{
    Finding f =
        makeFinding(FindingCode::RatioMismatch, Severity::Error, "1.2", "D8", "25 %", "30 %");
    f.ref = "1.2.2 / 1.2.1 = 14 / 56";
    fillMessages(f);
    EXPECT_EQ(f.body, "tỷ lệ ghi 30 % nhưng 1.2.2 / 1.2.1 = 14 / 56 = 25 %.");
    EXPECT_EQ(f.bodyEn, "reports 30 % but 1.2.2 / 1.2.1 = 14 / 56 = 25 %.");

    // No row number: the location says so, the body is the same kind of text.
    Finding unnumbered =
        makeFinding(FindingCode::RatioMismatch, Severity::Error, "", "D8", "25 %", "30 %");
    unnumbered.ref = f.ref;
    fillMessages(unnumbered);
    EXPECT_EQ(unnumbered.message,
              "Dòng không số thứ tự (ô D8): tỷ lệ ghi 30 % nhưng 1.2.2 / 1.2.1 = 14 / 56 = 25 %.");
    EXPECT_EQ(unnumbered.body, f.body);

    // A finding about the whole file has no location: body and message are one text.
    Finding table = makeFinding(FindingCode::TableNotFound, Severity::Error, "", "");
    fillMessages(table);
    EXPECT_FALSE(table.body.empty());
    EXPECT_EQ(table.body, table.message);
    EXPECT_EQ(table.bodyEn, table.messageEn);
}

} // namespace
} // namespace parcalc
