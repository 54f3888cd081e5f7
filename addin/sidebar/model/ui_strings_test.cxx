// The vi and en tables: same keys, same placeholders, no empty text.
#include "sidebar/model/ui_strings.hxx"

#include <gtest/gtest.h>

#include <set>

namespace parcalc::sidebar
{
namespace
{

std::set<char> placeholders(const std::string& text)
{
    std::set<char> found;
    for (std::size_t i = 0; i + 2 < text.size(); ++i)
        if (text[i] == '{' && text[i + 2] == '}' && text[i + 1] >= '0' && text[i + 1] <= '9')
            found.insert(text[i + 1]);
    return found;
}

TEST(UiStrings, BothTablesHaveTheSameKeys)
{
    EXPECT_EQ(uiKeys(UiLanguage::Vietnamese), uiKeys(UiLanguage::English));
    EXPECT_GT(uiKeys(UiLanguage::English).size(), 30u);
}

TEST(UiStrings, SamePlaceholdersAndNoEmptyText)
{
    for (const auto& key : uiKeys(UiLanguage::English))
    {
        const std::string& vi = uiText(UiLanguage::Vietnamese, key);
        const std::string& en = uiText(UiLanguage::English, key);
        EXPECT_FALSE(vi.empty()) << key;
        EXPECT_FALSE(en.empty()) << key;
        EXPECT_EQ(placeholders(vi), placeholders(en)) << key;
    }
}

TEST(UiStrings, ButtonLabelsAsTheIssueNamesThem)
{
    EXPECT_EQ(uiText(UiLanguage::Vietnamese, "button.recheck"), "Kiểm tra lại");
    EXPECT_EQ(uiText(UiLanguage::Vietnamese, "button.mark"), "Đánh dấu ô");
    EXPECT_EQ(uiText(UiLanguage::Vietnamese, "button.clear"), "Xóa đánh dấu");
    EXPECT_EQ(uiText(UiLanguage::Vietnamese, "button.fix"), "Sửa");
    EXPECT_EQ(uiText(UiLanguage::Vietnamese, "button.export"), "Xuất báo cáo");
    EXPECT_EQ(uiText(UiLanguage::English, "button.recheck"), "Re-check");
}

TEST(UiStrings, UnknownKeyGivesTheKey)
{
    EXPECT_FALSE(hasUiText(UiLanguage::English, "no.such.key"));
    EXPECT_EQ(uiText(UiLanguage::English, "no.such.key"), "no.such.key");
}

TEST(UiStrings, LanguageFromLocale)
{
    EXPECT_EQ(uiLanguageFromLocale("vi"), UiLanguage::Vietnamese);
    EXPECT_EQ(uiLanguageFromLocale("vi-VN"), UiLanguage::Vietnamese);
    EXPECT_EQ(uiLanguageFromLocale("vi_VN.UTF-8"), UiLanguage::Vietnamese);
    EXPECT_EQ(uiLanguageFromLocale("VI"), UiLanguage::Vietnamese);
    EXPECT_EQ(uiLanguageFromLocale("en-US"), UiLanguage::English);
    EXPECT_EQ(uiLanguageFromLocale(""), UiLanguage::English);
    EXPECT_EQ(uiLanguageFromLocale("vie"), UiLanguage::English);
    EXPECT_EQ(uiLanguageFromLocale("de"), UiLanguage::English);
}

TEST(UiStrings, FormatText)
{
    EXPECT_EQ(formatText("{0} of {1}", {"a", "b"}), "a of b");
    EXPECT_EQ(formatText("{1}{0}{1}", {"x", "y"}), "yxy");
    EXPECT_EQ(formatText("{2} {x} {", {"a"}), "{2} {x} {");
    EXPECT_EQ(uiFormat(UiLanguage::English, "counts", {"2", "30", "7"}),
              "2 errors · 30 warnings · 7 info");
}

} // namespace
} // namespace parcalc::sidebar
