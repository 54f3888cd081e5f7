// Tests for scoring_engine: every rule kind on the seed figures and at its edges
// (boundaries, caps, floors, not applicable), PARPOINTS / PARMAX as Calc calls them,
// and the estimated score of the seed-001 appendix (Ngân Sơn, quý I/2023), where
// every point lost must be explained.
// Over 400 lines: the rule kinds' tests and the seed-001 estimate share the example rule
// set's helpers.
#include "core/ruleset/ruleset_cache.hxx"
#include "core/scoring/scoring_engine.hxx"

#include "core/testing/grid_tsv.hxx"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace parcalc
{
namespace
{

const ScoringRuleSet& example()
{
    static const ScoringRuleSetLoad load = RuleSetCache::shared().scoring("");
    EXPECT_TRUE(load.ok()) << (load.errors.empty() ? "" : load.errors[0].describe());
    return *load.value;
}

CellInput num(double v)
{
    return CellInput::fromNumber(v);
}
CellInput text(std::string_view t)
{
    return CellInput::fromText(t);
}

// PARPOINTS on numbers; NaN marks an error (kind in `error`).
double points(std::string_view id, std::vector<CellInput> values, ErrorKind* error = nullptr)
{
    const Expected<PointsResult> r = parPoints(example(), id, values);
    if (!r)
    {
        if (error)
            *error = r.error().kind;
        return std::nan("");
    }
    EXPECT_FALSE(r->excluded) << id;
    return r->points;
}

ErrorKind errorOf(std::string_view id, std::vector<CellInput> values)
{
    ErrorKind kind = ErrorKind::NotANumber;
    const double p = points(id, std::move(values), &kind);
    EXPECT_TRUE(std::isnan(p)) << id << " gave " << p;
    return kind;
}

const ScoringNode& node(std::string_view id)
{
    const ScoringNode* n = example().scoring.find(id);
    EXPECT_NE(n, nullptr) << id;
    return *n;
}

// --- Seed figures through PARPOINTS ----------------------------------------------

TEST(ParPoints, ProportionalSeed002)
{
    // 6.1.1 disbursement 54,7 % of plan, 2 points -> 1,094 (report: 1,09)
    EXPECT_NEAR(points("6.1.1", {num(0.547)}), 1.094, 1e-12);
    EXPECT_NEAR(points("6.1.1", {text("54,7%")}), 1.094, 1e-12);
    EXPECT_NEAR(points("6.1.1", {num(51740), num(94561)}), 2 * 51740.0 / 94561, 1e-12);
    // 7.1.2 IT tasks 24 / 26, 1 point -> 0,923 (report: 0,92)
    EXPECT_NEAR(points("7.1.2", {num(24), num(26)}), 24.0 / 26, 1e-12);
    // 7.3.2 online payment 5 / 48, 0,5 point -> 0,052 (report: 0,05)
    EXPECT_NEAR(points("7.3.2", {num(5), num(48)}), 0.5 * 5 / 48, 1e-12);
    // 1.6.1 tasks on time 35 / 36, 4 points -> 3,89 (one task late)
    EXPECT_NEAR(points("1.6.1", {num(35), num(36)}), 4 * 35.0 / 36, 1e-12);
}

TEST(ParPoints, ProportionalCapAndTarget)
{
    EXPECT_DOUBLE_EQ(points("6.1.1", {num(1.2)}), 2); // above plan: capped at max
    EXPECT_DOUBLE_EQ(points("6.1.1", {num(0)}), 0);
    EXPECT_DOUBLE_EQ(points("7.2.2", {num(0.25)}), 1); // target 50 %: half of it = 1 of 2
    EXPECT_DOUBLE_EQ(points("7.2.2", {num(0.5)}), 2);
    EXPECT_DOUBLE_EQ(points("7.2.2", {num(0.9)}), 2);
}

TEST(ParPoints, BandsSeed004)
{
    // 7.1.1 electronic documents: >= 95 % -> 1, 90 % to < 95 % -> 0,5, else 0
    EXPECT_DOUBLE_EQ(points("7.1.1", {num(0.92)}), 0.5);
    EXPECT_DOUBLE_EQ(points("7.1.1", {num(0.95)}), 1); // boundary reaches the band
    EXPECT_DOUBLE_EQ(points("7.1.1", {num(0.9)}), 0.5);
    EXPECT_DOUBLE_EQ(points("7.1.1", {num(0.8999)}), 0);
    EXPECT_DOUBLE_EQ(points("7.1.1", {num(0.1 * 9.5)}), 1); // computed 0,95 with noise
}

TEST(ParPoints, LinearSeed004AndSeed000)
{
    EXPECT_NEAR(points("7.2.4", {num(0.18)}), 0.18, 1e-12); // postal service 18 % -> 0,18
    EXPECT_DOUBLE_EQ(points("7.2.4", {num(0.8)}), 0.5);     // capped at the 0,5 max
    EXPECT_DOUBLE_EQ(points("1.7", {num(1)}), 1);           // one initiative of the two needed
    EXPECT_DOUBLE_EQ(points("1.7", {num(3)}), 2);
}

TEST(ParPoints, ThresholdSeeds)
{
    EXPECT_DOUBLE_EQ(points("6.3.1", {num(1), num(32)}), 0);  // seed 002: 1 of 32 units
    EXPECT_DOUBLE_EQ(points("6.3.1", {num(16), num(32)}), 1); // 50 % exactly reaches it
    EXPECT_DOUBLE_EQ(points("6.3.1", {num(15), num(32)}), 0);
    EXPECT_DOUBLE_EQ(points("7.2.3", {num(0.3)}), 0); // seed 004: < 35 % of communes
    EXPECT_DOUBLE_EQ(points("7.2.3", {num(0.35)}), 1);
    // at most: seed 000's 10,6 % late against 5 %
    EXPECT_DOUBLE_EQ(points("3.4.4", {num(0.106)}), 0);
    EXPECT_DOUBLE_EQ(points("3.4.4", {num(0.05)}), 1);
    EXPECT_DOUBLE_EQ(points("4.3", {num(63), num(72)}), 2); // headcount within the quota
    EXPECT_DOUBLE_EQ(points("4.3", {num(73), num(72)}), 0);
    EXPECT_DOUBLE_EQ(points("1.5", {num(1)}), 1); // yes/no: Có
    EXPECT_DOUBLE_EQ(points("1.5", {num(0)}), 0);
}

TEST(ParPoints, DeductionSeed002)
{
    // 5.6: a head of office (5.4.2) and two officials (5.4.3, 0,5 each) -> 3 - 2 = 1
    EXPECT_DOUBLE_EQ(points("5.6", {num(0), num(1), num(2)}), 1);
    EXPECT_DOUBLE_EQ(points("5.6", {num(2)}), 1); // one value: the weighted cases
    EXPECT_DOUBLE_EQ(points("5.6", {num(0), num(0), num(0)}), 3);
    EXPECT_DOUBLE_EQ(points("5.6", {num(5), num(0), num(0)}), 0); // floor 0
    EXPECT_DOUBLE_EQ(points("1.6.2", {num(1)}), 0.5);
}

TEST(ParPoints, RateTargetSeed000)
{
    // 3.4.1: 15.739 of 17.604 on time = 89,4 % < 95 % -> all 2 points lost
    EXPECT_DOUBLE_EQ(points("3.4.1", {num(15739), num(17604)}), 0);
    EXPECT_DOUBLE_EQ(points("3.4.1", {num(0.894)}), 0);
    EXPECT_DOUBLE_EQ(points("3.4.1", {num(0.95)}), 2);
    EXPECT_DOUBLE_EQ(points("3.4.1", {num(199), num(199)}), 2);
    EXPECT_DOUBLE_EQ(points("3.4.1", {num(0.9499)}), 0);
    // 3.4.2: minus 0,2 per percentage point short: 93 % -> 2 - 2 × 0,2 = 1,6; 80 % -> 0
    EXPECT_NEAR(points("3.4.2", {num(0.93)}), 1.6, 1e-9);
    EXPECT_DOUBLE_EQ(points("3.4.2", {num(0.8)}), 0);
    EXPECT_EQ(errorOf("3.4.1", {num(1.2)}), ErrorKind::InvalidArgument); // a rate above 100 %
    EXPECT_EQ(errorOf("3.4.1", {num(200), num(199)}), ErrorKind::InvalidArgument);
}

TEST(ParPoints, ManualCriteria)
{
    EXPECT_DOUBLE_EQ(points("8.1", {num(2.5)}), 2.5);
    EXPECT_DOUBLE_EQ(points("8.1", {text("2,5")}), 2.5);
    EXPECT_EQ(errorOf("8.1", {num(3.5)}), ErrorKind::InvalidArgument); // above the max of 3
    EXPECT_EQ(errorOf("8.1", {num(1), num(1)}), ErrorKind::InvalidArgument);
}

TEST(ParPoints, NotApplicable)
{
    // "full": no cases -> full points; "exclude" -> excluded (PARSCORE drops it)
    EXPECT_DOUBLE_EQ(points("3.4.3", {num(0), num(0)}), 1); // 0/0 PAKN, full
    EXPECT_DOUBLE_EQ(points("3.4.3", {text("Không phát sinh")}), 1);
    EXPECT_DOUBLE_EQ(points("1.3.2", {text("KPS")}), 1);
    const Expected<PointsResult> r = parPoints(example(), "6.1.1", {num(0), num(0)});
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->excluded);
    const Expected<PointsResult> m = parPoints(example(), "8.1", {text("N/A")});
    ASSERT_TRUE(m);
    EXPECT_TRUE(m->excluded);
    EXPECT_DOUBLE_EQ(points("3.4.1", {text("-")}), 2); // on-time rate, full when no case
}

TEST(ParPoints, Errors)
{
    EXPECT_EQ(errorOf("9.9", {num(1)}), ErrorKind::NotAvailable); // unknown criterion
    EXPECT_EQ(errorOf("6", {num(1)}), ErrorKind::NotAvailable);   // a field
    EXPECT_EQ(errorOf("6.1", {num(1)}), ErrorKind::NotAvailable); // has sub-criteria
    EXPECT_EQ(errorOf("6.1.1", {}), ErrorKind::InvalidArgument);
    EXPECT_EQ(errorOf("6.1.1", {num(-0.1)}), ErrorKind::InvalidArgument);
    EXPECT_EQ(errorOf("6.1.1", {text("abc")}), ErrorKind::InvalidArgument);
    EXPECT_EQ(errorOf("6.1.1", {CellInput::empty()}), ErrorKind::InvalidArgument);
    EXPECT_EQ(errorOf("6.1.1", {num(1), num(2), num(3)}), ErrorKind::InvalidArgument);
    EXPECT_EQ(errorOf("6.1.1", {num(5), num(0)}), ErrorKind::InvalidArgument); // 5/0
    EXPECT_EQ(errorOf("6.1.1", {num(std::nan(""))}), ErrorKind::InvalidArgument);
}

TEST(ParMax, CriteriaFieldsAndTotal)
{
    EXPECT_EQ(*parMax(example(), "6.1.1"), 2);
    EXPECT_EQ(*parMax(example(), "6.1"), 3);
    EXPECT_EQ(*parMax(example(), "6"), 13);
    EXPECT_EQ(*parMax(example(), "7.2.4"), 0.5);
    EXPECT_EQ(*parMax(example(), "tổng"), 97);
    EXPECT_EQ(*parMax(example(), "Total"), 97);
    EXPECT_EQ(parMax(example(), "6.9").error().kind, ErrorKind::NotAvailable);
}

// --- Reasons -----------------------------------------------------------------------

TEST(ApplyScoringRule, ExplainsPointsLostInBothLanguages)
{
    const LocalText name{"tỷ lệ đúng hạn", "on-time rate"};
    const Expected<RuleOutcome> r = applyScoringRule(node("3.4.1"), 15739.0 / 17604, true, name);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->points, 0);
    EXPECT_EQ(r->why.vi, "tỷ lệ đúng hạn 89,4 % < 95 %: −2");
    EXPECT_EQ(r->why.en, "on-time rate 89,4 % < 95 %: −2");
    const Expected<RuleOutcome> ok = applyScoringRule(node("3.4.1"), 1.0, true, name);
    EXPECT_EQ(ok->why.vi, "tỷ lệ đúng hạn 100 % ≥ 95 %: đủ điểm");
    EXPECT_EQ(ok->why.en, "on-time rate 100 % ≥ 95 %: full points");
    // Near a bound, more decimals so the comparison stays visible.
    const Expected<RuleOutcome> near = applyScoringRule(node("3.4.1"), 0.9496, true, name);
    EXPECT_EQ(near->why.vi, "tỷ lệ đúng hạn 94,96 % < 95 %: −2");

    const LocalText disb{"tỷ lệ giải ngân", "disbursement rate"};
    const Expected<RuleOutcome> p = applyScoringRule(node("6.1.1"), 0.547, true, disb);
    EXPECT_EQ(p->why.vi, "tỷ lệ giải ngân 54,7 % / mục tiêu 100 % × 2 = 1,094: −0,906");
    EXPECT_EQ(p->why.en, "disbursement rate 54,7 % / target 100 % × 2 = 1,094: −0,906");
    const Expected<RuleOutcome> b = applyScoringRule(node("7.1.1"), 0.92, true, {"vb", "docs"});
    EXPECT_EQ(b->why.vi, "vb 92 % ≥ 90 % (khung 0,5 điểm): −0,5");
    const Expected<RuleOutcome> d =
        applyScoringRule(node("5.6"), 2, false, {"kỷ luật", "discipline"});
    EXPECT_EQ(d->why.vi, "kỷ luật 2 × 1 điểm: −2");
    EXPECT_EQ(d->why.en, "discipline 2 × 1 points: −2");
    const Expected<RuleOutcome> l = applyScoringRule(node("7.2.4"), 0.18, true, {"bc", "postal"});
    EXPECT_EQ(l->why.vi, "bc 18 % × 1 = 0,18: −0,32");
    const Expected<RuleOutcome> capped = applyScoringRule(node("6.1.1"), 1.1, true, disb);
    EXPECT_EQ(capped->why.vi,
              "tỷ lệ giải ngân 110 % / mục tiêu 100 % × 2 = 2,2, tối đa 2: đủ điểm");
    EXPECT_FALSE(applyScoringRule(node("6"), 1, false, disb));
}

