// Tests for the report writers: issue 3's JSON shape, and text / CSV / HTML content.
#include "grid_tsv.hxx"
#include "report.hxx"
#include "ruleset_loader.hxx"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace parcalc
{
namespace
{

BatchReport seedReport()
{
    const std::string src = PARCALC_SOURCE_DIR;
    RuleSetLoad load = loadRuleSetFile(src + "/rulesets/default-huyen.json");
    auto grid = readTsvGridFile(src + "/tests/data/ngan-son-q1-2023.tsv");
    BatchReport report;
    if (!load.ok() || !grid.ok())
        return report;
    report.rulesetId = load.ruleSet->id;
    report.rulesetVersion = load.ruleSet->version;
    report.files.push_back(validatedFile("ngan-son-q1-2023.ods", validate(*grid, *load.ruleSet)));
    report.files.push_back(unreadableFile("hong.xlsx", "password-protected"));
    return report;
}

TEST(Report, JsonHasTheContractShape)
{
    const BatchReport report = seedReport();
    ASSERT_EQ(report.files.size(), 2u);
    const auto j = nlohmann::json::parse(reportJson(report));
    EXPECT_EQ(j["ruleset"]["id"], "default-huyen");
    const auto& file = j["files"][0];
    EXPECT_EQ(file["file"], "ngan-son-q1-2023.ods");
    EXPECT_EQ(file["status"], "invalid");
    EXPECT_EQ(file["sheet"], "Phụ lục");
    EXPECT_EQ(file["rows_found"], 121);
    EXPECT_EQ(file["rows_expected"], 121);
    EXPECT_FALSE(file.contains("reason"));
    const auto& finding = file["findings"][0];
    for (const char* key : {"code", "severity", "row", "sheet", "cell", "expected", "actual",
                            "message", "message_en"})
        EXPECT_TRUE(finding.contains(key)) << key;
    EXPECT_EQ(finding["code"], "zero-denominator");
    EXPECT_EQ(finding["cell"], "D16");
    EXPECT_EQ(j["files"][1]["status"], "unreadable");
    EXPECT_EQ(j["files"][1]["reason"], "password-protected");
    EXPECT_FALSE(report.allValid());
    EXPECT_TRUE(report.anyUnreadable());
}

TEST(Report, TextCsvHtml)
{
    const BatchReport report = seedReport();
    const std::string text = reportText(report, Language::Vi);
    EXPECT_NE(text.find("ngan-son-q1-2023.ods — UBND huyện Ngân Sơn: 3 lỗi, 30 cảnh báo (có lỗi)"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("[lỗi] Dòng 1.3.4 (ô D16)"), std::string::npos);
    EXPECT_NE(reportText(report, Language::En).find("3 errors, 30 warnings (invalid)"),
              std::string::npos);
    const std::string csv = reportCsv(report, Language::En);
    EXPECT_EQ(csv.substr(0, csv.find('\n')),
              "file,status,unit,period,sheet,code,severity,row,cell,expected,actual,message");
    EXPECT_NE(csv.find("ngan-son-q1-2023.ods,invalid,UBND huyện Ngân Sơn,,Phụ lục,"
                       "sum-mismatch,warning,6.2,D105,33,34,"),
              std::string::npos);
    EXPECT_NE(csv.find("hong.xlsx,unreadable,"), std::string::npos);
    const std::string html = reportHtml(report, Language::Vi);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<td>D105</td>"), std::string::npos);
    EXPECT_NE(html.find("&quot;Chưa có đánh giá kết quả&quot;"), std::string::npos);
}

} // namespace
} // namespace parcalc
