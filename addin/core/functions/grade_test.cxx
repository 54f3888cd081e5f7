// Tests for grade (PARGRADE): seed 002 grades, boundaries, schemes, custom bands.
#include "core/functions/grade.hxx"

#include <gtest/gtest.h>

#include <cmath>

namespace parcalc
{
namespace
{

std::string gradeOf(double index, std::string_view scheme = {})
{
    const Expected<std::string_view> g = parGrade(index, scheme);
    return g.ok() ? std::string(*g) : "error";
}

TEST(ParGrade, Seed002)
{
    // Communes of Kon Rẫy: 92,30 -> Xuất sắc; 89,23 and 85,93 -> Tốt.
    EXPECT_EQ(gradeOf(92.30), "Xuất sắc");
    EXPECT_EQ(gradeOf(89.23), "Tốt");
    EXPECT_EQ(gradeOf(85.93), "Tốt");
    // The unit itself: 89,21 / 97 * 100 = 91,969 -> Xuất sắc.
    EXPECT_EQ(gradeOf(89.21 / 97.0 * 100.0), "Xuất sắc");
}

TEST(ParGrade, DefaultBoundaries)
{
    EXPECT_EQ(gradeOf(100), "Xuất sắc");
    EXPECT_EQ(gradeOf(90), "Xuất sắc");
    EXPECT_EQ(gradeOf(89.99), "Tốt");
    EXPECT_EQ(gradeOf(80), "Tốt");
    EXPECT_EQ(gradeOf(79.999), "Khá");
    EXPECT_EQ(gradeOf(70), "Khá");
    EXPECT_EQ(gradeOf(69.9), "Trung bình");
    EXPECT_EQ(gradeOf(50), "Trung bình");
    EXPECT_EQ(gradeOf(49.99), "Yếu");
    EXPECT_EQ(gradeOf(0), "Yếu");
}

TEST(ParGrade, ComputedIndexAtBoundary)
{
    // 0.9 * 100 = 90.00000000000001 and 0.7 * 100 = 70.00000000000001 are fine anyway;
    // the risky case is a computed value a few ulps below the bound.
    const double below90 = std::nextafter(90.0, 0.0);
    EXPECT_EQ(gradeOf(below90), "Xuất sắc");
    EXPECT_EQ(gradeOf(89.99999999), "Xuất sắc"); // gap 1e-8 < 90 * 1e-9
    EXPECT_EQ(gradeOf(89.9999), "Tốt");          // gap 1e-4: a real difference
    // 63/70 * 100 is 90 in exact arithmetic.
    EXPECT_EQ(gradeOf(63.0 / 70.0 * 100.0), "Xuất sắc");
    EXPECT_TRUE(reachesLowerBound(0.95 - 1e-12, 0.95));
    EXPECT_FALSE(reachesLowerBound(0.9499, 0.95));
}

TEST(ParGrade, CaoBang2021)
{
    EXPECT_EQ(gradeOf(95, "cao-bang-2021"), "Tốt");
    EXPECT_EQ(gradeOf(90, "Cao Bằng 2021"), "Tốt");
    EXPECT_EQ(gradeOf(89.23, "CAO BANG 2021"), "Khá");
    EXPECT_EQ(gradeOf(70, "caobang2021"), "Khá");
    EXPECT_EQ(gradeOf(50, "cao_bang_2021"), "Trung bình");
    EXPECT_EQ(gradeOf(49.9, "cao-bang-2021"), "Kém");
}

TEST(ParGrade, SchemeNames)
{
    EXPECT_EQ(gradeOf(85, "default"), "Tốt");
    EXPECT_EQ(gradeOf(85, "Mặc định"), "Tốt");
    EXPECT_EQ(gradeOf(85, " "), "Tốt");
    const Expected<std::string_view> unknown = parGrade(85, "ha-noi-2030");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotAvailable);
    EXPECT_EQ(parGrade(85, "---").error().kind, ErrorKind::NotAvailable);
    EXPECT_EQ(findGradeScheme("nope"), nullptr);
    EXPECT_EQ(findGradeScheme("DEFAULT"), &defaultGradeScheme());
}

TEST(ParGrade, IndexOutOfRange)
{
    EXPECT_EQ(parGrade(100.5).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parGrade(-0.1).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(parGrade(NAN).error().kind, ErrorKind::InvalidArgument);
    // A computed 100 with noise is still 100.
    EXPECT_EQ(gradeOf(std::nextafter(100.0, 200.0)), "Xuất sắc");
}

TEST(GradeScheme, CustomBandsInAnyOrder)
{
    const Expected<GradeScheme> s =
        GradeScheme::fromBands({{50, "Đạt"}, {85, "Tốt"}, {0, "Không đạt"}});
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(*s.value().grade(84.99), "Đạt");
    EXPECT_EQ(*s.value().grade(85), "Tốt");
    EXPECT_EQ(*s.value().grade(10), "Không đạt");
    ASSERT_EQ(s.value().bands().size(), 3u);
    EXPECT_EQ(s.value().bands().front().lowerBound, 85.0);
}

TEST(GradeScheme, CustomSchemeWithoutBottomBand)
{
    const Expected<GradeScheme> s = GradeScheme::fromBands({{80, "A"}, {60, "B"}});
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(*s.value().grade(60), "B");
    EXPECT_EQ(s.value().grade(59).error().kind, ErrorKind::NotAvailable);
}

TEST(GradeScheme, InvalidCustomSchemes)
{
    EXPECT_EQ(GradeScheme::fromBands({}).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(GradeScheme::fromBands({{80, "A"}, {80, "B"}}).error().kind,
              ErrorKind::InvalidArgument);
    EXPECT_EQ(GradeScheme::fromBands({{80, ""}}).error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(GradeScheme::fromBands({{NAN, "A"}}).error().kind, ErrorKind::InvalidArgument);
}

} // namespace
} // namespace parcalc
