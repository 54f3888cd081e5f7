// Tests for CellGrid addresses and growth, and the fixture reader's typing rules.
#include "core/base/cell_grid.hxx"
#include "core/testing/grid_tsv.hxx"

#include <gtest/gtest.h>

namespace parcalc
{
namespace
{

TEST(CellGrid, ColumnNamesAndAddresses)
{
    EXPECT_EQ(columnName(0), "A");
    EXPECT_EQ(columnName(25), "Z");
    EXPECT_EQ(columnName(26), "AA");
    EXPECT_EQ(columnName(701), "ZZ");
    EXPECT_EQ(columnName(702), "AAA");
    EXPECT_EQ(a1Address(11, 3), "D12");
    CellGrid grid(2, 2);
    grid.setOrigin(4, 1); // used area starts at B5
    EXPECT_EQ(grid.address(0, 0), "B5");
    EXPECT_EQ(grid.address(1, 2), "D6");
}

TEST(CellGrid, GrowsAndKeepsCells)
{
    CellGrid grid;
    grid.set(0, 0, Cell::makeText("a"));
    grid.set(2, 3, Cell::makeNumber(7));
    EXPECT_EQ(grid.rows(), 3u);
    EXPECT_EQ(grid.cols(), 4u);
    EXPECT_EQ(grid.at(0, 0).text, "a");
    EXPECT_EQ(grid.at(2, 3).number, 7);
    EXPECT_TRUE(grid.at(1, 1).isEmpty());
    EXPECT_TRUE(grid.at(99, 99).isEmpty()); // outside: empty, no throw
}

TEST(GridTsv, TypesTheValueColumnLikeCalc)
{
    EXPECT_EQ(typeCellInput("").type, CellType::Empty);
    EXPECT_EQ(typeCellInput("13").number, 13);
    const Cell percent = typeCellInput("25%");
    EXPECT_EQ(percent.type, CellType::Number);
    EXPECT_DOUBLE_EQ(percent.number, 0.25);
    EXPECT_TRUE(percent.percentFormat());
    EXPECT_EQ(typeCellInput("'03").text, "03");
    EXPECT_EQ(typeCellInput("'03").type, CellType::Text);
    EXPECT_EQ(typeCellInput("2,30").type, CellType::Text);
    EXPECT_EQ(typeCellInput("#VALUE!").type, CellType::Error);
    EXPECT_EQ(typeCellInput("Chưa có").type, CellType::Text);
}

TEST(GridTsv, ReadsRowsCommentsAndSheetName)
{
    const CellGrid grid = readTsvGrid("# comment\n#sheet: PL\nA\tB\n\n1.1\tx\\ny\t\t5\n");
    EXPECT_EQ(grid.sheetName(), "PL");
    EXPECT_EQ(grid.rows(), 3u);
    EXPECT_EQ(grid.cols(), 4u);
    EXPECT_EQ(grid.at(2, 0).type, CellType::Text); // STT stays text
    EXPECT_EQ(grid.at(2, 1).text, "x\ny");
    EXPECT_EQ(grid.at(2, 3).number, 5);
    EXPECT_FALSE(readTsvGridFile("/nonexistent.tsv").ok());
}

// Regression (fuzz_table_recognition, issue 6): set() copied the whole grid for every new
// row, so building a sheet row by row (grid_tsv, fixtures) was quadratic.
TEST(CellGrid, GrowsRowByRowInLinearTimeAndKeepsCells)
{
    CellGrid grid;
    grid.set(0, 4, Cell::makeText("Ghi chú"));
    for (std::size_t r = 1; r < 200000; ++r)
        grid.set(r, r % 5, Cell::makeNumber(double(r)));
    EXPECT_EQ(grid.rows(), 200000u);
    EXPECT_EQ(grid.cols(), 5u);
    EXPECT_EQ(grid.at(0, 4).text, "Ghi chú");
    EXPECT_EQ(grid.at(199999, 4).number, 199999);
    EXPECT_TRUE(grid.at(199999, 0).isEmpty());
    grid.set(3, 6, Cell::makeText("x")); // a new column re-lays the rows out
    EXPECT_EQ(grid.cols(), 7u);
    EXPECT_EQ(grid.at(3, 6).text, "x");
    EXPECT_EQ(grid.at(3, 3).number, 3);
    EXPECT_EQ(grid.at(0, 4).text, "Ghi chú");
}

} // namespace
} // namespace parcalc
