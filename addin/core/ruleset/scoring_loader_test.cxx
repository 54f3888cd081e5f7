// Tests for reading "scoring" (scoring_loader): the shipped example rule set loads with
// its tree, every rule and input kind is read, bad scoring sections are rejected with
// the file, the JSON path and a vi + en message.
#include "core/ruleset/scoring_catalog.hxx"
#include "core/ruleset/scoring_loader.hxx"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace parcalc
{
namespace
{

const std::string kRulesets = std::string(PARCALC_SOURCE_DIR) + "/rulesets/";

// A small rule set with an appendix of four rows; `fields` and `extra` are spliced into
// "scoring".
std::string withScoring(const std::string& fields, const std::string& extra = "")
{
    return R"({"format": 1, "id": "t", "version": "1", "title": {"vi": "T", "en": "T"},
        "level": "huyen", "rows": [
          {"id": "1", "stt": "1", "label": "Tỷ lệ", "kind": "ratio", "unit": "%"},
          {"id": "1.1", "stt": "1.1", "label": "Tổng số", "kind": "count"},
          {"id": "1.2", "stt": "1.2", "label": "Đã xong", "kind": "count"},
          {"id": "2", "stt": "2", "label": "Nhóm", "kind": "group"},
          {"id": "3", "stt": "3", "label": "Có đối thoại", "kind": "yesno"}],
        "scoring": {)" +
           extra + R"("fields": [)" + fields + "]}}";
}

// One field "A" of max `max` holding `criteria`.
std::string field(const std::string& criteria, double max = 1)
{
    return R"({"id": "A", "label": {"vi": "A", "en": "A"}, "max": )" + std::to_string(max) +
           R"(, "criteria": [)" + criteria + "]}";
}

std::string leaf(const std::string& id, double max, const std::string& rule,
                 const std::string& input = "", const std::string& extra = "")
{
    std::string s = R"({"id": ")" + id + R"(", "label": {"vi": "x", "en": "x"}, "max": )" +
                    std::to_string(max) + R"(, "rule": )" + rule;
    if (!input.empty())
        s += R"(, "input": )" + input;
    return s + extra + "}";
}

ScoringRuleSetLoad load(const std::string& json)
{
    return makeScoringRuleSet(parseRuleSet(json, "t.json"), "t.json");
}

std::string firstError(const ScoringRuleSetLoad& l)
{
    return l.errors.empty() ? std::string("(no error)") : l.errors.front().describe();
}

TEST(ScoringLoader, LoadsTheExampleRuleSet)
{
    const ScoringRuleSetLoad l = makeScoringRuleSet(
        loadRuleSetFile(kRulesets + "example-huyen-diem.json"), "example-huyen-diem.json");
    ASSERT_TRUE(l.ok()) << firstError(l);
    const ScoringRuleSet& rs = *l.value;
    EXPECT_EQ(rs.ruleSet.id, "example-huyen-diem");
    // Clearly an example, in both languages.
    EXPECT_NE(rs.ruleSet.title.vi.find("VÍ DỤ"), std::string::npos);
    EXPECT_NE(rs.ruleSet.title.en.find("EXAMPLE"), std::string::npos);
    EXPECT_NE(rs.ruleSet.title.en.find("NOT official"), std::string::npos);
    // Seed 002's field maxima: 13 + 10 + 18 + 10 + 13 + 13 + 14 + 6 = 97.
    ASSERT_EQ(rs.scoring.fields.size(), 8u);
    EXPECT_DOUBLE_EQ(rs.scoring.totalMax, 97.0);
    const double maxima[] = {13, 10, 18, 10, 13, 13, 14, 6};
    for (std::size_t i = 0; i < 8; ++i)
        EXPECT_DOUBLE_EQ(rs.scoring.nodes[rs.scoring.fields[i]].max, maxima[i]);
    // Seed rules in place.
    const ScoringNode* n = rs.scoring.find("6.1.1");
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(n->level, ScoringLevel::SubCriterion);
    EXPECT_EQ(n->rule.kind, ScoringRuleKind::Proportional);
    EXPECT_EQ(n->input.kind, ScoringInputKind::Rate);
    EXPECT_EQ(n->input.refs[0].id, "6.1.2");
    EXPECT_EQ(rs.scoring.find("3.4.1")->rule.kind, ScoringRuleKind::RateTarget);
    EXPECT_EQ(rs.scoring.find("3.4.1")->input.kind, ScoringInputKind::OnTimeRate);
    EXPECT_EQ(rs.scoring.find("7.1.1")->rule.kind, ScoringRuleKind::Bands);
    EXPECT_EQ(rs.scoring.find("7.2.4")->rule.kind, ScoringRuleKind::Linear);
    EXPECT_EQ(rs.scoring.find("5.6")->rule.kind, ScoringRuleKind::Deduction);
    EXPECT_EQ(rs.scoring.find("5.6")->input.weights, (std::vector<double>{1, 1, 0.5}));
    EXPECT_EQ(rs.scoring.find("6.3.1")->rule.kind, ScoringRuleKind::Threshold);
    EXPECT_TRUE(rs.scoring.find("7.1.2")->input.refs[0].manual);
    EXPECT_FALSE(rs.scoring.find("6")->leaf());
    EXPECT_EQ(rs.scoring.find("6.1")->level, ScoringLevel::Criterion);
    // Grades from the rule set, both languages.
    EXPECT_EQ(*rs.gradesVi.grade(91.969), "Xuất sắc");
    EXPECT_EQ(*rs.gradesEn.grade(85), "Good");
}

TEST(ScoringLoader, EveryShippedRuleSetLoadsWithItsScoring)
{
    for (const auto& entry : std::filesystem::directory_iterator(kRulesets))
    {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".json" || name == "ruleset.schema.json")
            continue;
        const RuleSetLoad rs = loadRuleSetFile(entry.path().string());
        ASSERT_TRUE(rs.ok()) << name;
        // The scoring tree is read with the rest (a wrong one fails the load above); the
        // grades make schemes.
        EXPECT_TRUE(rs.ruleSet->gradeSchemes) << name << ": " << rs.ruleSet->gradeSchemesProblem;
    }
}

TEST(ScoringLoader, ExampleIsBundledAfterTheDefault)
{
    const auto& bundled = bundledRuleSets();
    ASSERT_GE(bundled.size(), 2u);
    EXPECT_EQ(bundled[0].id, "default-huyen"); // still the validation default
    EXPECT_EQ(bundled[1].id, "example-huyen-diem");
}

TEST(ScoringLoader, ReadsEveryRuleAndInputKind)
{
    const std::string criteria =
        leaf("b", 1, R"({"kind": "bands", "bands": [{"min": 0.9, "points": 0.5},
                          {"min": 0.95, "points": 1}]})",
             R"({"value": "1"})") +
        "," +
        leaf("p", 1, R"({"kind": "proportional", "target": 0.5, "cap": 0.8})",
             R"({"rate": {"numerator": "1.2", "denominator": "1.1"}})") +
        "," + leaf("l", 1, R"({"kind": "linear", "slope": 2})", R"({"value": "n"})") + "," +
        leaf("t", 1, R"({"kind": "threshold", "at_most": 0.05})", R"({"value": "1"})") + "," +
        leaf("d", 1, R"({"kind": "deduction", "per_case": 0.25, "floor": 0.5})",
             R"({"sum": ["1.1", "1.2"], "weights": [2, 1]})") +
        "," +
        leaf("r", 1, R"({"kind": "rate-target", "at_least": 0.95, "per_point": 0.1})",
             R"({"on_time_rate": {"on_time": "1.2", "resolved": "1.1", "early": "n"},
                       "name": {"vi": "đúng hạn", "en": "on time"}})",
             R"(, "not_applicable": "full")") +
        "," + leaf("m", 1, R"({"kind": "manual"})") + "," +
        leaf("y", 1, R"({"kind": "threshold", "at_least": 1})", R"({"value": "3"})");
    const auto l = load(withScoring(
        field(criteria, 8), R"("manual_inputs": [{"id": "n", "label": {"vi": "n", "en": "n"}}],)"));
    ASSERT_TRUE(l.ok()) << firstError(l);
    const ScoringRules& s = l.value->scoring;
    ASSERT_EQ(s.nodes.size(), 9u);
    const ScoringNode& b = *s.find("b");
    ASSERT_EQ(b.rule.bands.size(), 2u);
    EXPECT_EQ(b.rule.bands[0].min, 0.95); // highest first
    EXPECT_EQ(*s.find("p")->rule.cap, 0.8);
    EXPECT_EQ(s.find("p")->rule.target, 0.5);
    EXPECT_EQ(s.find("l")->rule.slope, 2);
    EXPECT_TRUE(s.find("l")->input.refs[0].manual);
    EXPECT_TRUE(s.find("t")->rule.atMost);
    EXPECT_EQ(s.find("t")->rule.bound, 0.05);
    EXPECT_EQ(*s.find("d")->rule.floor, 0.5);
    EXPECT_EQ(s.find("d")->input.weights, (std::vector<double>{2, 1}));
    const ScoringNode& r = *s.find("r");
    EXPECT_EQ(*r.rule.perPoint, 0.1);
    EXPECT_EQ(r.notApplicable, NotApplicablePolicy::Full);
    ASSERT_TRUE(r.input.early);
    EXPECT_EQ(r.input.name.en, "on time");
    EXPECT_EQ(s.find("m")->rule.kind, ScoringRuleKind::Manual);
    EXPECT_EQ(s.find("m")->notApplicable, NotApplicablePolicy::Exclude); // the default
}