TEST(ApplyScoringRule, SamePointsAsThePerCellPath)
{
    for (const ScoringNode& n : example().scoring.nodes)
    {
        if (!n.leaf())
            continue;
        for (double v : {0.0, 0.05, 0.3, 0.5, 0.894, 0.9, 0.93, 0.95, 1.0, 1.2, 2.0, 3.0, 7.0})
        {
            const Expected<double> fast = scoringRulePoints(n, v);
            const Expected<RuleOutcome> full = applyScoringRule(n, v, true, {"x", "x"});
            ASSERT_EQ(fast.ok(), full.ok()) << n.id << " " << v;
            if (fast)
            {
                EXPECT_EQ(*fast, full->points) << n.id << " " << v;
                EXPECT_GE(*fast, 0.0);
                EXPECT_LE(*fast, n.max + 1e-12) << n.id << " " << v;
            }
        }
    }
}

TEST(RuleSummary, NamesTheRule)
{
    EXPECT_EQ(ruleSummary(example(), node("3.4.1")).vi, "chỉ tiêu tỷ lệ ≥ 95 %");
    EXPECT_EQ(ruleSummary(example(), node("7.1.1")).en, "bands: ≥ 95 % → 1; ≥ 90 % → 0,5");
    EXPECT_EQ(ruleSummary(example(), node("8.1")).vi, "chấm tay");
}

