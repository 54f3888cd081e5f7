// Tests for value_reader and ratio agreement: values as people type them.
#include "core/appendix/value_reader.hxx"
#include "core/validation/checks.hxx"

#include <gtest/gtest.h>

namespace parcalc
{
namespace
{

RowValue read(const Cell& cell, RowKind kind, const Cell& note = Cell{})
{
    return readRowValue(cell, note, kind);
}

TEST(ValueReader, Counts)
{
    EXPECT_EQ(read(Cell::makeNumber(13), RowKind::Count).number, 13);
    const RowValue text = read(Cell::makeText("136.284"), RowKind::Money);
    EXPECT_EQ(text.state, ValueState::Number);
    EXPECT_EQ(text.number, 136284);
    EXPECT_TRUE(text.fromText);
    EXPECT_EQ(read(Cell::makeText("03"), RowKind::Count).number, 3);
    EXPECT_EQ(read(Cell::makeText("1.234,5"), RowKind::Money).number, 1234.5);
    EXPECT_EQ(read(Cell::makeText("mười lăm"), RowKind::Count).state, ValueState::Text);
    EXPECT_EQ(read(Cell::makeError("#VALUE!"), RowKind::Count).state, ValueState::Error);
    EXPECT_EQ(read(Cell{}, RowKind::Count).state, ValueState::Empty);
}

TEST(ValueReader, NoDataMarkers)
{
    for (const char* marker : {"-", "Không phát sinh", "Chưa thực hiện", "Chưa có đánh giá kết quả"})
        EXPECT_EQ(read(Cell::makeText(marker), RowKind::Count).state, ValueState::NoData) << marker;
    const RowValue note = read(Cell{}, RowKind::Count, Cell::makeText("Chưa thực hiện"));
    EXPECT_EQ(note.state, ValueState::NoData);
    EXPECT_TRUE(note.noDataInNote);
    EXPECT_EQ(read(Cell{}, RowKind::Count, Cell::makeText("Số liệu ước")).state, ValueState::Empty);
}

TEST(ValueReader, Percentages)
{
    const RowValue formatted = read(Cell::makeNumber(0.25, true), RowKind::Ratio);
    EXPECT_EQ(formatted.number, 25);
    EXPECT_EQ(formatted.decimals, 0);
    EXPECT_FALSE(formatted.alternative);
    const RowValue fraction = read(Cell::makeNumber(0.023), RowKind::Percent);
    EXPECT_DOUBLE_EQ(fraction.number, 2.3);
    EXPECT_EQ(fraction.decimals, 1);
    ASSERT_TRUE(fraction.alternative);
    EXPECT_DOUBLE_EQ(fraction.alternative->points, 0.023);
    EXPECT_EQ(read(Cell::makeNumber(97), RowKind::Percent).number, 97);
    const RowValue comma = read(Cell::makeText("2,30"), RowKind::Ratio);
    EXPECT_DOUBLE_EQ(comma.number, 2.3);
    EXPECT_EQ(comma.decimals, 2);
    const RowValue sign = read(Cell::makeText("2,3%"), RowKind::Ratio);
    EXPECT_DOUBLE_EQ(sign.number, 2.3);
    EXPECT_EQ(sign.decimals, 1);
    EXPECT_EQ(read(Cell::makeText("25%"), RowKind::Ratio).number, 25);
    EXPECT_EQ(read(Cell::makeNumber(1.2, true), RowKind::Percent).number, 120);
    EXPECT_EQ(displayValue(formatted, RowKind::Ratio), "25 %");
    EXPECT_EQ(displayValue(comma, RowKind::Ratio), "2,30");
}

TEST(ValueReader, DigitsInATextFormattedCellAreNumberAsTextWhateverTheCellStores)
{
    // An Excel writer may store a "@" cell's digits as a number or as a string: one reading.
    Cell number = Cell::makeNumber(136284, NumberFormatKind::Text);
    Cell string = Cell::makeText("136284");
    string.format = NumberFormatKind::Text;
    for (const Cell& cell : {number, string})
    {
        const RowValue v = read(cell, RowKind::Money);
        EXPECT_EQ(v.state, ValueState::Number);
        EXPECT_EQ(v.number, 136284);
        EXPECT_TRUE(v.fromText);
        EXPECT_TRUE(v.textFormat);
        EXPECT_EQ(v.text, "136284"); // as the cell shows it: General, no thousands dots
    }
    // decimals as a Vietnamese office shows them: 1,045, not 1.045 (which reads 1045)
    const RowValue decimal = read(Cell::makeNumber(1.045, NumberFormatKind::Text), RowKind::Money);
    EXPECT_EQ(decimal.text, "1,045");
    EXPECT_DOUBLE_EQ(decimal.number, 1.045);
    // a ratio row: 25 in a text cell is 25 %, as the typed text "25" is
    const RowValue ratio = read(Cell::makeNumber(25, NumberFormatKind::Text), RowKind::Ratio);
    EXPECT_EQ(ratio.number, 25);
    EXPECT_TRUE(ratio.fromText);
    // the same digits in a General cell are a plain number; a string there is from text but
    // not text-formatted
    EXPECT_FALSE(read(Cell::makeNumber(136284, NumberFormatKind::General), RowKind::Money).fromText);
    const RowValue typed = read(Cell::makeText("136.284"), RowKind::Money);
    EXPECT_TRUE(typed.fromText);
    EXPECT_FALSE(typed.textFormat);
}

TEST(ValueReader, YesNo)
{
    for (const char* yes : {"Có", "x", "1"})
        EXPECT_EQ(read(Cell::makeText(yes), RowKind::YesNo).number, 1) << yes;
    EXPECT_EQ(read(Cell::makeText("Không"), RowKind::YesNo).number, 0);
    EXPECT_EQ(read(Cell::makeNumber(0), RowKind::YesNo).state, ValueState::Number);
    EXPECT_EQ(read(Cell::makeNumber(2), RowKind::YesNo).state, ValueState::Text);
    EXPECT_EQ(read(Cell::makeText("Đang làm"), RowKind::YesNo).state, ValueState::Text);
}

TEST(RatioAgrees, RoundedOrTruncatedToTheDecimalsShown)
{
    EXPECT_TRUE(ratioAgrees({25, 0}, 14.0 / 56 * 100));
    EXPECT_TRUE(ratioAgrees({2.30, 2}, 3135.0 / 136284 * 100));
    EXPECT_TRUE(ratioAgrees({92.30, 2}, 87.23 / 94.5 * 100)); // truncated, 92,307
    EXPECT_TRUE(ratioAgrees({92.31, 2}, 87.23 / 94.5 * 100)); // rounded
    EXPECT_TRUE(ratioAgrees({89.23, 2}, 85.21 / 95.5 * 100));
    EXPECT_TRUE(ratioAgrees({33.33333333, 8}, 100.0 / 3));
    EXPECT_FALSE(ratioAgrees({30, 0}, 25));
    EXPECT_FALSE(ratioAgrees({2.3, 1}, 2.41));
    EXPECT_FALSE(ratioAgrees({92.3, 2}, 92.29));
}

} // namespace
} // namespace parcalc