TEST(ScoringLoader, EvidenceIsReadOnEveryLevel)
{
    const std::string sub =
        leaf("a.1", 1, R"({"kind": "proportional", "target": 1})",
             R"({"rate": {"numerator": "1.2", "denominator": "1.1"}})", R"(, "evidence": true)");
    const std::string parent =
        R"({"id": "a", "label": {"vi": "a", "en": "a"}, "max": 1, "evidence": false,
            "sub_criteria": [)" +
        sub + "]}";
    const std::string json = withScoring(
        R"({"id": "A", "label": {"vi": "A", "en": "A"}, "max": 1, "evidence": true, "criteria": [)" +
        parent + "]}");
    const ScoringRuleSetLoad l = load(json);
    ASSERT_TRUE(l.ok()) << firstError(l);
    const ScoringRules& tree = l.value->scoring;
    EXPECT_TRUE(tree.nodes.at(tree.index.at("A")).evidence);
    EXPECT_FALSE(tree.nodes.at(tree.index.at("a")).evidence);
    EXPECT_TRUE(tree.nodes.at(tree.index.at("a.1")).evidence);
}

TEST(ScoringLoader, RuleSetWithoutScoringIsRejectedForScoringOnly)
{
    const RuleSetLoad rs = loadRuleSetFile(kRulesets + "default-huyen.json");
    ASSERT_TRUE(rs.ok());
    EXPECT_FALSE(rs.ruleSet->scoring.has_value()); // none, no error
    const ScoringRuleSetLoad l = makeScoringRuleSet(*rs.ruleSet, "default-huyen.json");
    ASSERT_FALSE(l.ok());
    EXPECT_EQ(l.errors[0].path, "$.scoring");
    EXPECT_NE(l.errors[0].messageEn.find("has no scoring criteria"), std::string::npos);
    EXPECT_NE(l.errors[0].message.find("không có tiêu chí chấm điểm"), std::string::npos);
}

