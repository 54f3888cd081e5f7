// Tests for ruleset_loader: the shipped default rule set loads; bad files are
// rejected with the file name, the JSON path and a vi + en message.
#include "core/checks/check_kinds.hxx"
#include "core/ruleset/ruleset_loader.hxx"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

namespace parcalc
{
namespace
{

const std::string kDefault = std::string(PARCALC_SOURCE_DIR) + "/rulesets/default-huyen.json";

// A small valid rule set; `checks` is spliced in.
std::string ruleSetWith(const std::string& checks, const std::string& extraRows = "")
{
    return R"({"format": 1, "id": "t", "version": "1", "title": {"vi": "T", "en": "T"},
        "level": "huyen", "rows": [
          {"id": "1", "stt": "1", "label": "Tỷ lệ", "kind": "ratio", "unit": "%"},
          {"id": "1.1", "stt": "1.1", "label": "Tổng số", "kind": "count"},
          {"id": "1.2", "stt": "1.2", "label": "Đã xong", "kind": "count"},
          {"id": "2", "stt": "2", "label": "Nhóm", "kind": "group"})" +
           extraRows + R"(], "checks": [)" + checks + "]}";
}

// The first error, for the assertion messages.
std::string firstError(const RuleSetLoad& load)
{
    return load.errors.empty() ? std::string("(no error)") : load.errors.front().describe();
}

TEST(RuleSetLoader, LoadsTheDefaultRuleSet)
{
    const RuleSetLoad load = loadRuleSetFile(kDefault);
    ASSERT_TRUE(load.ok()) << firstError(load);
    const RuleSet& rs = *load.ruleSet;
    EXPECT_EQ(rs.id, "default-huyen");
    EXPECT_EQ(rs.level, "huyen");
    EXPECT_EQ(rs.rows.size(), 121u);
    ASSERT_TRUE(rs.find("4.6.0"));
    EXPECT_EQ(rs.rows[*rs.find("4.6.0")].stt, "4.6");
    EXPECT_EQ(rs.rows[*rs.find("3.1.4.a")].stt, "Trong đó");
    EXPECT_EQ(rs.rows[*rs.find("6.1.1")].kind, RowKind::Money);
    EXPECT_EQ(rs.grades.size(), 5u);
    EXPECT_FALSE(rs.rows[0].foldedLabels.empty());

    // The 6.2 sum is a warning against 4.3, reported on 6.2.
    bool found = false;
    for (const Check& c : rs.checks)
    {
        const SumEqualsCheck* sum = c.as<SumEqualsCheck>();
        if (sum && rs.rows[c.anchor].id == "6.2")
        {
            found = true;
            EXPECT_EQ(rs.rows[sum->total].id, "4.3");
            EXPECT_EQ(sum->parts.size(), 6u);
            EXPECT_EQ(c.severity, Severity::Warning);
        }
    }
    EXPECT_TRUE(found);
}

TEST(RuleSetLoader, AcceptsEveryCheckKind)
{
    const RuleSetLoad load = parseRuleSet(
        ruleSetWith(R"({"kind": "ratio", "row": "1", "numerator": "1.2", "denominator": "1.1"},
            {"kind": "part-le-whole", "parts": ["1.2"], "whole": "1.1"},
            {"kind": "sum-equals", "total": "1.1", "parts": ["1.2"], "severity": "warning"},
            {"kind": "range", "row": "1", "min": 0, "max": 100},
            {"kind": "one-of", "row": "2", "values": ["Có", "Không"]},
            {"kind": "required-if", "row": "1.2", "if": {"row": "1.1", "op": ">", "value": 0}},
            {"kind": "integer", "row_kinds": ["count"]},
            {"kind": "non-negative", "rows": ["1.1", "1.2"]},
            {"kind": "cumulative", "row": "1.2"})"),
        "t.json");
    ASSERT_TRUE(load.ok()) << firstError(load);
    const RuleSet& rs = *load.ruleSet;
    ASSERT_EQ(rs.checks.size(), 9u);
    EXPECT_EQ(rs.checks[1].anchor, 2u); // single part: reported on the part
    EXPECT_EQ(rs.checks[2].severity, Severity::Warning);
    ASSERT_TRUE(rs.checks[6].as<IntegerCheck>());
    EXPECT_EQ(rs.checks[6].as<IntegerCheck>()->rows.size(), 2u); // both count rows
    ASSERT_TRUE(rs.checks[5].as<RequiredIfCheck>());
    EXPECT_EQ(rs.checks[5].as<RequiredIfCheck>()->conditionOp, CompareOp::Greater);
    // Each read as its own kind, in the file's order.
    const char* kinds[] = {"ratio",       "part-le-whole", "sum-equals",   "range",     "one-of",
                           "required-if", "integer",       "non-negative", "cumulative"};
    for (std::size_t i = 0; i < 9; ++i)
        EXPECT_EQ(checkKindOf(rs.checks[i]).name, kinds[i]) << i;
}

struct BadCase
{
    const char* name;
    std::string json;
    const char* path;   // expected JSON path of the first error
    const char* wordEn; // expected in the English message
};

class RuleSetLoaderBad : public ::testing::TestWithParam<BadCase>
{
};

TEST_P(RuleSetLoaderBad, IsRejectedWithPathAndMessage)
{
    const BadCase& c = GetParam();
    const RuleSetLoad load = parseRuleSet(c.json, "bad.json");
    ASSERT_FALSE(load.ok());
    ASSERT_FALSE(load.errors.empty());
    const RuleSetError& e = load.errors.front();
    EXPECT_EQ(e.file, "bad.json");
    EXPECT_EQ(e.path, c.path) << e.describe();
    EXPECT_NE(e.messageEn.find(c.wordEn), std::string::npos) << e.describe();
    EXPECT_FALSE(e.message.empty());
    EXPECT_NE(e.describe().find("bad.json: "), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RuleSetLoaderBad,
    ::testing::Values(
        BadCase{"syntax", "{\"format\": 1,\n \"id\": }", "$", "syntax error at line:column 2"},
        BadCase{"notObject", "[1, 2]", "$", "must be an object"},
        BadCase{"unknownKind", ruleSetWith(R"({"kind": "eval", "row": "1"})"), "$.checks[0].kind",
                "unknown check kind \"eval\""},
        BadCase{"unknownRow", ruleSetWith(R"({"kind": "ratio", "row": "1", "numerator": "9.9",
                    "denominator": "1.1"})"),
                "$.checks[0].numerator", "row id \"9.9\" is not in \"rows\""},
        BadCase{"unknownRowInList",
                ruleSetWith(R"({"kind": "part-le-whole", "parts": ["1.2", "7"], "whole": "1.1"})"),
                "$.checks[0].parts[1]", "row id \"7\""},
        BadCase{"groupInSum",
                ruleSetWith(R"({"kind": "sum-equals", "total": "2", "parts": ["1.1"]})"),
                "$.checks[0].total", "holds no number"},
        BadCase{"duplicateId",
                ruleSetWith("", R"(, {"id": "1.1", "label": "Lặp", "kind": "count"})"),
                "$.rows[4].id", "duplicate row id \"1.1\""},
        BadCase{"cycle", ruleSetWith(R"({"kind": "sum-equals", "total": "1.1", "parts": ["1.2"]},
                    {"kind": "sum-equals", "total": "1.2", "parts": ["1.1"]})"),
                "$.checks[0]", "cycle"},
        BadCase{"selfCycle",
                ruleSetWith(R"({"kind": "sum-equals", "total": "1.1", "parts": ["1.1", "1.2"]})"),
                "$.checks[0]", "cycle through row \"1.1\""},
        BadCase{"wrongType", ruleSetWith(R"({"kind": "range", "row": "1", "min": "0"})"),
                "$.checks[0].min", "must be a number"},
        BadCase{"misspelt",
                ruleSetWith(R"({"kind": "range", "row": "1", "max": 100, "severty": "info"})"),
                "$.checks[0].severty", "unknown field"},
        BadCase{"badSeverity",
                ruleSetWith(R"({"kind": "integer", "row": "1.1", "severity": "fatal"})"),
                "$.checks[0].severity", "severity must be"},
        BadCase{"twoTargets", ruleSetWith(R"({"kind": "integer", "row": "1.1", "rows": ["1.2"]})"),
                "$.checks[0]", "exactly one of"},
        BadCase{"badOp", ruleSetWith(R"({"kind": "required-if", "row": "1.2",
                    "if": {"row": "1.1", "op": "~", "value": 1}})"),
                "$.checks[0].if.op", "op must be"},
        BadCase{"badRowKind",
                R"({"format": 1, "id": "t", "version": "1", "title": {"vi": "T", "en": "T"},
                    "level": "huyen", "rows": [{"id": "1", "label": "x", "kind": "number"}]})",
                "$.rows[0].kind", "unknown row kind"},
        BadCase{"badAggregate",
                R"({"format": 1, "id": "t", "version": "1", "title": {"vi": "T", "en": "T"},
                    "level": "huyen", "rows": [{"id": "1", "label": "x", "kind": "count",
                    "aggregate": "average"}]})",
                "$.rows[0].aggregate", "unknown aggregate \"average\""},
        BadCase{"missingTitle",
                R"({"format": 1, "id": "t", "version": "1", "level": "xa",
                    "rows": [{"id": "1", "label": "x", "kind": "count"}]})",
                "$.title", "missing required field \"title\""},
        BadCase{"newerFormat",
                R"({"format": 2, "id": "t", "version": "1", "title": {"vi": "T", "en": "T"},
                    "level": "xa", "rows": [{"id": "1", "label": "x", "kind": "count"}]})",
                "$.format", "not supported"},
        BadCase{"gradesOrder",
                R"({"format": 1, "id": "t", "version": "1", "title": {"vi": "T", "en": "T"},
                    "level": "xa", "rows": [{"id": "1", "label": "x", "kind": "count"}],
                    "grades": [{"min": 50, "label": {"vi": "a", "en": "a"}},
                               {"min": 90, "label": {"vi": "b", "en": "b"}}]})",
                "$.grades[1].min", "highest down"}),
    [](const ::testing::TestParamInfo<BadCase>& c) { return std::string(c.param.name); });

