// `parcalc validate`'s reports for the reviewer: text and CSV on stdout, HTML and ODS
// files. Suites Reports and ReportFiles, one ctest test each (they run in parallel).
#include "validate_cli_support.hxx"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace parcalc::cli_test;
using namespace validate_test;

namespace
{

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
