// Integration tests of `parcalc score` (issue 4): the real tool and a real headless
// soffice on the seed-001 sample appendix (every point lost explained), the seed 000
// and seed 002 self-assessment sheets (their sums caught), the Kon Rẫy sample and the
// filled self-assessment template (consistent), and the usage errors. Each suite is
// one ctest test (label "office"); outputs go to build/tests/score-out/.
#include "cli_run.hxx"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;
using namespace parcalc::cli_test;

namespace
{

const std::string kSeeds = kSource + "/tests/data/self-assessment/";

// `parcalc score ARGS`; the suite's profile unless `ownProfile` is false (then parcalc
// makes a temporary one with parcalc.oxt installed).
ToolRun runScore(const std::string& name, const std::vector<std::string>& args,
                 bool ownProfile = true)
{
    std::vector<std::string> all{"score"};
    if (ownProfile)
        all.insert(all.end(), {"--profile", suiteProfile("score_")});
    all.insert(all.end(), args.begin(), args.end());
    return runParcalc(fs::path(kBinary) / "tests" / "score-out" / name, all);
}

const json* criterion(const json& estimate, const std::string& id)
{
    for (const json& c : estimate["criteria"])
        if (c["id"] == id)
            return &c;
    ADD_FAILURE() << "no criterion " << id;
    return nullptr;
}

TEST(ScoreSample, ExplainsEveryPointLost)
{
    const ToolRun run = runScore("sample-json", {"--format", "json", kSample});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json doc = parseJson(run);
    EXPECT_EQ(doc["ruleset"]["id"], "example-huyen-diem");
    const json& file = doc["files"][0];
    EXPECT_EQ(file["status"], "ok");
    const json& appendix = file["appendix"];
    EXPECT_EQ(appendix["rows_found"], appendix["rows_expected"]);
    const json& estimate = appendix["estimate"];
    ASSERT_TRUE(estimate["index"].is_number());
    EXPECT_FALSE(estimate["grade"].get<std::string>().empty());
    double lost = 0;
    int explained = 0;
    for (const json& c : estimate["criteria"])
    {
        const double l = c["lost"].get<double>();
        lost += l;
        if (l > 1e-9)
        {
            ++explained;
            EXPECT_NE(c["why"].get<std::string>().find("−"), std::string::npos) << c.dump();
            EXPECT_NE(c["why_en"].get<std::string>().find("−"), std::string::npos) << c.dump();
            EXPECT_FALSE(c["inputs"].empty()) << c.dump();
            EXPECT_FALSE(c["inputs"][0]["cell"].get<std::string>().empty()) << c.dump();
        }
        EXPECT_FALSE(c["why"].get<std::string>().empty()) << c.dump();
    }
    EXPECT_GE(explained, 5);
    EXPECT_NEAR(estimate["known_max"].get<double>() - estimate["earned"].get<double>(), lost, 1e-9);

    // Seed 001 figures: disbursement 3.135 / 136.284 = 2,3 % of plan; plan completion 25 %.
    const json* disb = criterion(estimate, "6.1.1");
    ASSERT_NE(disb, nullptr);
    EXPECT_EQ((*disb)["status"], "scored");
    EXPECT_NEAR((*disb)["points"].get<double>(), 2 * 3135.0 / 136284, 1e-9);
    EXPECT_EQ((*disb)["working"], "6.1.2 / 6.1.1 = 3.135 / 136.284 = 2,3 %");
    const json* tasks = criterion(estimate, "1.6.1");
    ASSERT_NE(tasks, nullptr);
    EXPECT_EQ((*tasks)["status"], "pending"); // 1.4.1 left empty in the seed
    const json* onTime = criterion(estimate, "3.4.1");
    ASSERT_NE(onTime, nullptr);
    EXPECT_EQ((*onTime)["points"], 2); // 199 / 199
}

TEST(ScoreSample, TextAndHtmlReports)
{
    const ToolRun vi = runScore("sample-text", {kSample});
    ASSERT_EQ(vi.exitCode, 0) << vi.err;
    EXPECT_NE(vi.out.find("VÍ DỤ"), std::string::npos);
    EXPECT_NE(vi.out.find("tỷ lệ giải ngân 2,3 % / mục tiêu 100 % × 2 = 0,046: −1,954"),
              std::string::npos)
        << vi.out;
    EXPECT_NE(vi.out.find("Chấm tay: "), std::string::npos);
    const std::string html = kBinary + "/tests/score-out/sample-html/report.html";
    fs::create_directories(fs::path(html).parent_path());
    const ToolRun run =
        runScore("sample-html", {"--format", "html", "--lang", "en", "--output", html, kSample});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string page = readFile(html);
    EXPECT_NE(page.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(page.find("disbursement rate 2,3 %"), std::string::npos);
}

TEST(ScoreSelfAssessment, SeedSumsAreCaught)
{
    const ToolRun run = runScore("seeds", {"--format", "json", kSeeds + "seed-000-dak-song.fods",
                                           kSeeds + "seed-002-kon-ray.fods"});
    EXPECT_EQ(run.exitCode, 1) << run.err;
    const json doc = parseJson(run);
    const json& s000 = doc["files"][0];
    EXPECT_EQ(s000["status"], "invalid");
    ASSERT_EQ(s000["self_assessment"]["findings"].size(), 1u);
    const json& total = s000["self_assessment"]["findings"][0];
    EXPECT_EQ(total["code"], "score-sum-mismatch");
    EXPECT_EQ(total["actual"], "65,7");
    EXPECT_EQ(total["expected"], "64,7");
    const json& s002 = doc["files"][1]["self_assessment"];
    // Field 6 lists its criteria with an empty evidence column; the example set asks
    // evidence for every scored criterion: each one above 0 (not 6.3.1, scored 0; not the
    // parents 6.1 and 6.3) is named, between the two sums.
    std::vector<std::string> sums, evidence;
    for (const json& f : s002["findings"])
        (f["code"] == "evidence-missing" ? evidence : sums).push_back(f["row"].get<std::string>());
    EXPECT_EQ(evidence, (std::vector<std::string>{"6.1.1", "6.1.2", "6.2", "6.4", "6.5", "6.6"}));
    ASSERT_EQ(sums.size(), 2u);
    EXPECT_EQ(s002["findings"][0]["row"], "6");
    EXPECT_EQ(s002["findings"][0]["actual"], "10");
    EXPECT_EQ(s002["findings"][0]["expected"], "11,09");
    EXPECT_EQ(s002["findings"].back()["expected"], "88,12");
    EXPECT_NEAR(s002["max_sum"].get<double>(), 97, 1e-9);
}

TEST(ScoreSelfAssessment, KonRaySampleIsConsistent)
{
    const ToolRun run = runScore(
        "kon-ray", {"--format", "json", kSource + "/sample_sheets/kon-ray-2023-tu-danh-gia.ods"});
    EXPECT_EQ(run.exitCode, 0) << run.err;
    const json doc = parseJson(run);
    const json& sa = doc["files"][0]["self_assessment"];
    EXPECT_TRUE(sa["findings"].empty()) << sa.dump();
    EXPECT_NEAR(sa["score_sum"].get<double>(), 89.21, 1e-9);
    EXPECT_NEAR(sa["index"].get<double>(), 89.21 / 97 * 100, 1e-9);
    EXPECT_EQ(sa["grade"], "Xuất sắc");
}

TEST(ScoreTemplate, FilledTemplateComputesWithTheExtension)
{
    // No --profile: parcalc installs parcalc.oxt into its temporary profile, so the
    // template's PARPOINTS / PARSCORE cells compute on load.
    const ToolRun run = runScore(
        "template",
        {"--format", "json", kSource + "/tests/data/templates/mau-tu-danh-gia-kiem-tra.ods"},
        false);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json doc = parseJson(run);
    const json& file = doc["files"][0];
    // Its sums are right; its evidence column is empty, so every criterion it scores above 0
    // (1.6.1's 3,889 = 35 / 36 of 4 points among them) lacks the evidence the example asks.
    bool onTime = false;
    for (const json& f : file["self_assessment"]["findings"])
    {
        EXPECT_EQ(f["code"], "evidence-missing") << f.dump();
        EXPECT_NE(f["actual"], "0") << f.dump();
        onTime = onTime || (f["row"] == "1.6.1" && f["actual"] == "3,889");
    }
    EXPECT_TRUE(onTime) << file["self_assessment"].dump().substr(0, 800);
    EXPECT_GT(file["self_assessment"]["rows"].get<int>(), 70);
    ASSERT_TRUE(file.contains("appendix")); // the template's second sheet
    const json* disb = criterion(file["appendix"]["estimate"], "6.1.1");
    ASSERT_NE(disb, nullptr);
    EXPECT_NEAR((*disb)["points"].get<double>(), 2 * 51740.0 / 94561, 1e-9);
}

TEST(ScoreUsage, Errors)
{
    EXPECT_EQ(runScore("usage-none", {}).exitCode, 2);
    EXPECT_EQ(runScore("usage-format", {"--format", "ods", kSample}).exitCode, 2);
    const ToolRun unknown = runScore("usage-ruleset", {"--ruleset", "no-such-set", kSample});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("example-huyen-diem"), std::string::npos) << unknown.err;
    const ToolRun noScoring = runScore("usage-default", {"--ruleset", "default-huyen", kSample});
    EXPECT_EQ(noScoring.exitCode, 2);
    EXPECT_NE(noScoring.err.find("has no scoring criteria"), std::string::npos) << noScoring.err;
    const ToolRun manual = runScore("usage-manual", {"--manual", "khong_co=1", kSample});
    EXPECT_EQ(manual.exitCode, 2);
    const ToolRun missing = runScore("usage-missing", {kSource + "/no/such/file.ods"});
    EXPECT_EQ(missing.exitCode, 3) << missing.out;
}

TEST(ScoreUsage, ManualInputsAreUsed)
{
    const ToolRun run = runScore("manual", {"--format", "json", "--manual", "cntt_hoan_thanh=24",
                                            "--manual", "cntt_ke_hoach=26", kSample});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json doc = parseJson(run);
    const json* it = criterion(doc["files"][0]["appendix"]["estimate"], "7.1.2");
    ASSERT_NE(it, nullptr);
    EXPECT_EQ((*it)["status"], "scored");
    EXPECT_NEAR((*it)["points"].get<double>(), 24.0 / 26, 1e-9);
}

} // namespace
