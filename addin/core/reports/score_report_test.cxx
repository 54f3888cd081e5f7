// Tests for score_report: a workbook is scored as an appendix, a self-assessment
// sheet or both; the JSON shape, the text and HTML reports explain the points lost.
#include "core/reports/score_report.hxx"
#include "core/ruleset/ruleset_cache.hxx"

#include "core/testing/grid_tsv.hxx"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace parcalc
{
namespace
{

std::shared_ptr<const ScoringRuleSet> example()
{
    const ScoringRuleSetLoad load = RuleSetCache::shared().scoring("");
    EXPECT_TRUE(load.ok());
    return load.value;
}

CellGrid nganSon()
{
    auto grid =
        readTsvGridFile(std::string(PARCALC_SOURCE_DIR) + "/tests/data/ngan-son-q1-2023.tsv");
    EXPECT_TRUE(grid);
    return *grid;
}

CellGrid selfAssessment()
{
    return readTsvGrid("#sheet: Tự đánh giá\n"
                       "STT\tLĩnh vực\tĐiểm tối đa\tĐiểm tự đánh giá\tTài liệu kiểm chứng\n"
                       "1\tA\t50\t40\n2\tB\t40\t30\nTổng cộng\t\t90\t71\n",
                       TsvOptions{{2, 3}});
}

TEST(ScoreReport, AppendixWorkbook)
{
    ScoreReport report{example(), {}};
    report.files.push_back(scoreWorkbook("ngan-son.ods", {nganSon()}, *report.rules));
    const ScoreFileReport& f = report.files[0];
    EXPECT_EQ(f.status, ScoreFileStatus::Ok);
    ASSERT_TRUE(f.appendix);
    EXPECT_FALSE(f.selfAssessment);
    EXPECT_EQ(f.appendix->unit, "UBND huyện Ngân Sơn");
    EXPECT_EQ(f.appendix->sheet, "Phụ lục");

    const auto doc = nlohmann::json::parse(scoreReportJson(report));
    EXPECT_EQ(doc["schema_version"], 1);
    EXPECT_EQ(nlohmann::ordered_json::parse(scoreReportJson(report)).begin().key(),
              "schema_version");
    EXPECT_EQ(doc["ruleset"]["id"], "example-huyen-diem");
    const auto& est = doc["files"][0]["appendix"]["estimate"];
    EXPECT_EQ(est["total_max"], 97);
    EXPECT_TRUE(est["index"].is_number());
    bool found = false;
    for (const auto& c : est["criteria"])
        if (c["id"] == "6.1.1")
        {
            found = true;
            EXPECT_EQ(c["status"], "scored");
            EXPECT_EQ(c["rule"], "proportional");
            EXPECT_EQ(c["field"], "6");
            EXPECT_EQ(c["inputs"][0]["id"], "6.1.2");
            EXPECT_NEAR(c["lost"].get<double>(), 2 - 2 * 3135.0 / 136284, 1e-9);
            EXPECT_NE(c["why_en"].get<std::string>().find("disbursement rate 2,3 %"),
                      std::string::npos);
        }
    EXPECT_TRUE(found);
    // A manual input read from no cell has no cell and no value: null, never "".
    bool manual = false;
    for (const auto& c : est["criteria"])
        if (c["id"] == "1.7")
        {
            manual = true;
            EXPECT_EQ(c["status"], "manual");
            ASSERT_EQ(c["inputs"].size(), 1u) << c.dump();
            EXPECT_EQ(c["inputs"][0]["id"], "so_sang_kien");
            EXPECT_TRUE(c["inputs"][0]["cell"].is_null()) << c.dump();
            EXPECT_TRUE(c["inputs"][0]["value"].is_null()) << c.dump();
            EXPECT_TRUE(c["points"].is_null()) << c.dump();
        }
    EXPECT_TRUE(manual);

    const std::string vi = scoreReportText(report, Language::Vi);
    EXPECT_NE(vi.find("VÍ DỤ"), std::string::npos);
    EXPECT_NE(vi.find("6.1.1 Giải ngân kế hoạch vốn đầu tư công năm"), std::string::npos) << vi;
    EXPECT_NE(vi.find("−1,954"), std::string::npos) << vi;
    EXPECT_NE(vi.find("Chấm tay: "), std::string::npos);
    const std::string en = scoreReportText(report, Language::En);
    EXPECT_NE(en.find("Estimated score over what the appendix decides"), std::string::npos);
    const std::string html = scoreReportHtml(report, Language::Vi);
    EXPECT_NE(html.find("<html lang=\"vi\">"), std::string::npos);
    EXPECT_NE(html.find("−1,954"), std::string::npos);
}

TEST(ScoreReport, SelfAssessmentWorkbook)
{
    ScoreReport report{example(), {}};
    report.files.push_back(scoreWorkbook("tu-danh-gia.ods", {selfAssessment()}, *report.rules));
    const ScoreFileReport& f = report.files[0];
    EXPECT_EQ(f.status, ScoreFileStatus::Invalid); // 40 + 30 = 70, not 71
    ASSERT_TRUE(f.selfAssessment);
    EXPECT_FALSE(f.appendix);
    const auto doc = nlohmann::json::parse(scoreReportJson(report));
    const auto& sa = doc["files"][0]["self_assessment"];
    // The example set asks evidence for every scored criterion; fields 1 and 2 are not
    // scored criteria, so they need none.
    ASSERT_EQ(sa["findings"].size(), 1u) << sa.dump();
    EXPECT_EQ(sa["findings"][0]["code"], "score-sum-mismatch");
    EXPECT_EQ(sa["findings"][0]["expected"], "70");
    EXPECT_EQ(sa["grade"], "Khá"); // 70 / 90 = 77,8
    const std::string text = scoreReportText(report, Language::En);
    EXPECT_NE(text.find("score-sum-mismatch"), std::string::npos) << text;
}

TEST(ScoreReport, TheExampleSetAsksEvidenceForScoredCriteria)
{
    // Seed 002's 6.1: 6.1.1 scored 1,09 with nothing named, 6.1.2 names a file that is not
    // beside the sheet; 6.1 itself is a parent criterion and needs none.
    const CellGrid sheet =
        readTsvGrid("#sheet: Tự đánh giá\n"
                    "STT\tTiêu chí\tĐiểm tối đa\tĐiểm tự đánh giá\tTài liệu kiểm chứng\n"
                    "6.1\tVốn đầu tư công\t3\t2.09\n6.1.1\tGiải ngân\t2\t1.09\n"
                    "6.1.2\tKiến nghị thanh tra\t1\t1\tbien-ban-thanh-tra.pdf\n",
                    TsvOptions{{2, 3}});
    ScoreReport report{example(), {}};
    report.files.push_back(
        scoreWorkbook("/nonexistent-parcalc/tu-danh-gia.ods", {sheet}, *report.rules));
    const auto doc = nlohmann::json::parse(scoreReportJson(report));
    const auto& findings = doc["files"][0]["self_assessment"]["findings"];
    ASSERT_EQ(findings.size(), 2u) << findings.dump();
    EXPECT_EQ(findings[0]["code"], "evidence-missing");
    EXPECT_EQ(findings[0]["row"], "6.1.1");
    EXPECT_EQ(findings[1]["code"], "evidence-file-not-found");
    EXPECT_EQ(findings[1]["actual"], "bien-ban-thanh-tra.pdf");
}

TEST(ScoreReport, BothSheetsAndNoTable)
{
    ScoreReport report{example(), {}};
    report.files.push_back(scoreWorkbook("both.ods", {selfAssessment(), nganSon()}, *report.rules));
    report.files.push_back(scoreWorkbook("empty.ods", {CellGrid(2, 2)}, *report.rules));
    report.files.push_back(unreadableScoreReport("bad.ods", "hỏng", "damaged"));
    EXPECT_TRUE(report.files[0].appendix && report.files[0].selfAssessment);
    EXPECT_EQ(report.files[1].status, ScoreFileStatus::NoTable);
    EXPECT_EQ(report.count(ScoreFileStatus::Unreadable), 1u);
    const auto doc = nlohmann::json::parse(scoreReportJson(report));
    EXPECT_EQ(doc["files"][1]["status"], "no-table");
    EXPECT_EQ(doc["files"][2]["reason_en"], "damaged");
    const std::string vi = scoreReportText(report, Language::Vi);
    EXPECT_NE(vi.find("KHÔNG CÓ BẢNG"), std::string::npos);
}

} // namespace
} // namespace parcalc