struct BadCase
{
    const char* name;
    std::string json;
    const char* path;   // JSON path of the first error
    const char* wordEn; // expected in its English message
};

class ScoringLoaderBad : public ::testing::TestWithParam<BadCase>
{
};

TEST_P(ScoringLoaderBad, IsRejectedWithPathAndMessage)
{
    const BadCase& c = GetParam();
    const ScoringRuleSetLoad l = load(c.json);
    ASSERT_FALSE(l.ok());
    const RuleSetError& e = l.errors.front();
    EXPECT_EQ(e.file, "t.json");
    EXPECT_EQ(e.path, c.path) << e.describe();
    EXPECT_NE(e.messageEn.find(c.wordEn), std::string::npos) << e.describe();
    EXPECT_FALSE(e.message.empty());
}

const std::string kRate = R"({"rate": {"numerator": "1.2", "denominator": "1.1"}})";
const std::string kProp = R"({"kind": "proportional", "target": 1})";

INSTANTIATE_TEST_SUITE_P(
    Cases, ScoringLoaderBad,
    ::testing::Values(
        BadCase{"unknownKey", withScoring(field(leaf("a", 1, kProp, kRate)), R"("x": 1,)"),
                "$.scoring.x", "unknown field \"x\""},
        BadCase{
            "unknownRuleKind", withScoring(field(leaf("a", 1, R"({"kind": "formula"})", kRate))),
            "$.scoring.fields[0].criteria[0].rule.kind", "unknown scoring rule kind \"formula\""},
        BadCase{"unknownRow",
                withScoring(field(leaf("a", 1, kProp,
                                       R"({"rate": {"numerator": "9", "denominator": "1.1"}})"))),
                "$.scoring.fields[0].criteria[0].input.rate.numerator",
                "\"9\" is neither a row id"},
        BadCase{"groupRow", withScoring(field(leaf("a", 1, kProp, R"({"value": "2"})"))),
                "$.scoring.fields[0].criteria[0].input.value", "holds no number to score"},
        BadCase{"maxMismatch", withScoring(field(leaf("a", 1, kProp, kRate), 2)),
                "$.scoring.fields[0].max", "differs from the sum of its parts' maxima 1"},
        BadCase{
            "duplicateId",
            withScoring(field(leaf("a", 1, kProp, kRate) + "," + leaf("a", 1, kProp, kRate), 2)),
            "$.scoring.fields[0].criteria[1].id", "duplicate criterion id \"a\""},
        BadCase{"evidenceNotABoolean",
                withScoring(field(leaf("a", 1, kProp, kRate, R"(, "evidence": "có")"))),
                "$.scoring.fields[0].criteria[0].evidence", "must be true or false"},
        BadCase{"missingInput", withScoring(field(leaf("a", 1, kProp))),
                "$.scoring.fields[0].criteria[0].input", "missing required field \"input\""},
        BadCase{"manualWithInput", withScoring(field(leaf("a", 1, R"({"kind": "manual"})", kRate))),
                "$.scoring.fields[0].criteria[0].input", "a manual criterion has no \"input\""},
        BadCase{"rateTargetOnCount",
                withScoring(field(leaf("a", 1, R"({"kind": "rate-target", "at_least": 0.95})",
                                       R"({"value": "1.1"})"))),
                "$.scoring.fields[0].criteria[0].input", "a rate-target rule needs a rate"},
        BadCase{
            "rateTargetInPercent",
            withScoring(field(leaf("a", 1, R"({"kind": "rate-target", "at_least": 95})", kRate))),
            "$.scoring.fields[0].criteria[0].rule.at_least", "95 % is 0.95"},
        BadCase{"thresholdBothBounds",
                withScoring(field(leaf("a", 1, R"({"kind": "threshold", "at_least": 1,
                                                   "at_most": 2})",
                                       kRate))),
                "$.scoring.fields[0].criteria[0].rule", "exactly one of \"at_least\""},
        BadCase{"bandAboveMax",
                withScoring(field(leaf("a", 1, R"({"kind": "bands", "bands": [{"min": 0.5,
                                                   "points": 2}]})",
                                       kRate))),
                "$.scoring.fields[0].criteria[0].rule.bands", "exceed the criterion's max 1"},
        BadCase{"negativeMax", withScoring(field(leaf("a", -1, kProp, kRate), -1)),
                "$.scoring.fields[0].max", "must not be negative"},
        BadCase{"twoInputs",
                withScoring(field(leaf("a", 1, kProp, R"({"value": "1", "sum": ["1.1"]})"))),
                "$.scoring.fields[0].criteria[0].input", "exactly one of \"value\""},
        BadCase{"weightsCount",
                withScoring(field(leaf("a", 1, R"({"kind": "deduction", "per_case": 1})",
                                       R"({"sum": ["1.1", "1.2"], "weights": [1]})"))),
                "$.scoring.fields[0].criteria[0].input.weights", "as many weights"},
        BadCase{
            "badManualId",
            withScoring(field(leaf("a", 1, kProp, kRate)),
                        R"("manual_inputs": [{"id": "1.9", "label": {"vi": "x", "en": "x"}}],)"),
            "$.scoring.manual_inputs[0].id", "must start with a lower-case letter"},
        BadCase{"ruleAndSubCriteria",
                withScoring(field(R"({"id": "a", "label": {"vi": "a", "en": "a"}, "max": 1,
                    "rule": {"kind": "manual"}, "sub_criteria": [)" +
                                  leaf("a.1", 1, R"({"kind": "manual"})") + "]}")),
                "$.scoring.fields[0].criteria[0].rule", "has no \"rule\" of its own"},
        BadCase{"fieldWithoutCriteria",
                withScoring(R"({"id": "A", "label": {"vi": "A", "en": "A"}, "max": 1})"),
                "$.scoring.fields[0].criteria", "missing required field \"criteria\""},
        BadCase{"unknownPolicy",
                withScoring(field(leaf("a", 1, kProp, kRate, R"(, "not_applicable": "zero")"))),
                "$.scoring.fields[0].criteria[0].not_applicable", "must be \"exclude\""},
        BadCase{"receivedWithoutBase",
                withScoring(field(leaf("a", 1, R"({"kind": "rate-target", "at_least": 0.9})",
                                       R"({"on_time_rate": {"on_time": "1.2", "resolved": "1.1",
                                           "convention": "received"}})"))),
                "$.scoring.fields[0].criteria[0].input.on_time_rate.base", "need \"base\""}),
    [](const ::testing::TestParamInfo<BadCase>& c) { return std::string(c.param.name); });

TEST(ScoringLoader, RejectsTheSchemaBadCasesToo)
{
    // tests/schema/bad/scoring-*.json: what ajv rejects, the loader rejects.
    const std::string dir = std::string(PARCALC_SOURCE_DIR) + "/tests/schema/bad/";
    int seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
    {
        const std::string name = entry.path().filename().string();
        if (name.rfind("scoring-", 0) != 0)
            continue;
        ++seen;
        const ScoringRuleSetLoad l =
            makeScoringRuleSet(loadRuleSetFile(entry.path().string()), name);
        EXPECT_FALSE(l.ok()) << name;
        if (!l.ok())
        {
            EXPECT_EQ(l.errors[0].path.rfind("$.scoring.fields[0].criteria[0]", 0), 0u)
                << name << ": " << l.errors[0].describe();
        }
    }
    EXPECT_GE(seen, 6);
}

} // namespace
} // namespace parcalc
