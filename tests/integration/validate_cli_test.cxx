// Integration tests of `parcalc validate` (issue 3): the real tool, a real
// headless soffice (a throwaway profile per group under
// build/test-profiles/validate_*), the sample sheet and its variants in
// tests/data/appendix/ (sample_sheets/README.md says how they are made).
//
// Each test suite is one group, one ctest test (tests/CMakeLists.txt runs it
// with --gtest_filter=Suite.*), and runs parcalc once in SetUpTestSuite:
// starting soffice costs ~1.5 s, loading a file ~25 ms.
// This file: the seed in every format and layout, a clean appendix, the previous period.
#include "validate_cli_support.hxx"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace parcalc::cli_test;
using namespace validate_test;

namespace
{

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

} // namespace
