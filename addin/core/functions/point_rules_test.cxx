// Tests for point_rules: PARBAND, PARPROP, PARDEDUCT on seed 002/004 criteria.
#include "core/functions/point_rules.hxx"

#include <gtest/gtest.h>

#include <cmath>

namespace parcalc
{
namespace
{

TEST(ParBand, Seed004ElectronicDocuments)
{
    // 92 % sent electronically; 90 % -> 0,5 point, 95 % -> 1 point: 0,5.
    const double bounds[] = {0.90, 0.95};
    const double points[] = {0.5, 1.0};
    EXPECT_EQ(*parBand(0.92, bounds, 2, points, 2), 0.5);
    EXPECT_EQ(*parBand(0.95, bounds, 2, points, 2), 1.0);
    EXPECT_EQ(*parBand(1.00, bounds, 2, points, 2), 1.0);
    EXPECT_EQ(*parBand(0.90, bounds, 2, points, 2), 0.5);
    EXPECT_EQ(*parBand(0.8999, bounds, 2, points, 2), 0.0); // below every band
}

TEST(ParBand, UnsortedBoundsAndComputedValues)
{
    const double bounds[] = {0.95, 0.5, 0.9};
    const double points[] = {1.0, 0.25, 0.5};
    EXPECT_EQ(*parBand(0.7, bounds, 3, points, 3), 0.25);
    EXPECT_EQ(*parBand(0.93, bounds, 3, points, 3), 0.5);
    // 19/20 = 0.95 and 0.85 + 0.1 = 0.9499999999999999: both reach the 0.95 band.
    EXPECT_EQ(*parBand(19.0 / 20.0, bounds, 3, points, 3), 1.0);
    EXPECT_EQ(*parBand(0.85 + 0.1, bounds, 3, points, 3), 1.0);
}

TEST(ParBand, Errors)
{
    const double bounds[] = {0.9, 0.95};
    const double points[] = {0.5, 1.0, 2.0};
    EXPECT_EQ(parBand(0.92, bounds, 2, points, 3).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parBand(0.92, bounds, 0, points, 0).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parBand(NAN, bounds, 2, points, 2).error().kind, ErrorKind::InvalidArgument);
    const double twice[] = {0.9, 0.9};
    const double differ[] = {0.5, 0.7};
    EXPECT_EQ(parBand(0.92, twice, 2, differ, 2).error().kind, ErrorKind::InvalidArgument);
    const double same[] = {0.5, 0.5};
    EXPECT_EQ(*parBand(0.92, twice, 2, same, 2), 0.5);
    // A duplicated bound below the selected band is no error, in either order.
    const double lowDuplicate[] = {0.5, 0.5, 0.9};
    const double lowPoints[] = {0.2, 0.3, 1.0};
    EXPECT_EQ(*parBand(0.97, lowDuplicate, 3, lowPoints, 3), 1.0);
    const double lowDuplicateLast[] = {0.9, 0.5, 0.5};
    const double lowPointsLast[] = {1.0, 0.2, 0.3};
    EXPECT_EQ(*parBand(0.97, lowDuplicateLast, 3, lowPointsLast, 3), 1.0);
    // ... but it is when the value falls in that band.
    EXPECT_EQ(parBand(0.6, lowDuplicate, 3, lowPoints, 3).error().kind, ErrorKind::InvalidArgument);
}

TEST(ParBand, CellInputs)
{
    BandAccumulator acc(0.92);
    acc.add(CellInput::fromNumber(0.9), CellInput::fromNumber(0.5));
    acc.add(CellInput::empty(), CellInput::empty()); // blank line
    acc.add(CellInput::fromText("95%"), CellInput::fromText("1"));
    EXPECT_EQ(*acc.result(), 0.5);

    BandAccumulator text(0.92);
    text.add(CellInput::fromText("từ 90%"), CellInput::fromNumber(0.5));
    EXPECT_EQ(text.result().error().kind, ErrorKind::NotANumber);
}

TEST(ParProp, Seed002)
{
    // 7.1.2: 24 of 26 IT tasks, 1 point: 24/26 = 0.923076... (report: 0,92).
    EXPECT_DOUBLE_EQ(*parProp(24, 26, 1), 24.0 / 26.0);
    EXPECT_NEAR(*parProp(24, 26, 1), 0.92, 0.005);
    // 7.3.2: 5 of 48 TTHC, 0,5 point: 0.5 * 5/48 = 2.5/48 = 0.052083... (report: 0,05).
    EXPECT_DOUBLE_EQ(*parProp(5, 48, 0.5), 2.5 / 48.0);
    // 6.1.1: 54,7 % of plan, 2 points: 2 * 0.547 = 1.094 (report: 1,09).
    EXPECT_DOUBLE_EQ(*parProp(0.547, 1, 2), 1.094);
}

TEST(ParProp, Caps)
{
    // 30 of 26 would be 1.1538 points: capped at max_points.
    EXPECT_EQ(*parProp(30, 26, 1), 1.0);
    // Seed 004 postal service: 18 % -> 0,18 point with its own cap 0,5
    // (slope 1 point per 100 %): min(1 * 0.18/1, 0.5) = 0.18; 70 % -> capped 0.5.
    EXPECT_DOUBLE_EQ(*parProp(0.18, 1, 1, 0.5), 0.18);
    EXPECT_EQ(*parProp(0.70, 1, 1, 0.5), 0.5);
    EXPECT_EQ(*parProp(0, 26, 1), 0.0);
}

TEST(ParProp, Errors)
{
    EXPECT_EQ(parProp(5, 0, 1).error().kind, ErrorKind::NoCases);
    EXPECT_EQ(parProp(0, 0, 1).error().kind, ErrorKind::NoCases);
    EXPECT_EQ(parProp(-1, 26, 1).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parProp(1, -26, 1).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parProp(1, 26, -1).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parProp(1, 26, 1, -0.5).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parProp(INFINITY, 26, 1).error().kind, ErrorKind::InvalidArgument);
}

TEST(ParDeduct, Seed002)
{
    // 1.6.1: 4 points, 0,01 per late task, 11 late tasks: 4 - 0.11 = 3.89.
    EXPECT_NEAR(*parDeduct(11, 0.01, 4), 3.89, 1e-12);
    // 5.6: 3 points, 1 per disciplined official, 2 officials: 3 - 2 = 1.
    EXPECT_EQ(*parDeduct(2, 1, 3), 1.0);
    EXPECT_EQ(*parDeduct(0, 1, 3), 3.0);
}

TEST(ParDeduct, Floor)
{
    // 5 cases x 1 of 3 points: -2, floored at 0 (default) or at a given floor 0.5.
    EXPECT_EQ(*parDeduct(5, 1, 3), 0.0);
    EXPECT_EQ(*parDeduct(5, 1, 3, 0.5), 0.5);
    EXPECT_EQ(*parDeduct(1, 1, 3, 0.5), 2.0);
    // A negative floor lets a rule take points away from the total: 3 - 5 = -2.
    EXPECT_EQ(*parDeduct(5, 1, 3, -10), -2.0);
}

TEST(ParDeduct, Errors)
{
    EXPECT_EQ(parDeduct(-1, 1, 3).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parDeduct(1, -1, 3).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parDeduct(1, 1, -3).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parDeduct(1, 1, 3, 4).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parDeduct(NAN, 1, 3).error().kind, ErrorKind::InvalidArgument);
}

} // namespace
} // namespace parcalc
