// Integration tests of `parcalc validate` (issue 3): the real tool, a real
// headless soffice (a throwaway profile per group under
// build/test-profiles/validate_*), the sample sheet and its variants in
// tests/data/appendix/ (sample_sheets/README.md says how they are made).
//
// Each test suite is one group, one ctest test (tests/CMakeLists.txt runs it
// with --gtest_filter=Suite.*), and runs parcalc once in SetUpTestSuite:
// starting soffice costs ~1.5 s, loading a file ~25 ms.
#include "cli_run.hxx"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;
using namespace parcalc::cli_test;

namespace
{

const std::string kAppendix = kSource + "/tests/data/appendix/";
const std::string kBad = kAppendix + "bad/";

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
                    const std::string& output = "",
                    const std::string& profile = suiteProfile("validate_"))
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

// Every finding has the public fields of issue 3: code, severity and messages as strings;
// row, sheet, cell, expected and actual a text or null, never "" (the report contract).
void expectFindingShape(const json& f, const std::string& file)
{
    for (const char* key : {"code", "severity", "message", "message_en"})
        EXPECT_TRUE(f.contains(key) && f[key].is_string() && !f[key].get<std::string>().empty())
            << file << ": finding without string \"" << key << "\": " << f.dump();
    for (const char* key : {"row", "sheet", "cell", "expected", "actual"})
        EXPECT_TRUE(f.contains(key) && (f[key].is_null() || (f[key].is_string() &&
                                                             !f[key].get<std::string>().empty())))
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
        actual.insert({f.value("severity", ""), f.value("code", ""), textOf(f, "row"),
                       textOf(f, "cell")});
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

// ---------------------------------------------------------------------------
// The seed in every format and layout, in one run.

class SeedLayouts : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_run = new ToolRun(runValidate(
            "seed_layouts",
            {"--format", "json", kSample, kAppendix + "ngan-son-q1-2023.fods",
             kAppendix + "ngan-son-q1-2023.xlsx", kAppendix + "ngan-son-q1-2023.xls",
             kAppendix + "ngan-son-q1-2023.csv", kAppendix + "ngan-son-q1-2023-offset-c7.ods",
             kAppendix + "ngan-son-q1-2023-second-sheet.ods"},
            "", kBinary + "/test-profiles/validate_SeedLayouts"));
        s_report = new json(parseJson(*s_run));
    }
    static void TearDownTestSuite()
    {
        delete s_report;
        delete s_run;
    }
    static ToolRun* s_run;
    static json* s_report;
};
ToolRun* SeedLayouts::s_run = nullptr;
json* SeedLayouts::s_report = nullptr;

TEST_F(SeedLayouts, ExitCodeOneAndTheReportShape)
{
    EXPECT_EQ(s_run->exitCode, 1) << s_run->err; // some file invalid, none unreadable
    const json& r = *s_report;
    ASSERT_TRUE(r.contains("ruleset") && r.contains("files")) << r.dump().substr(0, 300);
    EXPECT_EQ(r["ruleset"].value("id", ""), "default-huyen");
    EXPECT_FALSE(r["ruleset"].value("version", "").empty());
    ASSERT_EQ(r["files"].size(), 7u);
    for (const json& f : r["files"])
        for (const char* key :
             {"file", "status", "sheet", "rows_found", "rows_expected", "findings"})
            EXPECT_TRUE(f.contains(key)) << key << " missing in " << f.value("file", "?");
}

TEST_F(SeedLayouts, SampleOds)
{
    expectSeedFindings(fileEntry(*s_report, kSample), "Phụ lục", 'D', 0, "A5:E140");
}

TEST_F(SeedLayouts, FlatOdf)
{
    expectSeedFindings(fileEntry(*s_report, kAppendix + "ngan-son-q1-2023.fods"), "Phụ lục", 'D', 0,
                       "A5:E140");
}

TEST_F(SeedLayouts, Xlsx)
{
    expectSeedFindings(fileEntry(*s_report, kAppendix + "ngan-son-q1-2023.xlsx"), "Phụ lục", 'D', 0,
                       "A5:E140");
}

TEST_F(SeedLayouts, Xls)
{
    expectSeedFindings(fileEntry(*s_report, kAppendix + "ngan-son-q1-2023.xls"), "Phụ lục", 'D', 0,
                       "A5:E140");
}

