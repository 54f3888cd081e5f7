// Round trip: every bundled rule set written as a workbook (book_writer) and read back
// (book_reader) is the same model; and the workbook of that model is the same workbook.
#include "core/ruleset/ruleset_catalog.hxx"
#include "core/ruleset/ruleset_loader.hxx"
#include "core/ruleset_book/book_cells.hxx"
#include "core/ruleset_book/book_reader.hxx"
#include "core/ruleset_book/book_test_support.hxx"
#include "core/ruleset_book/book_writer.hxx"

#include <gtest/gtest.h>

namespace parcalc::book
{
namespace
{

std::vector<CellGrid> gridsOf(const std::vector<BookSheet>& sheets)
{
    std::vector<CellGrid> grids;
    for (const BookSheet& s : sheets)
        grids.push_back(s.grid);
    return grids;
}

std::vector<std::string> cellsOf(const std::vector<BookSheet>& sheets)
{
    std::vector<std::string> out;
    for (const BookSheet& s : sheets)
        for (std::size_t r = 0; r < s.grid.rows(); ++r)
            for (std::size_t c = 0; c < s.grid.cols(); ++c)
                if (!s.grid.at(r, c).isEmpty())
                    out.push_back(s.grid.sheetName() + "!" + s.grid.address(r, c) + " " +
                                  cellText(s.grid.at(r, c)));
    return out;
}

class BundledRoundTrip : public ::testing::TestWithParam<std::string>
{
};

TEST_P(BundledRoundTrip, ExportThenBuildGivesTheSameModel)
{
    const BundledRuleSet* bundled = nullptr;
    for (const BundledRuleSet& b : bundledRuleSets())
        if (b.id == GetParam())
            bundled = &b;
    ASSERT_NE(bundled, nullptr);
    RuleSetLoad original = parseRuleSet(bundled->json, bundled->fileName);
    ASSERT_TRUE(original.ok());

    const std::vector<BookSheet> book = writeRuleSetBook(*original.ruleSet);
    BookLoad built = readRuleSetBook(gridsOf(book), "book.ods");
    for (const BookProblem& p : built.problems)
        ADD_FAILURE() << p.describe();
    ASSERT_TRUE(built.ok());
    EXPECT_EQ(testing::modelLines(*built.ruleSet), testing::modelLines(*original.ruleSet));
    // The JSON `ruleset build` writes loads like the file itself.
    RuleSetLoad again = parseRuleSet(ruleSetJsonText(built.json), "built.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(testing::modelLines(*again.ruleSet), testing::modelLines(*original.ruleSet));
    EXPECT_EQ(cellsOf(writeRuleSetBook(*built.ruleSet)), cellsOf(book));
}

INSTANTIATE_TEST_SUITE_P(Bundled, BundledRoundTrip,
                         ::testing::Values("default-huyen", "example-huyen-diem"));

TEST(BundledRoundTrip, CoversEveryBundledSet)
{
    EXPECT_EQ(bundledRuleSets().size(), 2u) << "add the new bundled rule set to the test above";
}

TEST(BundledRoundTrip, SamplesTheWrittenSheets)
{
    RuleSetLoad original = resolveRuleSet("default-huyen");
    ASSERT_TRUE(original.ok());
    const std::vector<BookSheet> book = writeRuleSetBook(*original.ruleSet);
    ASSERT_EQ(book.size(), 4u);
    EXPECT_EQ(book[0].grid.sheetName(), "Hướng dẫn");
    const CellGrid& rows = book[2].grid;
    EXPECT_EQ(rows.sheetName(), "Biểu thống kê");
    // default-huyen's integer and non-negative checks name row kinds: "*" lines first.
    EXPECT_EQ(cellText(rows.at(1, 0)), "*");
    EXPECT_EQ(cellText(rows.at(1, 4)), "số lượng");
    EXPECT_EQ(cellText(rows.at(1, 5)), "số nguyên");
    EXPECT_EQ(cellText(rows.at(2, 4)), "số lượng; tiền; tỷ lệ; phần trăm");
    EXPECT_EQ(cellText(rows.at(2, 5)), "không âm");
    // Row 1.2: its ratio on its line, its range on the next, its cumulative as a warning.
    std::size_t line = 0;
    for (std::size_t r = 0; r < rows.rows(); ++r)
        if (cellText(rows.at(r, 0)) == "1.2")
            line = r;
    ASSERT_NE(line, 0u);
    EXPECT_EQ(cellText(rows.at(line, 4)), "tỷ lệ");
    EXPECT_EQ(cellText(rows.at(line, 5)), "= 1.2.2 / 1.2.1");
    EXPECT_EQ(cellText(rows.at(line, 6)), "lỗi");
    EXPECT_EQ(cellText(rows.at(line, 7)), "cảnh báo");
    EXPECT_EQ(cellText(rows.at(line + 1, 0)), "");
    EXPECT_EQ(cellText(rows.at(line + 1, 5)), "0..100");
    // Drop-down lists on Loại, Mức độ, Lũy kế.
    ASSERT_EQ(book[2].choices.size(), 3u);
    EXPECT_EQ(book[2].choices[0].column, 4u);
    EXPECT_EQ(book[2].choices[0].words.size(), 8u);
    EXPECT_EQ(book[2].choices[1].words, (std::vector<std::string>{"lỗi", "cảnh báo", "thông tin"}));
}

} // namespace
} // namespace parcalc::book
