// Tests for PARNUMBER and the score-cell reading shared by the functions.
#include "core/functions/cell_input.hxx"
#include "core/functions/par_number.hxx"

#include <gtest/gtest.h>

namespace parcalc
{
namespace
{

TEST(ParNumber, IssueExamples)
{
    EXPECT_EQ(*parNumber("136.284"), 136284.0);
    EXPECT_EQ(*parNumber("2,30"), 2.3);
    EXPECT_EQ(*parNumber("1.234,5"), 1234.5);
    EXPECT_EQ(*parNumber("25%"), 0.25);
    EXPECT_EQ(*parNumber("03"), 3.0);
    EXPECT_EQ(*parNumber(" 3.135 "), 3135.0);
    EXPECT_EQ(*parNumber("0.023"), 0.023);
    EXPECT_EQ(*parNumber("1,234"), 1.234); // ambiguous: primary (decimal comma) reading
}

TEST(ParNumber, Errors)
{
    EXPECT_EQ(parNumber("mười lăm").error().kind, ErrorKind::NotANumber);
    // "not known yet" is no figure, as "Chưa thực hiện" (issue 12)
    EXPECT_EQ(parNumber("Chưa có đánh giá kết quả").error().kind, ErrorKind::NotAvailable);
    EXPECT_EQ(parNumber("abc").error().kind, ErrorKind::NotANumber);
    EXPECT_EQ(parNumber("-").error().kind, ErrorKind::NotAvailable);
    EXPECT_EQ(parNumber("Không phát sinh").error().kind, ErrorKind::NotAvailable);
    EXPECT_EQ(parNumber("Chưa thực hiện").error().kind, ErrorKind::NotAvailable);
    EXPECT_EQ(parNumber("").error().kind, ErrorKind::NotAvailable);
}

TEST(ReadCell, Classes)
{
    EXPECT_EQ(readCell(CellInput::empty()).cls, CellClass::Empty);
    const CellReading n = readCell(CellInput::fromNumber(-2.5));
    EXPECT_EQ(n.cls, CellClass::Number);
    EXPECT_EQ(n.number, -2.5);
    const CellReading t = readCell(CellInput::fromText("12,89"));
    EXPECT_EQ(t.cls, CellClass::Number);
    EXPECT_EQ(t.number, 12.89);
    EXPECT_EQ(readCell(CellInput::fromText(" ")).cls, CellClass::Empty);
    EXPECT_EQ(readCell(CellInput::fromText("KPS")).cls, CellClass::NotApplicable);
    EXPECT_EQ(readCell(CellInput::fromText("Chưa thực hiện")).cls, CellClass::NotANumber);
    EXPECT_EQ(readCell(CellInput::fromText("1.234")).cls, CellClass::NotANumber);
    EXPECT_EQ(readCell(CellInput::fromText("câu")).cls, CellClass::NotANumber);
}

} // namespace
} // namespace parcalc