TEST_F(SeedLayouts, CsvCommaUtf8)
{
    // A CSV has one sheet, named after the file.
    expectSeedFindings(fileEntry(*s_report, kAppendix + "ngan-son-q1-2023.csv"), "ngan-son-q1-2023",
                       'D', 0, "A5:E140");
}

TEST_F(SeedLayouts, TableAtC7BelowExtraTitles)
{
    // Two more title rows and two empty columns: the header starts at C7, values in F.
    expectSeedFindings(fileEntry(*s_report, kAppendix + "ngan-son-q1-2023-offset-c7.ods"),
                       "Phụ lục", 'F', 2, "C7:G142");
}

TEST_F(SeedLayouts, AppendixOnTheSecondSheet)
{
    expectSeedFindings(fileEntry(*s_report, kAppendix + "ngan-son-q1-2023-second-sheet.ods"),
                       "Phụ lục", 'D', 0, "A5:E140");
}

// ---------------------------------------------------------------------------
// The CSV as Vietnamese Excel writes it: ';' separated, commas inside fields unquoted
// ("2,30", "kết luận, chỉ thị"), UTF-8 with BOM, CRLF.

TEST(SeedExcelViCsv, SemicolonSeparated)
{
    const std::string file = kAppendix + "ngan-son-q1-2023-excel-vi.csv";
    const ToolRun run = runValidate("seed_excel_vi_csv", {"--format", "json", file});
    EXPECT_EQ(run.exitCode, 1) << run.err;
    const json report = parseJson(run);
    expectSeedFindings(fileEntry(report, file), "ngan-son-q1-2023-excel-vi", 'D', 0, "A5:E140");
}

// ---------------------------------------------------------------------------
// A clean appendix, and its previous period: no error, no warning, exit code 0.

TEST(Clean, NoErrorNoWarningExitZero)
{
    const std::string current = kAppendix + "clean-q2-2023.ods";
    const std::string previous = kAppendix + "clean-q1-2023-previous.ods";
    const ToolRun run = runValidate("clean", {"--format", "json", current, previous});
    EXPECT_EQ(run.exitCode, 0) << run.err;
    const json report = parseJson(run);
    for (const std::string& file : {current, previous})
    {
        const json& entry = fileEntry(report, file);
        expectNoErrorOrWarning(entry);
        EXPECT_EQ(textOf(entry, "unit"), "UBND huyện Ngân Sơn");
    }
}

// ---------------------------------------------------------------------------
// Cross-period: 5.3.1 (leaders appointed, lũy kế from the start of the year) is 2 in
// quý I and 1 in quý II.

TEST(PreviousPeriod, CumulativeDecrease)
{
    const std::string current = kAppendix + "clean-q2-2023.ods";
    const ToolRun run =
        runValidate("previous_period", {"--format", "json", "--previous",
                                        kAppendix + "clean-q1-2023-previous.ods", current});
    EXPECT_EQ(run.exitCode, 1) << run.err;
    const json report = parseJson(run);
    const json& entry = fileEntry(report, current);
    EXPECT_EQ(entry.value("status", ""), "invalid");
    std::vector<json> raised;
    for (const json& f : entry.value("findings", json::array()))
        if (f.value("severity", "") != "info")
            raised.push_back(f);
    ASSERT_EQ(raised.size(), 1u) << entry.dump(1);
    const json& f = raised.front();
    EXPECT_EQ(f.value("code", ""), "cumulative-decrease");
    EXPECT_EQ(f.value("severity", ""), "error");
    EXPECT_EQ(textOf(f, "row"), "5.3.1");
    EXPECT_EQ(textOf(f, "cell"), "D91");
    EXPECT_EQ(textOf(f, "actual"), "1");
    EXPECT_NE(textOf(f, "expected").find('2'), std::string::npos) << f.dump();
}

// ---------------------------------------------------------------------------
// Bad files: unreadable with their reason, and the run goes on past them.

