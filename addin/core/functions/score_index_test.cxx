// Tests for score_index (PARSCORE): seed 002 figures, markers, empty cells, errors.
#include "core/functions/score_index.hxx"

#include <gtest/gtest.h>

#include <cmath>

namespace parcalc
{
namespace
{

CellInput num(double v)
{
    return CellInput::fromNumber(v);
}
CellInput text(std::string_view t)
{
    return CellInput::fromText(t);
}
CellInput none()
{
    return CellInput::empty();
}

TEST(ParScore, Seed002Total)
{
    // Kon Rẫy 2023: total 89,21 / 97 -> index "91,969".
    const Expected<double> r = parScore(89.21, 97.0);
    ASSERT_TRUE(r.ok());
    EXPECT_DOUBLE_EQ(*r, 91.96907216494846);
    EXPECT_NEAR(*r, 91.969, 0.0005);
}

TEST(ParScore, Seed002Fields)
{
    // The eight fields with field 6 at 11,09 / 13 (6.1.1 = 1,09/2, 6.3.1 = 0/1):
    // 12.89+10+16+10+11.09+10+13.23+6 = 89.21; 13+10+18+10+13+13+14+6 = 97.
    const double achieved[] = {12.89, 10, 16, 10, 11.09, 10, 13.23, 6};
    const double max[] = {13, 10, 18, 10, 13, 13, 14, 6};
    ScoreAccumulator acc;
    for (size_t i = 0; i < 8; ++i)
        acc.add(achieved[i], max[i]);
    ASSERT_TRUE(acc.result().ok());
    EXPECT_NEAR(*acc.result(), 89.21 / 97.0 * 100.0, 1e-12);
    EXPECT_NEAR(acc.achievedSum(), 89.21, 1e-12);
    EXPECT_EQ(acc.maxSum(), 97.0);
    EXPECT_EQ(acc.pairCount(), 8u);
}

TEST(ParScore, Seed004ResultsPart)
{
    // An Lão 2021: 9,25/10; 5/5; 6,99/10; 6,5/7; 10,5/11; 3/5; 9,18/12 = 50,42/60,
    // index = 50.42 / 60 * 100 = 84.0333...
    const double achieved[] = {9.25, 5, 6.99, 6.5, 10.5, 3, 9.18};
    const double max[] = {10, 5, 10, 7, 11, 5, 12};
    ScoreAccumulator acc;
    for (size_t i = 0; i < 7; ++i)
        acc.add(num(achieved[i]), num(max[i]));
    EXPECT_NEAR(*acc.result(), 84.0 + 1.0 / 30.0, 1e-9);
}

TEST(ParScore, NotApplicableRemovedFromBothSums)
{
    // 8/10 + N/A on a 5-point criterion: 8/10 = 80, not 8/15 = 53.3.
    for (std::string_view marker :
         {"N/A", "KPS", "Không áp dụng", "không phát sinh", "-", "\xE2\x80\x93"})
    {
        ScoreAccumulator acc;
        acc.add(num(8), num(10));
        acc.add(text(marker), num(5));
        ASSERT_TRUE(acc.result().ok()) << marker;
        EXPECT_DOUBLE_EQ(*acc.result(), 80.0) << marker;
        EXPECT_EQ(acc.notApplicableCount(), 1u);
    }
}

TEST(ParScore, EmptyCellsCountAsZeroLikeSum)
{
    // Blank line (both empty): ignored. 7/10 -> 70.
    ScoreAccumulator blank;
    blank.add(num(7), num(10));
    blank.add(none(), none());
    EXPECT_DOUBLE_EQ(*blank.result(), 70.0);

    // Maximum but no points yet: 0 points, as SUM would: 7/(10+10) -> 35.
    ScoreAccumulator unscored;
    unscored.add(num(7), num(10));
    unscored.add(none(), num(10));
    EXPECT_DOUBLE_EQ(*unscored.result(), 35.0);

    // Points without a maximum: achieved > max (0).
    ScoreAccumulator noMax;
    noMax.add(num(3), none());
    EXPECT_EQ(noMax.result().error().kind, ErrorKind::InvalidArgument);

    // Whitespace text is blank too.
    ScoreAccumulator spaces;
    spaces.add(num(1), num(2));
    spaces.add(text("  "), text(""));
    EXPECT_DOUBLE_EQ(*spaces.result(), 50.0);
}

TEST(ParScore, TextNumbersAreRead)
{
    // Seed-style text: "12,89" of "13" -> 12.89/13*100.
    ScoreAccumulator acc;
    acc.add(text("12,89"), text("13"));
    EXPECT_DOUBLE_EQ(*acc.result(), 12.89 / 13.0 * 100.0);
    // "1.250" could be 1250 or 1.25: refused rather than guessed.
    ScoreAccumulator ambiguous;
    ambiguous.add(text("1.250"), num(2));
    EXPECT_EQ(ambiguous.result().error().kind, ErrorKind::NotANumber);
}

TEST(ParScore, MarkerInMaxCell)
{
    ScoreAccumulator skipped;
    skipped.add(num(4), num(5));
    skipped.add(none(), text("-"));
    skipped.add(text("N/A"), text("N/A"));
    EXPECT_DOUBLE_EQ(*skipped.result(), 80.0);
    EXPECT_EQ(skipped.notApplicableCount(), 2u);

    ScoreAccumulator contradictory;
    contradictory.add(num(2), text("KPS"));
    EXPECT_EQ(contradictory.result().error().kind, ErrorKind::InvalidArgument);
}

TEST(ParScore, Errors)
{
    EXPECT_EQ(parScore(5.01, 5).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parScore(-1, 5).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parScore(1, -5).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parScore(std::nan(""), 5).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parScore(1, HUGE_VAL).error().kind, ErrorKind::InvalidArgument);
    // 0/0: nothing applicable.
    EXPECT_EQ(parScore(0, 0).error().kind, ErrorKind::NotAvailable);

    ScoreAccumulator sentence;
    sentence.add(text("Chưa thực hiện"), num(2));
    EXPECT_EQ(sentence.result().error().kind, ErrorKind::NotANumber);

    ScoreAccumulator allNa;
    allNa.add(text("N/A"), num(2));
    allNa.add(text("-"), num(3));
    EXPECT_EQ(allNa.result().error().kind, ErrorKind::NotAvailable);

    ScoreAccumulator nothing;
    EXPECT_EQ(nothing.result().error().kind, ErrorKind::NotAvailable);
}

TEST(ParScore, FirstErrorWinsAndNamesTheCriterion)
{
    ScoreAccumulator acc;
    acc.add(1, 2);
    acc.add(3, 2);  // criterion 2: achieved > max
    acc.add(-1, 2); // ignored
    ASSERT_TRUE(acc.failed());
    EXPECT_EQ(acc.result().error().kind, ErrorKind::InvalidArgument);
    EXPECT_NE(acc.result().error().detail.find("criterion 2"), std::string::npos);
}

TEST(ParScore, RoundingNoiseIsNotAchievedAboveMax)
{
    // 0.1 + 0.2 = 0.30000000000000004 > 0.3 by one ulp: a full score, not an error.
    const Expected<double> r = parScore(0.1 + 0.2, 0.3);
    ASSERT_TRUE(r.ok());
    EXPECT_NEAR(*r, 100.0, 1e-9);
    // A real excess of 0.001 point is an error.
    EXPECT_FALSE(parScore(0.301, 0.3).ok());
}

// Regression (fuzz_vn_number, issue 6): the noise allowance was at least 1e-9 point, so a
// tiny maximum gave an index far above 100.
TEST(ParScore, TinyMaximumGivesNoIndexAbove100)
{
    EXPECT_EQ(parScore(1e-9, 1e-12).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parScore(7.4e-68, 4.8e-313).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parScore(1e-12, 0).error().kind, ErrorKind::InvalidArgument);
    ScoreAccumulator acc;
    acc.add(1e-6 * (1 + 5e-10), 1e-6); // within the relative allowance
    acc.add(2.5, 3);
    ASSERT_TRUE(acc.result().ok());
    EXPECT_LE(*acc.result(), 100.0);
    EXPECT_NEAR(*parScore(1e-6 * (1 + 5e-10), 1e-6), 100.00000005, 1e-9);
}

TEST(ParScore, FullAndZeroScores)
{
    EXPECT_EQ(*parScore(97, 97), 100.0);
    EXPECT_EQ(*parScore(0, 97), 0.0);
}

TEST(ParScore, MillionCriteriaKeepPrecision)
{
    // 10^6 criteria of 0.01 / 0.03: naive summation drifts; compensated stays at 1/3.
    ScoreAccumulator acc;
    for (int i = 0; i < 1000000; ++i)
        acc.add(0.01, 0.03);
    EXPECT_NEAR(acc.achievedSum(), 10000.0, 1e-9);
    EXPECT_NEAR(*acc.result(), 100.0 / 3.0, 1e-10);
}

TEST(ParScore, ShapeCheck)
{
    EXPECT_FALSE(checkSameShape(8, 1, 8, 1).has_value());
    const std::optional<Error> e = checkSameShape(8, 1, 7, 1);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->kind, ErrorKind::InvalidArgument);
    EXPECT_TRUE(checkSameShape(1, 8, 8, 1).has_value());
}

} // namespace
} // namespace parcalc
