// Tests for ontime (ONTIMERATE): the three conventions on seed 000's figures.
#include "core/functions/ontime.hxx"

#include <gtest/gtest.h>

#include <cmath>

namespace parcalc
{
namespace
{

OnTimeInput resolvedInput(double onTime, double resolved, double early = 0.0)
{
    OnTimeInput in;
    in.onTime = onTime;
    in.resolved = resolved;
    in.early = early;
    return in;
}

TEST(OnTimeRate, Seed000DefaultConvention)
{
    // Đắk Song, 9 tháng 2023: 15.739 on time of 17.604 resolved -> 89,4 %.
    const Expected<double> r = onTimeRate(resolvedInput(15739, 17604));
    ASSERT_TRUE(r.ok());
    EXPECT_DOUBLE_EQ(*r, 15739.0 / 17604.0);
    EXPECT_NEAR(*r, 0.89406, 0.000005);
}

TEST(OnTimeRate, EarlyCountsAsOnTime)
{
    // (300 early + 1200 on time) / 1600 resolved = 1500/1600 = 0.9375.
    EXPECT_DOUBLE_EQ(*onTimeRate(resolvedInput(1200, 1600, 300)), 0.9375);
    // Everything on time: exactly 1.
    EXPECT_EQ(*onTimeRate(resolvedInput(199, 199)), 1.0);
    EXPECT_EQ(*onTimeRate(resolvedInput(0, 5)), 0.0);
}

TEST(OnTimeRate, NoCasesIsAnErrorNotZeroOrHundred)
{
    const Expected<double> r = onTimeRate(resolvedInput(0, 0));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::NoCases);
}

TEST(OnTimeRate, InvalidCounts)
{
    EXPECT_EQ(onTimeRate(resolvedInput(17605, 17604)).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(onTimeRate(resolvedInput(10, 20, 11)).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(onTimeRate(resolvedInput(-1, 20)).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(onTimeRate(resolvedInput(1, -20)).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(onTimeRate(resolvedInput(1, 20, -1)).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(onTimeRate(resolvedInput(NAN, 20)).error().kind, ErrorKind::InvalidArgument);
    // Convention 0 has no base: a given base is a mistake, not silently ignored.
    OnTimeInput withBase = resolvedInput(1, 2);
    withBase.base = 3;
    EXPECT_EQ(onTimeRate(withBase).error().kind, ErrorKind::InvalidArgument);
}

TEST(OnTimeRate, ReceivedConventionSeed000)
{
    // Received 20.845 (= 1.728 carried over + 19.117 new); late resolved =
    // 17.604 - 15.739 = 1.865; no late case in progress:
    // 1 - 1865/20845 = 18980/20845 = 0.910530...
    OnTimeInput in = resolvedInput(15739, 17604);
    in.convention = OnTimeConvention::Received;
    in.base = 20845;
    EXPECT_DOUBLE_EQ(*onTimeRate(in), 18980.0 / 20845.0);
    // With 500 late cases still in progress: 1 - 2365/20845 = 18480/20845 = 0.886543...
    in.lateInProgress = 500;
    EXPECT_NEAR(*onTimeRate(in), 18480.0 / 20845.0, 1e-15);
}

TEST(OnTimeRate, ReceivedConventionErrors)
{
    OnTimeInput in = resolvedInput(10, 20);
    in.convention = OnTimeConvention::Received;
    EXPECT_EQ(onTimeRate(in).error().kind, ErrorKind::InvalidArgument); // base missing
    in.base = 25;
    in.lateInProgress = 6; // 20 resolved + 6 in progress > 25 received
    EXPECT_EQ(onTimeRate(in).error().kind, ErrorKind::InvalidArgument);
    in.lateInProgress = 5; // 1 - (10 + 5)/25 = 0.4
    EXPECT_DOUBLE_EQ(*onTimeRate(in), 0.4);

    OnTimeInput empty = resolvedInput(0, 0);
    empty.convention = OnTimeConvention::Received;
    empty.base = 0;
    EXPECT_EQ(onTimeRate(empty).error().kind, ErrorKind::NoCases);
}

TEST(OnTimeRate, DueConvention)
{
    // 15.739 resolved on time of 18.000 cases that fell due: 15739/18000 = 0.874388...
    OnTimeInput in = resolvedInput(15739, 17604);
    in.convention = OnTimeConvention::Due;
    in.base = 18000;
    EXPECT_DOUBLE_EQ(*onTimeRate(in), 15739.0 / 18000.0);

    in.base = 15000; // fewer due than resolved on time
    EXPECT_EQ(onTimeRate(in).error().kind, ErrorKind::InvalidArgument);
    in.base = std::nullopt;
    EXPECT_EQ(onTimeRate(in).error().kind, ErrorKind::InvalidArgument);
    in.base = 18000;
    in.lateInProgress = 1;
    EXPECT_EQ(onTimeRate(in).error().kind, ErrorKind::InvalidArgument);

    OnTimeInput none = resolvedInput(0, 0);
    none.convention = OnTimeConvention::Due;
    none.base = 0;
    EXPECT_EQ(onTimeRate(none).error().kind, ErrorKind::NoCases);
}

TEST(OnTimeConvention, Codes)
{
    EXPECT_EQ(*onTimeConventionFromCode(0), OnTimeConvention::Resolved);
    EXPECT_EQ(*onTimeConventionFromCode(1), OnTimeConvention::Received);
    EXPECT_EQ(*onTimeConventionFromCode(2), OnTimeConvention::Due);
    EXPECT_FALSE(onTimeConventionFromCode(1.5).ok());
    EXPECT_FALSE(onTimeConventionFromCode(3).ok());
    EXPECT_FALSE(onTimeConventionFromCode(-1).ok());
}

TEST(OnTimeConvention, Names)
{
    EXPECT_EQ(*onTimeConventionFromName(""), OnTimeConvention::Resolved);
    EXPECT_EQ(*onTimeConventionFromName("Resolved"), OnTimeConvention::Resolved);
    EXPECT_EQ(*onTimeConventionFromName("Đã giải quyết"), OnTimeConvention::Resolved);
    EXPECT_EQ(*onTimeConventionFromName("received"), OnTimeConvention::Received);
    EXPECT_EQ(*onTimeConventionFromName("TIẾP NHẬN"), OnTimeConvention::Received);
    EXPECT_EQ(*onTimeConventionFromName("due"), OnTimeConvention::Due);
    EXPECT_EQ(*onTimeConventionFromName("đến hạn"), OnTimeConvention::Due);
    EXPECT_EQ(*onTimeConventionFromName("2"), OnTimeConvention::Due);
    EXPECT_EQ(onTimeConventionFromName("late").error().kind, ErrorKind::InvalidArgument);
}

} // namespace
} // namespace parcalc
