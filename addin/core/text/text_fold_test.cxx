// Tests for text_fold: folding keys and label similarity on real label variants
// (template texts from shared/domain/appendix-rows.tsv vs seed 001's table).
#include "core/text/label_match.hxx"
#include "core/text/text_fold.hxx"

#include <gtest/gtest.h>

namespace parcalc
{
namespace
{

TEST(FoldText, VietnameseToAscii)
{
    EXPECT_EQ(foldText("Chỉ tiêu thống kê"), "chi tieu thong ke");
    EXPECT_EQ(foldText("ĐƠN VỊ TÍNH"), "don vi tinh");
    EXPECT_EQ(foldText("Xuất sắc"), "xuat sac");
    EXPECT_EQ(foldText("Ư ơ ă â ê ô đ"), "u o a a e o d");
    EXPECT_EQ(foldText("Tỷ lệ"), "ty le");
    EXPECT_EQ(foldText("\xC3\x90\xC6\xA0N V\xE1\xBB\x8A"), "don vi"); // Ð (eth) for Đ
}

TEST(FoldText, ComposedAndDecomposedInputAgree)
{
    // "Tốt" typed precomposed (U+1ED1) and as o + circumflex + acute.
    EXPECT_EQ(foldText("T\xE1\xBB\x91t"), "tot");
    EXPECT_EQ(foldText("To\xCC\x82\xCC\x81t"), "tot");
}

TEST(FoldText, WhitespaceAndPunctuation)
{
    EXPECT_EQ(foldText("  Số\xC2\xA0liệu \n (lũy kế):"), "so lieu (luy ke)");
    EXPECT_EQ(foldText("Ghi chú :"), "ghi chu");
    EXPECT_EQ(foldText("Số TTHC bãi bỏ, thay thế."), "so tthc bai bo, thay the");
    EXPECT_EQ(foldText("a\t\t\r\nb"), "a b");
    EXPECT_EQ(foldText("Cải\xE2\x80\x8B"
                       "cách"),
              "caicach"); // zero-width space dropped
    EXPECT_EQ(foldText(""), "");
    EXPECT_EQ(foldText(" \xC2\xA0 "), "");
    EXPECT_EQ(foldText("..."), "");
}

TEST(FoldText, InvalidUtf8DoesNotBreak)
{
    EXPECT_EQ(foldText("a\xFF"
                       "b"),
              "a\xEF\xBF\xBD"
              "b"); // U+FFFD
}

TEST(FoldedWords, SplitsOnNonAlphanumerics)
{
    const std::vector<std::string> expected{"so",   "vbqppl", "da",  "ban", "hanh",
                                            "tham", "muu",    "ban", "hanh"};
    EXPECT_EQ(foldedWords("Số VBQPPL đã ban hành/tham mưu ban hành"), expected);
    EXPECT_EQ(foldedWords("(lũy kế đến 2015)"),
              (std::vector<std::string>{"luy", "ke", "den", "2015"}));
    EXPECT_TRUE(foldedWords(" - ; ").empty());
}

TEST(LabelSimilarity, BasicProperties)
{
    EXPECT_DOUBLE_EQ(labelSimilarity("Số TTHC cấp huyện", "SỐ TTHC CẤP HUYỆN."), 1.0);
    EXPECT_DOUBLE_EQ(labelSimilarity("Số TTHC cấp huyện", "biên chế"), 0.0);
    EXPECT_DOUBLE_EQ(labelSimilarity("", "biên chế"), 0.0);
    EXPECT_DOUBLE_EQ(labelSimilarity("a b", "b a"), 1.0);
    // {so, tthc, cap, huyen} vs {so, tthc, cap, xa}: 2*3 / (4+4) = 0.75.
    EXPECT_DOUBLE_EQ(labelSimilarity("Số TTHC cấp huyện", "Số TTHC cấp xã"), 0.75);
    // Multisets: {ban, ban} vs {ban}: 2*1 / (2+1).
    EXPECT_DOUBLE_EQ(labelSimilarity("ban ban", "ban"), 2.0 / 3.0);
}

// Seed 001 wraps the label of 3.3.2 after "được"; the rest sits on a row of its own.
TEST(LabelSimilarity, WrappedLabelPrefersItsRow)
{
    const char* wrapped = "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được";
    const char* row332 = "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn";
    const char* row331 = "Tỷ lệ hồ sơ TTHC tiếp nhận được giải quyết đúng hạn";
    // 12 words vs 16, all 12 shared: 24/28. Against 3.3.1 (12 words), 8 shared: 16/24.
    EXPECT_DOUBLE_EQ(labelSimilarity(wrapped, row332), 24.0 / 28.0);
    EXPECT_DOUBLE_EQ(labelSimilarity(wrapped, row331), 16.0 / 24.0);
    EXPECT_DOUBLE_EQ(labelCoverage(wrapped, row332), 1.0);
    EXPECT_DOUBLE_EQ(labelCoverage(wrapped, row331), 8.0 / 12.0);
}

TEST(LabelSimilarity, WrappedCivilServantRow)
{
    const char* wrapped = "Số viên chức sự nghiệp đúng vị trí việc làm đã được";
    const char* row512 = "Số viên chức sự nghiệp đúng vị trí việc làm đã được phê duyệt";
    const char* row511 = "Số công chức hành chính đúng vị trí việc làm đã được phê duyệt";
    // 12 words; 5.1.2 has 14 (all 12 shared): 24/26; 5.1.1 has 14, 9 shared: 18/26.
    EXPECT_DOUBLE_EQ(labelSimilarity(wrapped, row512), 24.0 / 26.0);
    EXPECT_DOUBLE_EQ(labelSimilarity(wrapped, row511), 18.0 / 26.0);
}

TEST(LabelSimilarity, SmallWordingChange)
{
    // Template 1.1 vs a variant without the parenthesis and with "Tổng số".
    const char* tmpl =
        "Số văn bản chỉ đạo CCHC đã ban hành (kết luận, chỉ thị, công văn chỉ đạo, quán triệt)";
    const char* variant = "Tổng số văn bản chỉ đạo CCHC đã ban hành";
    // Template words: so van ban chi dao cchc da ban hanh ket luan chi thi cong van chi dao
    // quan triet = 19; variant: tong so van ban chi dao cchc da ban hanh = 10, 9 shared.
    EXPECT_DOUBLE_EQ(labelSimilarity(variant, tmpl), 18.0 / 29.0);
    EXPECT_DOUBLE_EQ(labelCoverage(variant, tmpl), 9.0 / 10.0);
    EXPECT_GT(labelSimilarity(variant, tmpl),
              labelSimilarity(variant, "Số VBQPPL đã ban hành/tham mưu ban hành"));
}

} // namespace
} // namespace parcalc