TEST(Unreadable, ReasonsAndTheRunGoesOn)
{
    const std::string good = kAppendix + "clean-q2-2023.ods";
    const std::string missing = kBad + "no-such-file.ods";
    const std::vector<std::pair<std::string, std::string>> bad{
        {kBad + "empty.ods", "empty"},
        {kBad + "truncated.ods", "damaged"},
        {kBad + "password.ods", "password-protected"},
        {kBad + "docx-renamed.ods", "not a spreadsheet"},
        {kBad + "odt-renamed.ods", "not a spreadsheet"},
        {missing, "not found"},
    };
    std::vector<std::string> args{"--format", "json", "--lang", "en"};
    for (std::size_t i = 0; i < bad.size(); ++i)
    {
        args.push_back(bad[i].first);
        if (i == 1)
            args.push_back(good); // a good file after a damaged one is still read
    }
    const ToolRun run = runValidate("unreadable", args);
    EXPECT_EQ(run.exitCode, 3) << run.err;
    const json report = parseJson(run);
    ASSERT_EQ(report.value("files", json::array()).size(), bad.size() + 1);
    for (const auto& [file, reason] : bad)
    {
        const json& entry = fileEntry(report, file);
        EXPECT_EQ(entry.value("status", ""), "unreadable") << file;
        EXPECT_NE(entry.value("reason_en", "").find(reason), std::string::npos)
            << file << ": " << entry.dump();
        EXPECT_FALSE(entry.value("reason", "").empty()) << file; // Vietnamese reason
    }
    expectNoErrorOrWarning(fileEntry(report, good));
    EXPECT_EQ(report["files"][2].value("file", ""), good); // in command-line order
}

TEST(Unreadable, TextFileRenamedOds)
{
    // A plain-text letter saved as .ods is not a spreadsheet: say so (as for the
    // renamed .docx), not only "LibreOffice could not open the file".
    const std::string file = kBad + "text-renamed.ods";
    const ToolRun run = runValidate("text_renamed", {"--format", "json", file});
    EXPECT_EQ(run.exitCode, 3) << run.err;
    const json report = parseJson(run);
    const json& entry = fileEntry(report, file);
    EXPECT_EQ(entry.value("status", ""), "unreadable");
    EXPECT_NE(entry.value("reason_en", "").find("not a spreadsheet"), std::string::npos)
        << entry.dump();
}

TEST(Unreadable, DirectoryArgument)
{
    // A folder: every spreadsheet under it, sorted; the run reports each one.
    const ToolRun run = runValidate("directory", {"--format", "json", kBad});
    EXPECT_EQ(run.exitCode, 3) << run.err;
    const json report = parseJson(run);
    std::vector<std::string> files;
    for (const json& f : report.value("files", json::array()))
    {
        files.push_back(fs::path(f.value("file", "")).filename().string());
        EXPECT_EQ(f.value("status", ""), "unreadable") << f.dump();
    }
    EXPECT_EQ(files,
              (std::vector<std::string>{"docx-renamed.ods", "empty.ods", "odt-renamed.ods",
                                        "password.ods", "text-renamed.ods", "truncated.ods"}));
}

// ---------------------------------------------------------------------------
// Usage and rule-set errors: exit code 2, no soffice needed.

TEST(Usage, RuleSetWithAWrongType)
{
    const std::string rules = kSource + "/tests/data/rulesets/wrong-type.json";
    const ToolRun run = runTool("ruleset_error", {"validate", "--ruleset", rules, kSample});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.empty()) << run.out;
    EXPECT_NE(run.err.find("wrong-type.json"), std::string::npos) << run.err;         // the file
    EXPECT_NE(run.err.find("$.checks[1].denominator"), std::string::npos) << run.err; // the path
    EXPECT_NE(run.err.find("must be a string"), std::string::npos) << run.err;        // the problem
}

TEST(Usage, UnknownRuleSetAndBadArguments)
{
    EXPECT_EQ(
        runTool("usage_ruleset", {"validate", "--ruleset", "no-such-ruleset", kSample}).exitCode,
        2);
    EXPECT_EQ(runTool("usage_format", {"validate", "--format", "xml", kSample}).exitCode, 2);
    EXPECT_EQ(runTool("usage_nofile", {"validate"}).exitCode, 2);
    EXPECT_EQ(runTool("usage_ods_stdout", {"validate", "--format", "ods", kSample}).exitCode, 2);
    EXPECT_EQ(runTool("usage_command", {"no-such-command"}).exitCode, 2);
}

