// Tests for score_model: the estimated-score panel shows, for seed 001's appendix,
// the figures `parcalc score sample_sheets/ngan-son-q1-2023.ods` gives.
#include "sidebar/model/score_model.hxx"

#include "core/ruleset/ruleset_cache.hxx"
#include "core/testing/grid_tsv.hxx"

#include <gtest/gtest.h>

#include <algorithm>

namespace parcalc::sidebar
{
namespace
{

const ScoringRuleSet& example()
{
    static const ScoringRuleSetLoad load = RuleSetCache::shared().scoring("");
    EXPECT_TRUE(load.ok());
    return *load.value;
}

ScoreFileReport nganSon()
{
    auto grid =
        readTsvGridFile(std::string(PARCALC_SOURCE_DIR) + "/tests/data/ngan-son-q1-2023.tsv");
    EXPECT_TRUE(grid);
    return scoreWorkbook("ngan-son-q1-2023.ods", {*grid}, example());
}

TEST(ScoreModel, SeedOneVietnamese)
{
    const ScorePanelText t = scorePanelText(nganSon(), example(), Language::Vi);
    EXPECT_EQ(t.ruleSet.rfind("Bộ quy tắc chấm điểm: example-huyen-diem 2023.1 — VÍ DỤ", 0), 0u)
        << t.ruleSet;
    EXPECT_EQ(t.note, "Bộ VÍ DỤ đi kèm ParCalc, không phải bộ tiêu chí chính thức.");
    EXPECT_EQ(t.appendix.rfind("Biểu thống kê: Phụ lục!", 0), 0u) << t.appendix;
    // The CLI: earned 15,296 / known 22 -> index 69,527 (Trung bình).
    EXPECT_EQ(t.estimate, "Điểm ước tính trên phần phụ lục quyết định được: 15,296 / 22 điểm → "
                          "chỉ số 69,527 → Trung bình");
    // 38 manual criteria (64,5 points), 6 pending (10,5 points).
    EXPECT_EQ(t.open,
              "Để chấm tay: 38 tiêu chí (64,5 điểm). Thiếu số liệu: 6 tiêu chí (10,5 điểm).");
    // 13 scored + 2 not applicable.
    ASSERT_EQ(t.criteria.size(), 15u);
    EXPECT_TRUE(std::any_of(t.criteria.begin(), t.criteria.end(),
                            [](const std::string& l)
                            {
                                return l.rfind("6.1.1 Giải ngân kế hoạch vốn đầu tư công năm", 0) ==
                                           0 &&
                                       l.find(": 0,046 / 2 · −1,954: ") != std::string::npos;
                            }));
}

TEST(ScoreModel, SeedOneEnglish)
{
    const ScorePanelText t = scorePanelText(nganSon(), example(), Language::En);
    EXPECT_EQ(t.ruleSet.rfind("Scoring rule set: example-huyen-diem 2023.1 — EXAMPLE", 0), 0u)
        << t.ruleSet;
    EXPECT_EQ(t.note, "An EXAMPLE set bundled with ParCalc, not an official criteria set.");
    EXPECT_EQ(t.estimate, "Estimated score over what the appendix decides: 15,296 / 22 points → "
                          "index 69,527 → Average");
    EXPECT_EQ(t.open, "Left to manual scoring: 38 criteria (64,5 points). Missing data: 6 "
                      "criteria (10,5 points).");
    ASSERT_EQ(t.criteria.size(), 15u);
    const auto lost = std::find_if(t.criteria.begin(), t.criteria.end(),
                                   [](const std::string& l) { return l.rfind("6.1.1 ", 0) == 0; });
    ASSERT_NE(lost, t.criteria.end());
    EXPECT_NE(lost->find(": 0,046 / 2 · −1,954: disbursement rate 2,3 % / target 100 % × 2 = "
                         "0,046: −1,954"),
              std::string::npos)
        << *lost;
    const auto full = std::find_if(t.criteria.begin(), t.criteria.end(),
                                   [](const std::string& l) { return l.rfind("3.4.1 ", 0) == 0; });
    ASSERT_NE(full, t.criteria.end());
    EXPECT_NE(full->find(": 2 / 2"), std::string::npos) << *full;
    EXPECT_EQ(full->find("−"), std::string::npos) << *full;
    EXPECT_TRUE(std::any_of(t.criteria.begin(), t.criteria.end(),
                            [](const std::string& l) {
                                return l.rfind("3.4.3 ", 0) == 0 &&
                                       l.find("not applicable: ") != std::string::npos;
                            }));
}

TEST(ScoreModel, NoAppendixAndNoDocument)
{
    const ScoreFileReport empty = scoreWorkbook("empty.ods", {}, example());
    const ScorePanelText t = scorePanelText(empty, example(), Language::En);
    EXPECT_EQ(t.appendix, "No statistics appendix found in this document: no score estimated.");
    EXPECT_TRUE(t.estimate.empty());
    EXPECT_TRUE(t.criteria.empty());
    EXPECT_FALSE(t.ruleSet.empty());
    const ScorePanelText none = scorePanelNoDocument(example(), Language::Vi);
    EXPECT_EQ(none.appendix, "Chưa có bảng tính nào để ước tính điểm.");
    EXPECT_EQ(scorePanelRuleSetError("x", Language::En).ruleSet,
              "Scoring rule set not usable: x");
}

} // namespace
} // namespace parcalc::sidebar