// --- The estimated score of seed 001 ---------------------------------------------------

const CriterionEstimate& criterion(const ScoreEstimate& e, std::string_view id)
{
    for (const CriterionEstimate& c : e.criteria)
        if (example().scoring.nodes[c.node].id == id)
            return c;
    ADD_FAILURE() << "no estimate for " << id;
    return e.criteria.front();
}

class NganSonEstimate : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        const auto grid =
            readTsvGridFile(std::string(PARCALC_SOURCE_DIR) + "/tests/data/ngan-son-q1-2023.tsv");
        ASSERT_TRUE(grid);
        s_data = new AppendixData(readAppendix(*grid, example().ruleSet));
        s_estimate = new ScoreEstimate(estimateScore(*s_data, example()));
    }
    static void TearDownTestSuite()
    {
        delete s_estimate;
        delete s_data;
    }
    static AppendixData* s_data;
    static ScoreEstimate* s_estimate;
};
AppendixData* NganSonEstimate::s_data = nullptr;
ScoreEstimate* NganSonEstimate::s_estimate = nullptr;

TEST_F(NganSonEstimate, EveryLeafIsAccountedFor)
{
    const ScoreEstimate& e = *s_estimate;
    std::size_t leaves = 0;
    for (const ScoringNode& n : example().scoring.nodes)
        leaves += n.leaf();
    EXPECT_EQ(e.criteria.size(), leaves);
    EXPECT_EQ(e.fields.size(), 8u);
    EXPECT_NEAR(e.known + e.manual + e.pending + e.excluded, 97, 1e-9);
    double lost = 0;
    for (const CriterionEstimate& c : e.criteria)
    {
        lost += c.lost();
        // Every point lost has a reason that says how many.
        if (c.lost() > 1e-9)
        {
            EXPECT_NE(c.why.vi.find("−"), std::string::npos) << c.why.vi;
            EXPECT_NE(c.why.en.find("−"), std::string::npos) << c.why.en;
        }
        EXPECT_FALSE(c.why.vi.empty());
        EXPECT_FALSE(c.why.en.empty());
    }
    EXPECT_NEAR(e.known - e.earned, lost, 1e-9);
}

