// The sidebar's texts (their parity with the other tables: tests/text): the labels the
// issue names, unknown keys, placeholders filled by name.
#include "sidebar/model/ui_strings.hxx"

#include <gtest/gtest.h>

namespace parcalc::sidebar
{
namespace
{

TEST(UiStrings, ButtonLabelsAsTheIssueNamesThem)
{
    EXPECT_EQ(uiText(Language::Vi, "button.recheck"), "Kiểm tra lại");
    EXPECT_EQ(uiText(Language::Vi, "button.mark"), "Đánh dấu ô");
    EXPECT_EQ(uiText(Language::Vi, "button.clear"), "Xóa đánh dấu");
    EXPECT_EQ(uiText(Language::Vi, "button.fix"), "Sửa");
    EXPECT_EQ(uiText(Language::Vi, "button.export"), "Xuất báo cáo");
    EXPECT_EQ(uiText(Language::En, "button.recheck"), "Re-check");
    EXPECT_GT(uiTexts().entries.size(), 30u);
}

TEST(UiStrings, UnknownKeyGivesTheKey)
{
    EXPECT_EQ(uiTexts().find("no.such.key"), nullptr);
    EXPECT_EQ(uiText(Language::En, "no.such.key"), "no.such.key");
}

TEST(UiStrings, FillsPlaceholdersByName)
{
    EXPECT_EQ(uiFormat(Language::En, "counts", {{"errors", "2"}, {"warnings", "30"}, {"infos", "7"}}),
              "2 errors · 30 warnings · 7 info");
    EXPECT_EQ(uiFormat(Language::Vi, "fix.hint", {{"cell", "D16"}, {"value", "25 %"}}),
              "Sửa: ghi 25 % vào ô D16.");
}

} // namespace
} // namespace parcalc::sidebar
