// Tests for manual_inputs: NAME=VALUE read (percent, decimal comma, malformed refused)
// and names checked against the example rule set's declared manual inputs.
#include "core/scoring/manual_inputs.hxx"

#include "core/ruleset/ruleset_cache.hxx"

#include <gtest/gtest.h>

namespace parcalc
{
namespace
{

TEST(ManualInputs, ParsesNameEqualsNumber)
{
    ManualValues v;
    EXPECT_TRUE(parseManualInput("cntt_hoan_thanh=24", v));
    EXPECT_TRUE(parseManualInput("ty_le_buu_chinh=18%", v));
    EXPECT_TRUE(parseManualInput("so_xa=1,5", v));
    EXPECT_EQ(v.size(), 3u);
    EXPECT_EQ(v.at("cntt_hoan_thanh"), 24.0);
    EXPECT_DOUBLE_EQ(v.at("ty_le_buu_chinh"), 0.18);
    EXPECT_EQ(v.at("so_xa"), 1.5);
    EXPECT_TRUE(parseManualInput("so_xa=2", v)); // given again: the last one counts
    EXPECT_EQ(v.at("so_xa"), 2.0);
}

TEST(ManualInputs, RefusesWhatIsNotNameEqualsNumber)
{
    ManualValues v;
    for (const char* bad : {"cntt_hoan_thanh", "=24", "x=", "x=%", "x=24 ", "x=hai", "x=1.2.3"})
        EXPECT_FALSE(parseManualInput(bad, v)) << bad;
    EXPECT_TRUE(v.empty());
}

TEST(ManualInputs, NamesMustBeDeclaredByTheRuleSet)
{
    const ScoringRuleSetLoad rules = RuleSetCache::shared().scoring("");
    ASSERT_TRUE(rules.ok());
    EXPECT_EQ(
        unknownManualInput({{"cntt_hoan_thanh", 24}, {"ty_le_buu_chinh", 0.18}}, *rules.value),
        std::nullopt);
    EXPECT_EQ(unknownManualInput({{"cntt_hoan_thanh", 24}, {"khong_co", 1}}, *rules.value),
              std::optional<std::string>("khong_co"));
    // A row id of the appendix is no manual input.
    EXPECT_EQ(unknownManualInput({{"1.3.4", 1}}, *rules.value),
              std::optional<std::string>("1.3.4"));
    EXPECT_EQ(unknownManualInput({}, *rules.value), std::nullopt);
}

} // namespace
} // namespace parcalc