TEST(RuleSetLoader, ReadsARowsAggregateAndLeavesItUnsetWithout)
{
    const RuleSetLoad load = parseRuleSet(
        ruleSetWith("", R"(, {"id": "3", "label": "Điểm", "kind": "percent",
            "aggregate": "min-median-max"})"),
        "t.json");
    ASSERT_TRUE(load.ok()) << firstError(load);
    const RuleSet& rs = *load.ruleSet;
    EXPECT_EQ(rs.rows[*rs.find("3")].aggregate, RowAggregate::MinMedianMax);
    EXPECT_FALSE(rs.rows[*rs.find("1.1")].aggregate.has_value());
}

TEST(RuleSetLoader, ReportsEveryProblemNotOnlyTheFirst)
{
    const RuleSetLoad load = parseRuleSet(
        ruleSetWith(R"({"kind": "eval"}, {"kind": "integer", "row": "nope"})"), "bad.json");
    ASSERT_EQ(load.errors.size(), 2u);
    EXPECT_EQ(load.errors[1].path, "$.checks[1].row");
}

TEST(RuleSetLoader, MissingFileIsAnError)
{
    const RuleSetLoad load = loadRuleSetFile("/nonexistent/rules.json");
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.errors[0].file, "/nonexistent/rules.json");
}