TEST_F(NganSonEstimate, DecidedCriteria)
{
    const ScoreEstimate& e = *s_estimate;
    // 1.2 plan completion 14 / 56 = 25 % of 1 point
    const CriterionEstimate& plan = criterion(e, "1.2");
    EXPECT_EQ(plan.status, CriterionStatus::Scored);
    EXPECT_DOUBLE_EQ(plan.points, 0.25);
    EXPECT_EQ(plan.working.vi, "1.2.2 / 1.2.1 = 14 / 56 = 25 %");
    ASSERT_EQ(plan.inputs.size(), 2u);
    EXPECT_EQ(plan.inputs[0].id, "1.2.2");
    EXPECT_FALSE(plan.inputs[0].cell.empty());
    // 3.4.1 on time 199 / 199
    const CriterionEstimate& onTime = criterion(e, "3.4.1");
    EXPECT_EQ(onTime.status, CriterionStatus::Scored);
    EXPECT_DOUBLE_EQ(onTime.points, 2);
    EXPECT_EQ(onTime.why.vi, "tỷ lệ đúng hạn 100 % ≥ 95 %: đủ điểm");
    // 6.1.1 disbursement 3.135 / 136.284 (numbers stored as text in the seed)
    const CriterionEstimate& disb = criterion(e, "6.1.1");
    EXPECT_EQ(disb.status, CriterionStatus::Scored);
    EXPECT_NEAR(disb.points, 2 * 3135.0 / 136284, 1e-12);
    EXPECT_EQ(disb.working.vi, "6.1.2 / 6.1.1 = 3.135 / 136.284 = 2,3 %");
    EXPECT_NE(disb.why.vi.find("−1,954"), std::string::npos) << disb.why.vi;
    // 1.5 dialogue: 1.6 holds 0 -> Không -> 0 of 1
    const CriterionEstimate& dialogue = criterion(e, "1.5");
    EXPECT_EQ(dialogue.points, 0);
    EXPECT_EQ(dialogue.working.vi, "1.6 = Không");
    // 5.1.1 97 % -> the 0,5 band
    EXPECT_DOUBLE_EQ(criterion(e, "5.1.1").points, 0.5);
    // 5.6 no one disciplined -> full
    EXPECT_DOUBLE_EQ(criterion(e, "5.6").points, 3);
    // 7.1.1 96 % -> 1
    EXPECT_DOUBLE_EQ(criterion(e, "7.1.1").points, 1);
    // 4.3 63 / 72 <= 100 %
    EXPECT_DOUBLE_EQ(criterion(e, "4.3").points, 2);
}

