// Tests for finding_messages: vi and en tables have the same keys and placeholders,
// every finding code has a message, and messages say where and what.
#include "core/findings/finding_messages.hxx"

#include <gtest/gtest.h>

#include <regex>
#include <set>

namespace parcalc
{
namespace
{

std::set<std::string> placeholders(std::string_view text)
{
    std::set<std::string> out;
    const std::string s(text);
    const std::regex re("\\{[a-z]+\\}");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
        out.insert(it->str());
    return out;
}

TEST(FindingMessages, ViAndEnHaveTheSameKeysAndPlaceholders)
{
    const auto vi = findingMessageKeys(Language::Vi);
    const auto en = findingMessageKeys(Language::En);
    ASSERT_EQ(vi, en);
    for (std::string_view key : vi)
        EXPECT_EQ(placeholders(findingTemplate(key, Language::Vi)),
                  placeholders(findingTemplate(key, Language::En)))
            << key;
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