TEST(RuleSetLoader, SchemaBadExamplesAreRejectedToo)
{
    // The files the ajv test rejects must be rejected by the C++ loader as well.
    const std::filesystem::path dir =
        std::filesystem::path(PARCALC_SOURCE_DIR) / "tests/schema/bad";
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
    {
        const RuleSetLoad load = loadRuleSetFile(entry.path().string());
        EXPECT_FALSE(load.ok()) << entry.path();
        ++count;
    }
    EXPECT_GE(count, 5);
}

// Regression (fuzz_ruleset_loader, issue 6): a number beyond the double range made
// nlohmann::json throw out_of_range.406, which escaped parseRuleSet.
TEST(RuleSetLoader, NumberOverflowIsAnErrorNotAnException)
{
    for (const char* text : {R"({"format": 1e999})", "-1e400", R"({"rows": [{"id": 1E+999}]})"})
    {
        RuleSetLoad load;
        EXPECT_NO_THROW(load = parseRuleSet(text, "big.json")) << text;
        EXPECT_FALSE(load.ok()) << text;
        ASSERT_EQ(load.errors.size(), 1u) << text;
        EXPECT_EQ(load.errors[0].path, "$");
        EXPECT_FALSE(load.errors[0].message.empty());
        EXPECT_NE(load.errors[0].messageEn.find("too large"), std::string::npos);
    }
}

