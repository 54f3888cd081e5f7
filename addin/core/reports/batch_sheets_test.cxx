// The batch result document's sheets: rows, counts, colours, links and score columns,
// against a report built by hand.
#include "core/reports/batch_sheets.hxx"

#include <gtest/gtest.h>

using namespace parcalc;

namespace
{

BatchReport sample()
{
    ValidationResult ok;
    ok.tableFound = true;
    ok.sheet = "Phụ lục";
    ok.range = "A4:E120";
    ok.rowsFound = 118;
    ok.rowsExpected = 120;

    ValidationResult bad = ok;
    bad.sheet = "Biểu 'A'";
    bad.unit = "UBND huyện Ngân Sơn";
    bad.period = "quý I năm 2023";
    Finding table = makeFinding(FindingCode::UnexpectedRow, Severity::Info, "", "", "", "");
    table.message = "dòng lạ";
    Finding zero = makeFinding(FindingCode::ZeroDenominator, Severity::Error, "1.3.4", "D17",
                               "(không phát sinh)", "0 %");
    zero.message = "Dòng 1.3.4 (ô D17): mẫu số bằng 0";
    zero.messageEn = "Row 1.3.4 (cell D17): the denominator is 0";
    Finding sum =
        makeFinding(FindingCode::SumMismatch, Severity::Warning, "6.2", "D98", "33", "34");
    sum.sheet = "Khác";
    bad.findings = {table, zero, sum};

    BatchReport r;
    r.files.push_back(readableReport("/in/a.ods", ok));
    r.files.push_back(readableReport("/in/sub/b.xlsx", bad));
    r.files.push_back(unreadableReport("/in/c.ods", "tệp được bảo vệ bằng mật khẩu",
                                       "the file is password-protected"));
    return r;
}

std::string at(const CellGrid& g, std::size_t r, std::size_t c)
{
    return g.at(r, c).text;
}

const CellLink* linkAt(const ResultSheet& s, std::size_t row)
{
    for (const CellLink& l : s.layout.links)
        if (l.row == row)
            return &l;
    return nullptr;
}

std::uint32_t fillAt(const ResultSheet& s, std::size_t row, std::size_t col)
{
    for (const CellFill& f : s.layout.fills)
        if (f.row == row && f.col == col)
            return f.colour;
    return 0;
}

} // namespace

TEST(BatchSheets, SummaryRowPerFileWithStatusCountsNoteAndPath)
{
    const BatchReport report = sample();
    const auto sheets = batchSheets(
        {&report, {"file:///in/a.ods", "file:///in/sub/b.xlsx", "file:///in/c.ods"}, {}},
        Language::Vi);
    ASSERT_EQ(sheets.size(), 2u);
    const ResultSheet& sum = sheets[0];
    EXPECT_EQ(sum.grid.sheetName(), "Tổng hợp");
    EXPECT_EQ(sum.grid.rows(), 4u);
    EXPECT_EQ(at(sum.grid, 0, 0), "Tệp");
    EXPECT_EQ(at(sum.grid, 0, 3), "Trạng thái");
    EXPECT_EQ(at(sum.grid, 0, 8), "Đường dẫn");
    EXPECT_EQ(at(sum.grid, 1, 0), "a.ods");
    EXPECT_EQ(at(sum.grid, 1, 3), "ĐẠT");
    EXPECT_EQ(sum.grid.at(1, 4).number, 0.0);
    EXPECT_EQ(sum.grid.at(1, 4).type, CellType::Number);
    EXPECT_EQ(at(sum.grid, 1, 7), "biểu ở Phụ lục!A4:E120, 118/120 dòng");
    EXPECT_EQ(at(sum.grid, 2, 1), "UBND huyện Ngân Sơn");
    EXPECT_EQ(at(sum.grid, 2, 2), "quý I năm 2023");
    EXPECT_EQ(sum.grid.at(2, 4).number, 1.0); // errors
    EXPECT_EQ(sum.grid.at(2, 5).number, 1.0); // warnings
    EXPECT_EQ(sum.grid.at(2, 6).number, 1.0); // info
    EXPECT_EQ(at(sum.grid, 2, 8), "/in/sub/b.xlsx");
    EXPECT_TRUE(sum.grid.at(3, 4).isEmpty()); // no counts for an unreadable file
    EXPECT_EQ(at(sum.grid, 3, 7), "không đọc được: tệp được bảo vệ bằng mật khẩu");
    EXPECT_EQ(fillAt(sum, 1, 3), kValidFill);
    EXPECT_EQ(fillAt(sum, 2, 3), kInvalidFill);
    EXPECT_EQ(fillAt(sum, 3, 3), kUnreadableFill);
    EXPECT_TRUE(sum.layout.freezeHeader);
    EXPECT_TRUE(sum.layout.autoFilter);
    EXPECT_EQ(sum.layout.boldRows, std::vector<std::size_t>{0});
}