TEST_F(NganSonEstimate, NotApplicablePendingAndManual)
{
    const ScoreEstimate& e = *s_estimate;
    // 3.4.3 PAKN 0 / 0 -> full points by its rule (and 1.3.2: 0 problems found)
    const CriterionEstimate& pakn = criterion(e, "3.4.3");
    EXPECT_EQ(pakn.status, CriterionStatus::NotApplicable);
    EXPECT_TRUE(pakn.counted);
    EXPECT_DOUBLE_EQ(pakn.points, 1);
    EXPECT_EQ(criterion(e, "1.3.2").status, CriterionStatus::NotApplicable);
    // 1.6.1: 1.4.1 empty -> pending, with the cell named
    const CriterionEstimate& tasks = criterion(e, "1.6.1");
    EXPECT_EQ(tasks.status, CriterionStatus::Pending);
    EXPECT_FALSE(tasks.counted);
    EXPECT_NE(tasks.why.vi.find("1.4.1"), std::string::npos) << tasks.why.vi;
    EXPECT_NE(tasks.why.en.find("is empty"), std::string::npos) << tasks.why.en;
    // 7.1.2 needs the IT plan figures typed by a person
    const CriterionEstimate& it = criterion(e, "7.1.2");
    EXPECT_EQ(it.status, CriterionStatus::Manual);
    EXPECT_EQ(it.needs, (std::vector<std::string>{"cntt_hoan_thanh", "cntt_ke_hoach"}));
    // 1.3.1 mixes an appendix row and a manual input
    EXPECT_EQ(criterion(e, "1.3.1").status, CriterionStatus::Manual);
    EXPECT_EQ(criterion(e, "8.1").status, CriterionStatus::Manual);
}