TEST(Usage, Help)
{
    const ToolRun top = runTool("help", {"--help"});
    EXPECT_EQ(top.exitCode, 0);
    EXPECT_NE(top.out.find("validate"), std::string::npos) << top.out;
    const ToolRun validate = runTool("help_validate", {"validate", "--help"});
    EXPECT_EQ(validate.exitCode, 0);
    for (const char* option : {"--ruleset", "--previous", "--format", "--output", "--profile"})
        EXPECT_NE(validate.out.find(option), std::string::npos) << option << "\n" << validate.out;
}

// ---------------------------------------------------------------------------
// The reviewer's reports hold the findings (two suites: they run in parallel).

TEST(Reports, Text)
{
    const ToolRun run = runValidate("report_text", {kSample});
    EXPECT_EQ(run.exitCode, 1) << run.err;
    // One line for the file (status, unit, counts), its findings under it.
    EXPECT_NE(
        run.out.find("ngan-son-q1-2023.ods: CÓ LỖI | UBND huyện Ngân Sơn | 2 lỗi, 32 cảnh báo"),
        std::string::npos)
        << run.out;
    for (const char* text :
         {"1.3.4 D16 zero-denominator", "3.4 D61 zero-denominator", "3.1.1 D41 not-reported",
          "6.2 D105 sum-mismatch", "5.3.3 D93 empty-value"})
        EXPECT_NE(run.out.find(text), std::string::npos) << text << "\n" << run.out;
}

TEST(Reports, Csv)
{
    const ToolRun run = runValidate("report_csv", {"--format", "csv", kSample}, "report.csv");
    EXPECT_EQ(run.exitCode, 1) << run.err;
    std::istringstream lines(run.out);
    std::string line;
    int findings = 0;
    bool zero = false, sum = false;
    while (std::getline(lines, line))
    {
        if (line.find("ngan-son-q1-2023.ods") == std::string::npos)
            continue;
        if (line.find(",zero-denominator,") != std::string::npos)
            ++findings, zero = zero || line.find(",1.3.4,Phụ lục,D16,") != std::string::npos;
        if (line.find(",sum-mismatch,") != std::string::npos)
            ++findings, sum = line.find(",6.2,Phụ lục,D105,33,34,") != std::string::npos;
    }
    EXPECT_EQ(findings, 3) << run.out;
    EXPECT_TRUE(zero && sum) << run.out;
}

TEST(ReportFiles, Html)
{
    const ToolRun run = runValidate("report_html", {"--format", "html", kSample}, "report.html");
    EXPECT_EQ(run.exitCode, 1) << run.err;
    EXPECT_NE(run.out.find("<html"), std::string::npos);
    EXPECT_NE(run.out.find("</html>"), std::string::npos);
    for (const char* text : {"zero-denominator", "D16", "sum-mismatch", "D105", "not-reported",
                             "ngan-son-q1-2023.ods"})
        EXPECT_NE(run.out.find(text), std::string::npos) << text;
}

TEST(ReportFiles, Ods)
{
    const std::string path = kBinary + "/tests/validate-out/report_ods/report.ods";
    const ToolRun run = runValidate("report_ods", {"--format", "ods", kSample}, "report.ods");
    EXPECT_EQ(run.exitCode, 1) << run.err;
    ASSERT_GE(run.out.size(), 4u) << "no report written: " << run.err;
    EXPECT_EQ(run.out.substr(0, 4), std::string("PK\x03\x04", 4)); // a zip package
    EXPECT_NE(run.out.find("application/vnd.oasis.opendocument.spreadsheet"), std::string::npos);
    // content.xml is compressed: extract it with unzip (scripts/setup installs it).
    const std::string xml = kBinary + "/tests/validate-out/report_ods/content.xml";
    const int rc =
        std::system(("unzip -p " + shellQuote(path) + " content.xml >" + shellQuote(xml)).c_str());
    ASSERT_EQ(rc, 0) << "unzip failed";
    const std::string text = readFile(xml);
    for (const char* s : {"zero-denominator", "D16", "sum-mismatch", "D105", "1.3.4"})
        EXPECT_NE(text.find(s), std::string::npos) << s;
}

} // namespace