TEST(BatchSheets, LinksOpenTheFileAtItsFirstFindingWithACell)
{
    const BatchReport report = sample();
    const auto sheets = batchSheets(
        {&report, {"file:///in/a.ods", "file:///in/sub/b.xlsx", "file:///in/c.ods"}, {}},
        Language::En);
    const ResultSheet& sum = sheets[0];
    ASSERT_NE(linkAt(sum, 1), nullptr);
    EXPECT_EQ(linkAt(sum, 1)->target, "file:///in/a.ods#'Phụ lục'.A1"); // no finding
    EXPECT_EQ(linkAt(sum, 1)->label, "a.ods");
    // The info finding has no cell; the error's sheet is the table's (quotes doubled).
    EXPECT_EQ(linkAt(sum, 2)->target, "file:///in/sub/b.xlsx#'Biểu ''A'''.D17");
    EXPECT_EQ(linkAt(sum, 3)->target, "file:///in/c.ods");
    EXPECT_EQ(linkAt(sum, 3)->col, 0u);

    const ResultSheet& found = sheets[1];
    EXPECT_EQ(found.grid.sheetName(), "Findings");
    ASSERT_EQ(found.grid.rows(), 4u); // header + the three findings of b.xlsx
    EXPECT_EQ(at(found.grid, 0, 4), "Code");
    EXPECT_EQ(at(found.grid, 2, 0), "b.xlsx");
    EXPECT_EQ(at(found.grid, 2, 1), "1.3.4");
    EXPECT_EQ(at(found.grid, 2, 2), "D17");
    EXPECT_EQ(at(found.grid, 2, 4), "zero-denominator");
    EXPECT_EQ(at(found.grid, 2, 5), "Row 1.3.4 (cell D17): the denominator is 0");
    EXPECT_EQ(at(found.grid, 2, 6), "(không phát sinh)");
    EXPECT_EQ(at(found.grid, 2, 7), "0 %");
    EXPECT_EQ(fillAt(found, 2, 3), kInvalidFill);
    EXPECT_EQ(fillAt(found, 1, 3), 0u); // info: no colour
    EXPECT_EQ(linkAt(found, 1)->target, "file:///in/sub/b.xlsx#'Biểu ''A'''.A1");
    EXPECT_EQ(linkAt(found, 3)->target, "file:///in/sub/b.xlsx#'Khác'.D98");
    EXPECT_TRUE(found.layout.autoFilter);
}

TEST(BatchSheets, ScoreColumnsOnlyWhenTheRuleSetScores)
{
    const BatchReport report = sample();
    FileScore scored{72.5, "Khá", "Good"};
    const auto sheets =
        batchSheets({&report, {}, {scored, FileScore{}, std::nullopt}}, Language::Vi);
    const CellGrid& g = sheets[0].grid;
    EXPECT_EQ(at(g, 0, 7), "Chỉ số ước tính");
    EXPECT_EQ(at(g, 0, 8), "Xếp loại");
    EXPECT_EQ(at(g, 0, 10), "Đường dẫn");
    EXPECT_EQ(g.at(1, 7).number, 72.5);
    EXPECT_EQ(at(g, 1, 8), "Khá");
    EXPECT_TRUE(g.at(2, 7).isEmpty());           // nothing decided
    EXPECT_TRUE(sheets[0].layout.links.empty()); // no URLs given
}