TEST_F(NganSonEstimate, IndexAndGradeOverWhatIsKnown)
{
    const ScoreEstimate& e = *s_estimate;
    ASSERT_TRUE(e.index);
    EXPECT_NEAR(*e.index, e.earned / e.known * 100, 1e-9);
    EXPECT_FALSE(e.grade.empty());
    EXPECT_FALSE(e.gradeEn.empty());
    ASSERT_TRUE(e.lowest && e.highest);
    EXPECT_LE(*e.lowest, *e.index);
    EXPECT_GE(*e.highest, *e.index);
}

TEST_F(NganSonEstimate, ManualValuesFillTheGaps)
{
    const ManualValues manual{{"cntt_hoan_thanh", 24}, {"cntt_ke_hoach", 26}, {"so_xa", 11}};
    const ScoreEstimate e = estimateScore(*s_data, example(), manual);
    const CriterionEstimate& it = criterion(e, "7.1.2");
    EXPECT_EQ(it.status, CriterionStatus::Scored);
    EXPECT_NEAR(it.points, 24.0 / 26, 1e-12);
    // 1.3.1: 0 communes inspected of 11 -> 0 % < 30 %
    EXPECT_EQ(criterion(e, "1.3.1").points, 0);
    EXPECT_EQ(criterion(e, "1.3.1").status, CriterionStatus::Scored);
}

TEST(EstimateScore, TableNotFoundLeavesEverythingOpen)
{
    CellGrid empty(1, 1);
    const AppendixData data = readAppendix(empty, example().ruleSet);
    const ScoreEstimate e = estimateScore(data, example());
    EXPECT_FALSE(e.index);
    EXPECT_EQ(e.earned, 0);
    EXPECT_EQ(e.count(CriterionStatus::Scored), 0u);
    EXPECT_TRUE(e.grade.empty());
}

} // namespace
} // namespace parcalc
