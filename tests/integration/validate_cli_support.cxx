// The `parcalc validate` test runners and the seed-001 expectations
// (validate_cli_support.hxx).
#include "validate_cli_support.hxx"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <tuple>

namespace fs = std::filesystem;
using namespace parcalc::cli_test;

namespace validate_test
{
namespace
{

// ---------------------------------------------------------------------------
// Seed 001: its real problems, worked out from the seed (tests/data/ngan-son-q1-2023.tsv,
// one sheet row per line, the table's value column D; /work/shared seed 001 lines 260-440).

struct SeedProblem
{
    const char* severity;
    const char* code;
    const char* row;
    int sheetRow; // row of the value cell when the table's header starts at A5
};

const std::vector<SeedProblem>& seedProblems()
{
    static const std::vector<SeedProblem> problems = []
    {
        std::vector<SeedProblem> p{
            // "0" % reported for 0 of 0 issues (1.3.3 / 1.3.2 = 0/0) and 0 of 0 PAKN.
            {"error", "zero-denominator", "1.3.4", 16},
            {"error", "zero-denominator", "3.4", 61},
            // "Chưa có đánh giá kết quả" where a number of procedures is due: no number given
            // (issue 12), and 1.5.1 blank with "Chưa thực hiện" in Ghi chú.
            {"warning", "not-reported", "3.1.1", 41},
            {"warning", "not-reported", "1.5.1", 23},
            // 6.2.1 + 6.2.2 + 6.2.3.a-c + 6.2.4 = 0+1+0+0+0+33 = 34 units vs 4.3 = 33.
            {"warning", "sum-mismatch", "6.2", 105},
        };
        // Rows left blank. Not 1.5.1 (its note "Chưa thực hiện" says why) nor 1.5.2
        // (asked only when 1.5.1 > 0); group rows carry no value.
        const std::vector<std::pair<const char*, int>> blank{
            {"1.4.1", 18},    {"1.4.2", 19},    {"1.4.3", 20},    {"1.4.4", 21},
            {"2.2.1", 31},    {"2.2.1.a", 32},  {"2.2.1.b", 33},  {"3.1.4", 44},
            {"3.2.1", 48},    {"3.2.2", 49},    {"4.4", 68},      {"5.3.3", 93},
            {"7.2.1", 122},   {"7.2.1.a", 123}, {"7.2.1.b", 124}, {"7.2.1.c", 125},
            {"7.2.2", 126},   {"7.2.2.a", 127}, {"7.2.2.b", 128}, {"7.2.2.c", 129},
            {"7.2.3", 130},   {"7.2.3.a", 131}, {"7.2.3.b", 132}, {"7.2.4", 135},
            {"7.2.4.a", 136}, {"7.2.4.b", 137}, {"7.2.5", 138},   {"7.2.5.a", 139},
            {"7.2.5.b", 140}};
        for (const auto& [row, sheetRow] : blank)
            p.push_back({"warning", "empty-value", row, sheetRow});
        return p;
    }();
    return problems;
}

using Key =
    std::tuple<std::string, std::string, std::string, std::string>; // severity code row cell

std::string cellName(char column, int row)
{
    return std::string(1, column) + std::to_string(row);
}

} // namespace

// Runs `parcalc ARGS` (no profile added): exit code, stdout, stderr.
ToolRun runTool(const std::string& name, const std::vector<std::string>& args)
{
    return runParcalc(fs::path(kBinary) / "tests" / "validate-out" / name, args);
}

// `parcalc validate --profile <suite profile> ARGS`; with `output` set, --output goes
// to build/tests/validate-out/NAME/OUTPUT and its content is returned as `out`. The
// profile of the running test suite: build/test-profiles/validate_<Suite>. Kept
// between runs (a new profile makes soffice's first start several seconds slower);
// the suites run in parallel, each on its own profile, their runs one after another.
ToolRun runValidate(const std::string& name, std::vector<std::string> args,
                    const std::string& output, const std::string& profile)
{
    std::vector<std::string> all{"validate", "--profile", profile};
    std::string outputPath;
    if (!output.empty())
    {
        outputPath = kBinary + "/tests/validate-out/" + name + "/" + output;
        fs::create_directories(fs::path(outputPath).parent_path());
        fs::remove(outputPath);
        all.insert(all.end(), {"--output", outputPath});
    }
    all.insert(all.end(), args.begin(), args.end());
    ToolRun run = runTool(name, all);
    if (!outputPath.empty())
        run.out = readFile(outputPath);
    return run;
}

// The entry of a file in the report, by the path given on the command line.
const json& fileEntry(const json& report, const std::string& path)
{
    static const json kNone = json::object();
    if (report.contains("files"))
        for (const json& f : report["files"])
            if (f.value("file", "") == path)
                return f;
    ADD_FAILURE() << "no entry for " << path << " in the report";
    return kNone;
}

// Every finding has the public fields of issue 3: code, severity and messages as strings;
// row, sheet, cell, expected and actual a text or null, never "" (the report contract).
void expectFindingShape(const json& f, const std::string& file)
{
    for (const char* key : {"code", "severity", "message", "message_en"})
        EXPECT_TRUE(f.contains(key) && f[key].is_string() && !f[key].get<std::string>().empty())
            << file << ": finding without string \"" << key << "\": " << f.dump();
    for (const char* key : {"row", "sheet", "cell", "expected", "actual"})
        EXPECT_TRUE(f.contains(key) && (f[key].is_null() ||
                                        (f[key].is_string() && !f[key].get<std::string>().empty())))
            << file << ": \"" << key << "\" neither a text nor null: " << f.dump();
    const std::string severity = f.value("severity", "");
    EXPECT_TRUE(severity == "error" || severity == "warning" || severity == "info") << severity;
}

// The seed's exact problems at error/warning level, at the right cells: the
// value column is `column`, and the table's header starts `rowOffset` rows below A5.
void expectSeedFindings(const json& entry, const std::string& sheet, char column, int rowOffset,
                        const std::string& range)
{
    const std::string file = entry.value("file", "?");
    SCOPED_TRACE(file);
    EXPECT_EQ(entry.value("status", ""), "invalid");
    EXPECT_EQ(textOf(entry, "sheet"), sheet);
    EXPECT_EQ(textOf(entry, "range"), range);
    EXPECT_EQ(textOf(entry, "unit"), "UBND huyện Ngân Sơn");
    EXPECT_EQ(entry.value("rows_found", 0), 121);
    EXPECT_EQ(entry.value("rows_expected", 0), 121);

    std::set<Key> expected;
    for (const SeedProblem& p : seedProblems())
        expected.insert({p.severity, p.code, p.row, cellName(column, p.sheetRow + rowOffset)});
    std::set<Key> actual;
    std::map<std::string, json> byRow; // "row code" -> finding (an empty object if none)
    for (const SeedProblem& p : seedProblems())
        byRow[std::string(p.row) + " " + p.code] = json::object();
    for (const json& f : entry.value("findings", json::array()))
    {
        expectFindingShape(f, file);
        EXPECT_EQ(textOf(f, "sheet"), sheet) << f.dump();
        if (f.value("severity", "") == "info")
            continue;
        actual.insert(
            {f.value("severity", ""), f.value("code", ""), textOf(f, "row"), textOf(f, "cell")});
        byRow[textOf(f, "row") + " " + f.value("code", "")] = f;
    }
    // Exactly: nothing missing, nothing false (in particular nothing on the consistent
    // rows 1.2 = 14/56, 2.3.2 = 3/3, 3.3.1 = 199/199, 3.3.2 = 993/993, 6.1 = 3.135/136.284).
    for (const Key& k : expected)
        EXPECT_TRUE(actual.count(k)) << "missing: " << std::get<0>(k) << " " << std::get<1>(k)
                                     << " " << std::get<2>(k) << " " << std::get<3>(k);
    for (const Key& k : actual)
        EXPECT_TRUE(expected.count(k)) << "unexpected: " << std::get<0>(k) << " " << std::get<1>(k)
                                       << " " << std::get<2>(k) << " " << std::get<3>(k);
    for (const char* row : {"1.2", "1.6", "2.3.2", "3.3.1", "3.3.2", "6.1", "6.1.1", "6.1.2"})
        for (const Key& k : actual)
            EXPECT_NE(std::get<2>(k), row) << "a finding on consistent row " << row;

    const json& sum = byRow["6.2 sum-mismatch"];
    EXPECT_EQ(textOf(sum, "actual"), "34");
    EXPECT_EQ(textOf(sum, "expected"), "33");
    EXPECT_NE(sum.value("message", "").find("4.3"), std::string::npos) << sum.dump();
    const json& zero = byRow["1.3.4 zero-denominator"];
    // What the cell shows: a number formatted as % in a spreadsheet, the text "0" in a CSV
    // (CSV cells are imported as typed, as text).
    const bool csv =
        entry.value("file", "").size() > 4 &&
        entry.value("file", "").compare(entry.value("file", "").size() - 4, 4, ".csv") == 0;
    EXPECT_EQ(textOf(zero, "actual"), csv ? "0" : "0 %");
    const std::string zeroCell = cellName(column, 16 + rowOffset);
    EXPECT_NE(zero.value("message", "").find("Dòng 1.3.4 (ô " + zeroCell + ")"), std::string::npos)
        << zero.dump();
    EXPECT_NE(zero.value("message_en", "").find("cell " + zeroCell), std::string::npos)
        << zero.dump();
    EXPECT_EQ(textOf(byRow["3.1.1 not-reported"], "actual"), "Chưa có đánh giá kết quả");
}

void expectNoErrorOrWarning(const json& entry)
{
    SCOPED_TRACE(entry.value("file", "?"));
    EXPECT_EQ(entry.value("status", ""), "valid");
    EXPECT_EQ(entry.value("rows_found", 0), 121);
    for (const json& f : entry.value("findings", json::array()))
    {
        expectFindingShape(f, entry.value("file", "?"));
        EXPECT_EQ(f.value("severity", ""), "info") << f.dump();
    }
}

} // namespace validate_test
