// Mark records and mark comments: round trips, damaged input, earlier comments.
#include "sidebar/model/mark_records.hxx"

#include <gtest/gtest.h>

namespace parcalc::sidebar
{
namespace
{

TEST(MarkRecords, RoundTrip)
{
    const std::vector<MarkRecord> records = {{"Phụ lục", "D16", false, -1},
                                             {"Phụ lục", "D41", true, 0x00FF00}};
    const auto back = readMarkRecords(writeMarkRecords(records));
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0].sheet, "Phụ lục");
    EXPECT_EQ(back[0].cell, "D16");
    EXPECT_FALSE(back[0].backgroundWasSet);
    EXPECT_EQ(back[0].background, -1);
    EXPECT_TRUE(back[1].backgroundWasSet);
    EXPECT_EQ(back[1].background, 0x00FF00);
}

TEST(MarkRecords, DamagedTextGivesNoRecords)
{
    EXPECT_TRUE(readMarkRecords("").empty());
    EXPECT_TRUE(readMarkRecords("not json").empty());
    EXPECT_TRUE(readMarkRecords("{\"cells\": 3}").empty());
    EXPECT_EQ(readMarkRecords("{\"cells\": [{\"sheet\": 1}, {\"sheet\": \"S\", \"cell\": \"A1\"}]}")
                  .size(),
              1u);
}

TEST(MarkComments, RecognisedAndEarlierCommentKept)
{
    const std::string plain = markComment({"Lỗi: Dòng 1.3.4 ..."}, "");
    EXPECT_TRUE(isMarkComment(plain));
    EXPECT_EQ(plain, "[ParCalc] Lỗi: Dòng 1.3.4 ...");
    EXPECT_EQ(earlierComment(plain), "");

    const std::string withEarlier = markComment({"Lỗi: a", "Cảnh báo: b"}, "do not lose me");
    EXPECT_TRUE(isMarkComment(withEarlier));
    EXPECT_EQ(earlierComment(withEarlier), "do not lose me");

    EXPECT_FALSE(isMarkComment("a user's own comment"));
    EXPECT_EQ(earlierComment("a user's own comment"), "a user's own comment");
}

TEST(MarkRecords, InvalidUtf8IsWrittenNotThrownOn)
{
    // A sheet name that did not convert cleanly must not lose the other cells' records.
    const std::string json =
        writeMarkRecords({{"\xff\xfe", "D16", true, 0x00FF00}, {"Phụ lục", "D18", false, -1}});
    const auto back = readMarkRecords(json);
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0].background, 0x00FF00);
    EXPECT_EQ(back[1].sheet, "Phụ lục");
}

TEST(MarkColors, DistinctAndRecognised)
{
    EXPECT_NE(markColor(Severity::Error), markColor(Severity::Warning));
    EXPECT_NE(markColor(Severity::Warning), markColor(Severity::Info));
    EXPECT_TRUE(isMarkColor(markColor(Severity::Info)));
    EXPECT_FALSE(isMarkColor(0xFFFFFF));
    EXPECT_FALSE(isMarkColor(-1));
}

} // namespace
} // namespace parcalc::sidebar
