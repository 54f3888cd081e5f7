// Tests for vn_number: the number texts of seed 001 and their edge cases.
#include "core/text/vn_number.hxx"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>

namespace parcalc
{
namespace
{

VnNumber number(std::string_view text)
{
    const VnNumber n = parseVnNumber(text);
    EXPECT_EQ(n.kind, CellKind::Number) << text;
    return n;
}

TEST(VnNumber, ThousandsDotFromSeed001)
{
    const VnNumber n = number("136.284");
    EXPECT_EQ(n.value, 136284.0);
    EXPECT_EQ(n.decimals, 0);
    EXPECT_FALSE(n.percent);
    // d.ddd could also be a decimal point: flagged, with the other reading.
    EXPECT_TRUE(n.ambiguous);
    EXPECT_DOUBLE_EQ(n.alternative, 136.284);
    EXPECT_EQ(number("3.135").value, 3135.0);
}

TEST(VnNumber, DecimalComma)
{
    const VnNumber n = number("2,30");
    EXPECT_DOUBLE_EQ(n.value, 2.3);
    EXPECT_EQ(n.decimals, 2);
    EXPECT_FALSE(n.ambiguous);
    EXPECT_EQ(number("92,307").decimals, 3);
    EXPECT_EQ(number(",5").value, 0.5);
}

TEST(VnNumber, BothSeparators)
{
    const VnNumber vi = number("1.234,5");
    EXPECT_EQ(vi.value, 1234.5);
    EXPECT_EQ(vi.decimals, 1);
    EXPECT_FALSE(vi.ambiguous);
    EXPECT_EQ(number("1,234.5").value, 1234.5);
    EXPECT_EQ(number("12.345.678,25").value, 12345678.25);
    // A second decimal separator, or thousands after the decimal: not numbers.
    EXPECT_EQ(parseVnNumber("1,234,5.6").kind, CellKind::NotANumber);
    EXPECT_EQ(parseVnNumber("1.234,567.8").kind, CellKind::NotANumber);
    EXPECT_EQ(parseVnNumber("1.23,5").kind, CellKind::NotANumber); // group of 2
}

TEST(VnNumber, RepeatedSeparatorIsThousands)
{
    EXPECT_EQ(number("1.234.567").value, 1234567.0);
    EXPECT_FALSE(number("1.234.567").ambiguous);
    EXPECT_EQ(number("1,234,567").value, 1234567.0);
    EXPECT_EQ(parseVnNumber("1.23.456").kind, CellKind::NotANumber);
    EXPECT_EQ(parseVnNumber("1234.567.890").kind, CellKind::NotANumber); // lead of 4
}

TEST(VnNumber, Percent)
{
    const VnNumber p = number("25%");
    EXPECT_EQ(p.value, 0.25);
    EXPECT_EQ(p.typed, 25.0);
    EXPECT_TRUE(p.percent);
    EXPECT_EQ(p.decimals, 0);
    // Percents are read as "29e-3", never 2.9 / 100 (= 0.028999999999999998): the
    // validator compares them with ratios, so they must equal the literal.
    EXPECT_EQ(number("2,9%").value, 0.029);
    EXPECT_EQ(number("1,1%").value, 0.011);
    EXPECT_EQ(number("2.3%").value, 0.023);
    EXPECT_EQ(number("2.3%").decimals, 1);
    EXPECT_EQ(number("2,3%").value, 0.023);
    EXPECT_EQ(number("2,3%").typed, 2.3);
    EXPECT_EQ(number("100%").value, 1.0);
    EXPECT_EQ(number("97 %").value, 0.97);
    EXPECT_EQ(number("12,5\xC2\xA0%").value, 0.125);
    EXPECT_EQ(parseVnNumber("%").kind, CellKind::NotANumber);
    EXPECT_EQ(parseVnNumber("%25").kind, CellKind::NotANumber);
}

TEST(VnNumber, AgreesWithStrtod)
{
    // Fast (<= 15 digits) and slow (from_chars) paths both round correctly: compare
    // "i,ffff" and "i,ff%" with strtod of the C-locale text.
    for (long i = 0; i < 200000; i += 7)
    {
        const std::string whole = std::to_string(i / 1000);
        const std::string frac = std::to_string(1000 + i % 1000).substr(1);
        EXPECT_EQ(parseVnNumber(whole + "," + frac).value,
                  std::strtod((whole + "." + frac).c_str(), nullptr));
        EXPECT_EQ(parseVnNumber(whole + "," + frac + "%").value,
                  std::strtod((whole + "." + frac + "e-2").c_str(), nullptr));
    }
    const char* longText = "1234567890123,456789";
    EXPECT_EQ(parseVnNumber(longText).value, 1234567890123.456789);
    EXPECT_EQ(parseVnNumber("1.234.567.890.123,456789").value, 1234567890123.456789);
}

TEST(VnNumber, LeadingZero)
{
    const VnNumber n = number("03");
    EXPECT_EQ(n.value, 3.0);
    EXPECT_TRUE(n.leadingZero);
    EXPECT_FALSE(number("0").leadingZero);
    EXPECT_FALSE(number("0,5").leadingZero);
    EXPECT_TRUE(number("007").leadingZero);
}

TEST(VnNumber, SingleDotDecimal)
{
    // A 0 lead cannot start a thousands group: 0.023 is a decimal, not 23.
    const VnNumber n = number("0.023");
    EXPECT_EQ(n.value, 0.023);
    EXPECT_EQ(n.decimals, 3);
    EXPECT_FALSE(n.ambiguous);
    EXPECT_EQ(number("2.3").value, 2.3);
    EXPECT_EQ(number("12.89").value, 12.89);
    EXPECT_EQ(number("1234.5").value, 1234.5);
    // 4 decimals: not a group of 3, so a decimal point.
    EXPECT_EQ(number("1.2345").value, 1.2345);
    EXPECT_FALSE(number("1.2345").ambiguous);
}

TEST(VnNumber, AmbiguousComma)
{
    const VnNumber n = number("1,234");
    EXPECT_EQ(n.value, 1.234);
    EXPECT_EQ(n.decimals, 3);
    EXPECT_TRUE(n.ambiguous);
    EXPECT_EQ(n.alternative, 1234.0);
    EXPECT_FALSE(number("0,234").ambiguous);
    // The percent reading carries over to the alternative: 1.234% vs 1234%.
    const VnNumber p = number("1.234%");
    EXPECT_EQ(p.value, 12.34);
    EXPECT_EQ(p.alternative, 0.01234);
}

TEST(VnNumber, SpacesAsThousands)
{
    EXPECT_EQ(number("12 345").value, 12345.0);
    EXPECT_EQ(number("1\xC2\xA0"
                     "234\xC2\xA0"
                     "567")
                  .value,
              1234567.0); // NBSP
    EXPECT_EQ(number("1\xE2\x80\xAF"
                     "234,5")
                  .value,
              1234.5); // narrow NBSP
    EXPECT_EQ(number("12 345.6").value, 12345.6);
    EXPECT_EQ(parseVnNumber("12 34").kind, CellKind::NotANumber);
    EXPECT_EQ(parseVnNumber("1 234,5 6").kind, CellKind::NotANumber);
}

TEST(VnNumber, SignsAndTrim)
{
    EXPECT_EQ(number("  42 \t").value, 42.0);
    EXPECT_EQ(number("\xC2\xA0 7\n").value, 7.0);
    EXPECT_EQ(number("+5").value, 5.0);
    EXPECT_EQ(number("-5,5").value, -5.5);
    EXPECT_EQ(number("\xE2\x88\x92"
                     "3")
                  .value,
              -3.0); // U+2212
    EXPECT_EQ(number("-1.234").value, -1234.0);
    EXPECT_EQ(number("-1.234").alternative, -1.234);
    const VnNumber zero = number("-0");
    EXPECT_FALSE(std::signbit(zero.value));
}

TEST(VnNumber, Empty)
{
    EXPECT_EQ(parseVnNumber("").kind, CellKind::Empty);
    EXPECT_EQ(parseVnNumber("   ").kind, CellKind::Empty);
    EXPECT_EQ(parseVnNumber("\xC2\xA0\n").kind, CellKind::Empty);
}

TEST(VnNumber, NotNumbers)
{
    for (std::string_view text : {"5.", "1..2", "abc", "12a", "1e5", "1,2,3,4", "- 5", "+",
                                  "mười lăm", "3 người", "x", "Chuẩn"})
        EXPECT_EQ(parseVnNumber(text).kind, CellKind::NotANumber) << text;
    // Hundreds of digits do not overflow the fixed buffer.
    EXPECT_EQ(parseVnNumber(std::string(200, '9')).kind, CellKind::NotANumber);
    EXPECT_EQ(number(std::string(40, '9')).value, 1e40);
}

TEST(VnNumber, NoDataMarkers)
{
    struct Case
    {
        std::string_view text;
        NoDataMarker marker;
    };
    for (const Case& c :
         {Case{"-", NoDataMarker::Dash}, Case{" \xE2\x80\x93 ", NoDataMarker::Dash},
          Case{"\xE2\x80\x94", NoDataMarker::Dash}, Case{"--", NoDataMarker::Dash},
          Case{"Không phát sinh", NoDataMarker::NotArising},
          Case{"KHÔNG  PHÁT SINH.", NoDataMarker::NotArising},
          Case{"khong phat sinh", NoDataMarker::NotArising}, Case{"KPS", NoDataMarker::NotArising},
          Case{"N/A", NoDataMarker::NotApplicable}, Case{"n / a", NoDataMarker::NotApplicable},
          Case{"NA", NoDataMarker::NotApplicable},
          Case{"Không áp dụng", NoDataMarker::NotApplicable},
          Case{"Chưa thực hiện", NoDataMarker::NotDone}, Case{"chưa có", NoDataMarker::NotDone},
          Case{"Chưa có số liệu", NoDataMarker::NotDone},
          Case{"Đang cập nhật", NoDataMarker::NotDone},
          Case{"Chưa báo cáo", NoDataMarker::NotDone},
          Case{"Không có số liệu.", NoDataMarker::NotDone}})
    {
        const VnNumber n = parseVnNumber(c.text);
        EXPECT_EQ(n.kind, CellKind::NoData) << c.text;
        EXPECT_EQ(n.marker, c.marker) << c.text;
    }
    // Seed 001, row 3.1.1: a sentence that starts with "not yet" is no figure either (issue 12).
    const VnNumber sentence = parseVnNumber("Chưa có đánh giá kết quả");
    EXPECT_EQ(sentence.kind, CellKind::NoData);
    EXPECT_EQ(sentence.marker, NoDataMarker::NotDone);
    // Other sentences are not markers: "nothing arose" must be the whole text.
    EXPECT_EQ(parseVnNumber("Số liệu ước tính").kind, CellKind::NotANumber);
}

TEST(VnNumber, MarkerOfWholeTextOnly)
{
    EXPECT_EQ(noDataMarkerOf("K P S;"), NoDataMarker::NotArising);
    EXPECT_EQ(noDataMarkerOf("Chưa\xC2\xA0thực hiện:"), NoDataMarker::NotDone);
    EXPECT_EQ(noDataMarkerOf("5"), NoDataMarker::None);
    EXPECT_EQ(noDataMarkerOf("Không phát sinh hồ sơ"), NoDataMarker::None);
    EXPECT_EQ(noDataMarkerOf(""), NoDataMarker::None);
}

TEST(VnNumber, NotApplicablePredicate)
{
    for (std::string_view text :
         {"-", "N/A", "NA", "KPS", "Không áp dụng", "Không phát sinh", "\xE2\x80\x93"})
        EXPECT_TRUE(isNotApplicableMarker(text)) << text;
    for (std::string_view text : {"Chưa thực hiện", "Chưa có", "0", "", "x", "Không"})
        EXPECT_FALSE(isNotApplicableMarker(text)) << text;
    EXPECT_TRUE(isNotApplicableMarker(NoDataMarker::Dash));
    EXPECT_FALSE(isNotApplicableMarker(NoDataMarker::NotDone));
    EXPECT_FALSE(isNotApplicableMarker(NoDataMarker::None));
}

TEST(VnNumber, YesNo)
{
    for (std::string_view text : {"Có", "có", "CÓ", "x", "X", "1", "yes", "True", " Có "})
        EXPECT_EQ(parseYesNo(text), std::optional<bool>(true)) << text;
    for (std::string_view text : {"Không", "không", "KHONG", "0", "", "  ", "no", "ko", "0,0"})
        EXPECT_EQ(parseYesNo(text), std::optional<bool>(false)) << text;
    for (std::string_view text : {"2", "100%", "Chưa thực hiện", "-", "Có tổ chức", "0,5"})
        EXPECT_EQ(parseYesNo(text), std::nullopt) << text;
}

// Regression (fuzz_vn_number, issue 6): 25 or more digit groups wrote past the group
// table on the stack; "1,2,3,...,25" (a list typed in a cell) crashed.
TEST(VnNumber, ManyGroupsAreTextNotAStackOverflow)
{
    std::string list = "1";
    std::string thousands = "1";
    for (int i = 2; i <= 200; ++i)
    {
        list += "," + std::to_string(i);
        thousands += ".000";
        EXPECT_EQ(parseVnNumber(list).kind, i == 2 ? CellKind::Number : CellKind::NotANumber)
            << list; // "1,2" is 1.2
        // Up to 22 groups fit the 64-digit buffer; more is text, never a crash.
        EXPECT_EQ(parseVnNumber(thousands).kind, i <= 22 ? CellKind::Number : CellKind::NotANumber)
            << thousands;
    }
}

} // namespace
} // namespace parcalc
