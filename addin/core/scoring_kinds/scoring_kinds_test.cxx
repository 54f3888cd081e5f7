// Tests for the scoring rule kinds table: one entry per kind in the enum's order, each
// kind read from its JSON members (and only those), its points on worked values, and
// the loader's messages for an unknown kind or a stray member.
#include "core/scoring_kinds/scoring_kinds.hxx"

#include <gtest/gtest.h>

#include <set>

namespace parcalc
{
namespace
{

using detail::Json;

struct Read
{
    bool ok = false;
    ScoringRule rule;
    std::vector<RuleSetError> errors;
};

Read readRule(const char* json)
{
    detail::JsonReader reader("test.json");
    RuleReading in(reader);
    Read out;
    out.ok = readScoringRule(in, Json::parse(json), "$.rule", out.rule);
    out.errors = reader.takeErrors();
    return out;
}

TEST(ScoringKinds, OneEntryPerKindInEnumOrderWithUniqueNames)
{
    const auto& kinds = scoringRuleKinds();
    ASSERT_EQ(kinds.size(), 7u);
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < kinds.size(); ++i)
    {
        EXPECT_EQ(static_cast<std::size_t>(kinds[i]->kind), i);
        EXPECT_TRUE(names.insert(kinds[i]->name).second) << kinds[i]->name;
        EXPECT_EQ(scoringRuleKindNamed(kinds[i]->name), kinds[i]);
    }
    EXPECT_EQ(scoringRuleKindNamed("ti le"), nullptr);
    EXPECT_EQ(scoringRuleKindName(ScoringRuleKind::RateTarget), "rate-target");
    EXPECT_EQ(scoringRuleKindList(),
              "bands, proportional, linear, threshold, deduction, rate-target, manual");
}

TEST(ScoringKinds, EachKindReadsItsMembers)
{
    Read bands = readRule(R"({"kind":"bands","bands":[{"min":0.5,"points":1},{"min":0.9,"points":2}]})");
    ASSERT_TRUE(bands.ok);
    ASSERT_EQ(bands.rule.bands.size(), 2u);
    EXPECT_EQ(bands.rule.bands[0].min, 0.9); // highest bound first
    EXPECT_EQ(bands.rule.kind, ScoringRuleKind::Bands);

    Read prop = readRule(R"({"kind":"proportional","target":0.8,"cap":1.5,"comment":"x"})");
    ASSERT_TRUE(prop.ok);
    EXPECT_EQ(prop.rule.target, 0.8);
    EXPECT_EQ(prop.rule.cap, 1.5);

    Read most = readRule(R"({"kind":"threshold","at_most":3})");
    ASSERT_TRUE(most.ok);
    EXPECT_TRUE(most.rule.atMost);
    EXPECT_EQ(most.rule.bound, 3.0);

    Read rate = readRule(R"({"kind":"rate-target","at_least":0.95,"per_point":0.25})");
    ASSERT_TRUE(rate.ok);
    EXPECT_EQ(rate.rule.target, 0.95);
    EXPECT_EQ(rate.rule.perPoint, 0.25);

    Read ded = readRule(R"({"kind":"deduction","per_case":0.5,"floor":1})");
    ASSERT_TRUE(ded.ok);
    EXPECT_EQ(ded.rule.perCase, 0.5);
    EXPECT_EQ(ded.rule.floor, 1.0);

    EXPECT_TRUE(readRule(R"({"kind":"linear","slope":0.25})").ok);
    EXPECT_TRUE(readRule(R"({"kind":"manual"})").ok);
}

TEST(ScoringKinds, KeysAreExactlyWhatTheReaderAccepts)
{
    // A member of another kind is reported as unknown, with its path.
    Read stray = readRule(R"({"kind":"manual","slope":1})");
    EXPECT_FALSE(stray.ok);
    ASSERT_EQ(stray.errors.size(), 1u);
    EXPECT_EQ(stray.errors[0].path, "$.rule.slope");

    Read unknown = readRule(R"({"kind":"ti le"})");
    EXPECT_FALSE(unknown.ok);
    ASSERT_EQ(unknown.errors.size(), 1u);
    EXPECT_EQ(unknown.errors[0].path, "$.rule.kind");
    EXPECT_NE(unknown.errors[0].messageEn.find("rate-target, manual"), std::string::npos);

    Read both = readRule(R"({"kind":"rate-target","at_least":0.9,"at_most":0.95})");
    EXPECT_FALSE(both.ok);
    Read percent = readRule(R"({"kind":"rate-target","at_least":95})");
    EXPECT_FALSE(percent.ok);
    ASSERT_EQ(percent.errors.size(), 1u);
    EXPECT_EQ(percent.errors[0].path, "$.rule.at_least");
    EXPECT_FALSE(readRule(R"({"kind":"proportional","target":0})").ok); // must be positive
}

double pointsOf(const char* json, double max, double value)
{
    const Read r = readRule(json);
    EXPECT_TRUE(r.ok) << json;
    const Expected<double> p = scoringRuleKindInfo(r.rule.kind).points(r.rule, max, value);
    EXPECT_TRUE(p.ok()) << json;
    return p.ok() ? *p : -1.0;
}

TEST(ScoringKinds, PointsOnWorkedValues)
{
    const char* bands = R"({"kind":"bands","bands":[{"min":0.5,"points":1},{"min":0.9,"points":2}]})";
    EXPECT_DOUBLE_EQ(pointsOf(bands, 2, 0.95), 2.0);
    EXPECT_DOUBLE_EQ(pointsOf(bands, 2, 0.6), 1.0);
    EXPECT_DOUBLE_EQ(pointsOf(bands, 2, 0.4), 0.0);
    // 2 × 0.6 / 0.8 = 1.5; above the target the cap (the max) holds.
    EXPECT_DOUBLE_EQ(pointsOf(R"({"kind":"proportional","target":0.8})", 2, 0.6), 1.5);
    EXPECT_DOUBLE_EQ(pointsOf(R"({"kind":"proportional","target":0.8})", 2, 1.0), 2.0);
    // 0.25 × 3 = 0.75; 0.25 × 10 capped at the max 2.
    EXPECT_DOUBLE_EQ(pointsOf(R"({"kind":"linear","slope":0.25})", 2, 3), 0.75);
    EXPECT_DOUBLE_EQ(pointsOf(R"({"kind":"linear","slope":0.25})", 2, 10), 2.0);
    EXPECT_DOUBLE_EQ(pointsOf(R"({"kind":"threshold","at_most":3})", 1, 3), 1.0);
    EXPECT_DOUBLE_EQ(pointsOf(R"({"kind":"threshold","at_most":3})", 1, 4), 0.0);
    // 2 − 3 × 0.5 = 0.5, but never below the floor 1.
    EXPECT_DOUBLE_EQ(pointsOf(R"({"kind":"deduction","per_case":0.5})", 2, 3), 0.5);
    EXPECT_DOUBLE_EQ(pointsOf(R"({"kind":"deduction","per_case":0.5,"floor":1})", 2, 3), 1.0);
    // 92 % against 95 %: 3 percentage points short × 0.25 = 0.75 lost of 2.
    EXPECT_NEAR(pointsOf(R"({"kind":"rate-target","at_least":0.95,"per_point":0.25})", 2, 0.92),
                1.25, 1e-9);
    EXPECT_DOUBLE_EQ(pointsOf(R"({"kind":"rate-target","at_least":0.95})", 2, 0.92), 0.0);
    EXPECT_DOUBLE_EQ(pointsOf(R"({"kind":"manual"})", 2, 1.5), 1.5);
    const Read manual = readRule(R"({"kind":"manual"})");
    EXPECT_FALSE(scoringRuleKindInfo(ScoringRuleKind::Manual).points(manual.rule, 2, 2.5).ok());
}

TEST(ScoringKinds, ReasonsAndSummariesInBothLanguages)
{
    const Read r = readRule(R"({"kind":"rate-target","at_least":0.95,"per_point":0.25})");
    const LocalText name{"tỷ lệ đúng hạn", "on-time rate"};
    const LocalText reason = scoringRuleKindInfo(r.rule.kind)
                                 .reason(r.rule, RuleApplied{0.92, 1.25, 2.0, true, name});
    EXPECT_EQ(reason.vi, "tỷ lệ đúng hạn 92 % < 95 % (lệch 3 điểm % × 0,25)");
    EXPECT_EQ(reason.en, "on-time rate 92 % < 95 % (off by 3 percentage points × 0,25)");
    const LocalText summary = scoringRuleKindInfo(r.rule.kind).summary(r.rule, 2.0, true);
    EXPECT_EQ(summary.vi, "chỉ tiêu tỷ lệ ≥ 95 %, trừ 0,25 mỗi điểm % lệch");
    EXPECT_EQ(summary.en, "rate target ≥ 95 %, minus 0,25 per percentage point off");
}

} // namespace
} // namespace parcalc
