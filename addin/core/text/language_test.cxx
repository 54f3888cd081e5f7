// Tests for the text layer's pieces: the language of a locale, {name} filling and the
// placeholder list the parity test compares.
#include "core/text/language.hxx"

#include <gtest/gtest.h>

namespace parcalc
{
namespace
{

TEST(Language, FromLocale)
{
    EXPECT_EQ(languageFromLocale("vi"), Language::Vi);
    EXPECT_EQ(languageFromLocale("vi-VN"), Language::Vi);
    EXPECT_EQ(languageFromLocale("VI_vn.UTF-8"), Language::Vi);
    EXPECT_EQ(languageFromLocale("vie"), Language::En);
    EXPECT_EQ(languageFromLocale("en-US"), Language::En);
    EXPECT_EQ(languageFromLocale(""), Language::En);
}

TEST(Language, FillsNamedPlaceholders)
{
    EXPECT_EQ(fillText("{where}: ghi {actual}, cần {expected}.",
                       {{"actual", "5"}, {"where", "Dòng 1.2"}, {"expected", "4"}}),
              "Dòng 1.2: ghi 5, cần 4.");
    // The same name twice; a name without value and stray braces stay.
    EXPECT_EQ(fillText("{n} + {n} = {sum} {} { x}", {{"n", "2"}}), "2 + 2 = {sum} {} { x}");
    EXPECT_EQ(fillText("{a}{b}", {{"a", "{b}"}, {"b", "1"}}), "{b}1"); // values are not rescanned
    EXPECT_EQ(fillText("", {}), "");
}

TEST(Language, FillsBothLanguagesWithSharedAndOwnArguments)
{
    const TextEntry entry{"k", "{name} {value} (khung {points} điểm)",
                          "{name} {value} (band worth {points})"};
    const LocalText name{"tỷ lệ", "rate"};
    const LocalText out = fillLocal(entry, {{"name", name}, {"value", "95 %"}, {"points", "2"}});
    EXPECT_EQ(out.vi, "tỷ lệ 95 % (khung 2 điểm)");
    EXPECT_EQ(out.en, "rate 95 % (band worth 2)");
}

TEST(Language, PlaceholdersOfAPattern)
{
    EXPECT_EQ(placeholdersOf("{where}: {actual} / {ref} = {actual}"),
              (std::vector<std::string>{"actual", "ref", "where"}));
    EXPECT_TRUE(placeholdersOf("no {} placeholders { here}").empty());
}

TEST(Language, TablesFindByKeyAndPickALanguage)
{
    const TextTable table{"test", {{"a", "một", "one"}, {"b", "hai", "two"}}};
    ASSERT_NE(table.find("b"), nullptr);
    EXPECT_EQ(table.find("b")->in(Language::Vi), "hai");
    EXPECT_EQ(table.find("b")->in(Language::En), "two");
    EXPECT_EQ(table.find("c"), nullptr);
    const TextTable filled{"test", {{"n", "{n} ô", "{n} cells"}}};
    EXPECT_EQ(filled.text(Language::Vi, "n", {{"n", "3"}}), "3 ô");
    EXPECT_EQ(filled.text(Language::En, "n"), "{n} cells");
    EXPECT_EQ(filled.text(Language::En, "missing"), "missing");
    EXPECT_EQ(filled.local("n", {{"n", "3"}}).en, "3 cells");
    EXPECT_EQ(filled.local("missing").vi, "missing");
    const LocalText text{"có", "yes"};
    EXPECT_EQ(text.in(Language::Vi), "có");
    EXPECT_EQ(text.in(Language::En), "yes");
}

} // namespace
} // namespace parcalc