// Regression (fuzz_ruleset_loader, issue 6): a "scoring" object nested ~75 000 levels deep
// overflowed the stack in nlohmann::json::dump(); nesting is now limited.
TEST(RuleSetLoader, DeepNestingIsAnErrorNotAStackOverflow)
{
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    for (const std::string& text :
         {ruleSetWith("").insert(1, R"("scoring": {"a": )" + deep + "}, "), deep,
          R"({"rows": )" + deep + "}"})
    {
        const RuleSetLoad load = parseRuleSet(text, "deep.json");
        EXPECT_FALSE(load.ok());
        ASSERT_EQ(load.errors.size(), 1u);
        EXPECT_EQ(load.errors[0].path, "$");
        EXPECT_NE(load.errors[0].messageEn.find("nested too deeply"), std::string::npos)
            << load.errors[0].describe();
    }
    // Brackets inside strings do not count; 100 levels are fine.
    const RuleSetLoad strings = parseRuleSet(
        ruleSetWith("").insert(1, R"("scoring": {"a": ")" + std::string(500, '[') + R"("}, )"),
        "s.json");
    for (const RuleSetError& e : strings.errors)
        EXPECT_EQ(e.messageEn.find("nested too deeply"), std::string::npos) << e.describe();
    const RuleSetLoad hundred = parseRuleSet(std::string(100, '[') + std::string(100, ']'), "h");
    ASSERT_EQ(hundred.errors.size(), 1u);
    EXPECT_EQ(hundred.errors[0].messageEn.find("nested too deeply"), std::string::npos);
}

// Written into the test's temporary directory; removed by the caller.
std::filesystem::path writeTemp(const std::string& name, std::size_t bytes)
{
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream out(path, std::ios::binary);
    std::string chunk(1 << 16, ' ');
    for (std::size_t left = bytes; left > 0; left -= std::min(left, chunk.size()))
        out.write(chunk.data(), std::streamsize(std::min(left, chunk.size())));
    return path;
}

TEST(RuleSetLoader, OversizedFileIsRefusedBeforeParsing)
{
    // 4 MB + 1 byte of spaces: refused on its size, not parsed (it would be a syntax error).
    const auto path = writeTemp("parcalc-ruleset-huge.json", kMaxRuleSetBytes + 1);
    const RuleSetLoad load = loadRuleSetFile(path.string());
    std::filesystem::remove(path);
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.errors[0].path, "$");
    EXPECT_EQ(load.errors[0].messageEn, "the rule-set file is too large (5 MB; at most 4 MB)");
    EXPECT_EQ(load.errors[0].message, "tệp bộ quy tắc quá lớn (5 MB; tối đa 4 MB)");
}

TEST(RuleSetLoader, EmptyFileSaysSo)
{
    const auto path = writeTemp("parcalc-ruleset-empty.json", 0);
    const RuleSetLoad load = loadRuleSetFile(path.string());
    std::filesystem::remove(path);
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.errors[0].messageEn, "the rule-set file is empty (0 bytes)");
}

} // namespace
} // namespace parcalc
