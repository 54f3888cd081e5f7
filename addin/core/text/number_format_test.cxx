// Tests for number_format: decimals shown, rounding, Vietnamese display.
#include "core/text/number_format.hxx"

#include <gtest/gtest.h>

namespace parcalc
{
namespace
{

TEST(NumberFormat, ShownDecimals)
{
    EXPECT_EQ(shownDecimals(25), 0);
    EXPECT_EQ(shownDecimals(0.25), 2);
    EXPECT_EQ(shownDecimals(0.1 + 0.2), 1);
    EXPECT_EQ(shownDecimals(1.0 / 3), 10);
}

TEST(NumberFormat, RoundAndTruncate)
{
    EXPECT_DOUBLE_EQ(roundTo(92.307, 2), 92.31);
    EXPECT_DOUBLE_EQ(truncateTo(92.307, 2), 92.30);
    EXPECT_DOUBLE_EQ(truncateTo(92.30, 2), 92.30);
}

TEST(NumberFormat, Vietnamese)
{
    EXPECT_EQ(formatVn(136284, 0), "136.284");
    EXPECT_EQ(formatVn(1234567.5, 1), "1.234.567,5");
    EXPECT_EQ(formatVn(2.3, 2), "2,30");
    EXPECT_EQ(formatVn(-5, 0), "-5");
    EXPECT_EQ(formatVnShort(2.30031, 2), "2,3");
    EXPECT_EQ(formatVnShort(34), "34");
    EXPECT_EQ(formatVnPercent(25), "25 %");
    EXPECT_EQ(plainNumberText(1.1), "1.1");
    EXPECT_EQ(plainNumberText(4), "4");
}

TEST(NumberFormat, SerialDates)
{
    // Values from Python's date(1899, 12, 30) + timedelta(n): Calc's epoch, no 1900 leap bug.
    EXPECT_EQ(formatSerialDate(45078), "01/06/2023");
    EXPECT_EQ(formatSerialDate(45078.75), "01/06/2023"); // the time is dropped
    EXPECT_EQ(formatSerialDate(0), "30/12/1899");
    EXPECT_EQ(formatSerialDate(-1), "29/12/1899");
    EXPECT_EQ(formatSerialDate(60), "28/02/1900");
    EXPECT_EQ(formatSerialDate(61), "01/03/1900");
    EXPECT_EQ(formatSerialDate(2958465), "31/12/9999");
    EXPECT_EQ(formatSerialDate(1e9), "1.000.000.000"); // beyond any calendar: the number
}

} // namespace
} // namespace parcalc
