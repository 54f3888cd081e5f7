// Broken workbooks: every problem names its sheet and cell, in Vietnamese and English —
// those found while reading the cells and those the rule-set loader finds in the JSON.
#include "core/ruleset_book/book_reader.hxx"
#include "core/ruleset_book/book_test_support.hxx"

#include <gtest/gtest.h>

#include <functional>

namespace parcalc::book
{
namespace
{

using testing::sheetOf;
using Lines = std::vector<std::vector<std::string>>;

struct Book
{
    Lines info{{"Mục", "Giá trị / mã", "Tiếng Việt", "Tiếng Anh"},
               {"Mã bộ quy tắc", "tinh-x"},
               {"Phiên bản", "1"},
               {"Cấp", "xã"},
               {"Tên bộ quy tắc", "", "Bộ X", "Set X"},
               {"Xếp loại", "#80", "Tốt", "Good"},
               {"Xếp loại", "#0", "Chưa tốt", "Not good"}};
    // Sheet lines 1 (header) to 5.
    Lines rows{{"Mã dòng", "STT", "Nội dung", "Đơn vị tính", "Loại", "Kiểm tra", "Mức độ"},
               {"1.1", "1.1", "Tổng số", "", "số lượng"},
               {"1.2", "1.2", "Đã xong", "", "số lượng", "<= 1.1"},
               {"1.3", "1.3", "Tỷ lệ", "%", "tỷ lệ", "= 1.2 / 1.1"},
               {"", "", "", "", "", "0..100", "cảnh báo"}};
    // Sheet lines 1 (header) to 4.
    Lines criteria{
        {"Mã tiêu chí", "Thuộc", "Nội dung", "Nội dung (tiếng Anh)", "Điểm tối đa", "Loại quy tắc",
         "Tham số", "Đầu vào"},
        {"1", "", "Lĩnh vực", "Field", "#3"},
        {"1.1", "1", "Hoàn thành", "Done", "#2", "tỷ lệ thuận", "mục tiêu = 1", "1.2 / 1.1"},
        {"1.2", "1", "Chấm tay", "Manual", "#1", "chấm tay"}};

    BookLoad read() const
    {
        return readRuleSetBook({sheetOf("Thông tin", info), sheetOf("Biểu thống kê", rows),
                                sheetOf("Tiêu chí", criteria)},
                               "tinh-x.ods");
    }
};

TEST(BookProblems, TheUnbrokenBookLoads)
{
    BookLoad load = Book{}.read();
    for (const auto& p : load.problems)
        ADD_FAILURE() << p.describe();
    ASSERT_TRUE(load.ok());
    EXPECT_EQ(load.ruleSet->level, "xa");
    EXPECT_EQ(load.ruleSet->checks.size(), 3u);
    EXPECT_EQ(load.ruleSet->scoring->totalMax, 3.0);
}

struct BrokenCase
{
    const char* name;
    std::function<void(Book&)> breakIt;
    const char* where; // the cell the first problem names
    const char* vi;    // part of its Vietnamese text
    const char* en;    // part of its English text
};

class BrokenBook : public ::testing::TestWithParam<BrokenCase>
{
};

TEST_P(BrokenBook, TheProblemNamesItsCell)
{
    const BrokenCase& c = GetParam();
    Book book;
    c.breakIt(book);
    BookLoad load = book.read();
    EXPECT_FALSE(load.ok());
    ASSERT_FALSE(load.problems.empty());
    const BookProblem& p = load.problems.front();
    EXPECT_EQ(p.where(), c.where) << p.describe();
    EXPECT_NE(p.vi.find(c.vi), std::string::npos) << p.describeVi();
    EXPECT_NE(p.en.find(c.en), std::string::npos) << p.describe();
    for (const BookProblem& each : load.problems)
        EXPECT_FALSE(each.cell.empty()) << each.describe();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BrokenBook,
    ::testing::Values(
        BrokenCase{"unknown_rule_kind", [](Book& b) { b.criteria[2][5] = "ti le"; }, "Tiêu chí!F3",
                   "không có loại quy tắc 'ti le'; chọn một trong: theo mức, tỷ lệ thuận",
                   "no rule kind 'ti le'; choose one of:"},
        BrokenCase{"unknown_row_kind", [](Book& b) { b.rows[1][4] = "số"; }, "Biểu thống kê!E2",
                   "không có loại dòng 'số'", "no row kind 'số'"},
        BrokenCase{"unknown_severity", [](Book& b) { b.rows[4][6] = "nặng"; }, "Biểu thống kê!G5",
                   "không có mức độ 'nặng'", "no severity"},
        BrokenCase{"check_not_understood", [](Book& b) { b.rows[2][5] = "nhỏ hơn 1.1"; },
                   "Biểu thống kê!F3", "không hiểu điều kiện kiểm tra", "not understood"},
        BrokenCase{"check_on_a_missing_row", [](Book& b) { b.rows[3][5] = "= 1.2 / 9.9"; },
                   "Biểu thống kê!F4", "9.9", "9.9"},
        BrokenCase{"bad_range", [](Book& b) { b.rows[4][5] = "a..100"; }, "Biểu thống kê!F5",
                   "khoảng giá trị", "range"},
        BrokenCase{"duplicate_row_id", [](Book& b) { b.rows[2][0] = "1.1"; }, "Biểu thống kê!A3",
                   "bị trùng", "duplicate"},
        BrokenCase{"extra_check_line_first",
                   [](Book& b) {
                       b.rows.insert(b.rows.begin() + 1, {"", "", "", "", "", "0..1"});
                   },
                   "Biểu thống kê!F2", "dòng kiểm tra thêm", "extra check line"},
        BrokenCase{"unknown_input_row", [](Book& b) { b.criteria[2][7] = "1.2 / 7.7"; },
                   "Tiêu chí!H3", "7.7", "7.7"},
        BrokenCase{"maxima_do_not_add_up", [](Book& b) { b.criteria[1][4] = "#4"; }, "Tiêu chí!E2",
                   "4", "4"},
        BrokenCase{"unknown_parent", [](Book& b) { b.criteria[3][1] = "9"; }, "Tiêu chí!B4",
                   "không có tiêu chí \"9\"", "no criterion \"9\""},
        BrokenCase{"cycle",
                   [](Book& b)
                   {
                       b.criteria[1][1] = "1.2";
                       b.criteria[3][1] = "1";
                   },
                   "Tiêu chí!B2", "vòng lặp", "cycle"},
        BrokenCase{"fourth_level",
                   [](Book& b)
                   {
                       b.criteria.push_back({"1.2.1", "1.2", "A", "A", "#1", "chấm tay"});
                       b.criteria.push_back({"1.2.1.1", "1.2.1", "B", "B", "#1", "chấm tay"});
                   },
                   "Tiêu chí!B6", "ba cấp", "three levels"},
        BrokenCase{"max_not_a_number", [](Book& b) { b.criteria[3][4] = "một"; }, "Tiêu chí!E4",
                   "điểm tối đa phải là số", "must be a number"},
        BrokenCase{"bad_parameter", [](Book& b) { b.criteria[2][6] = "mục đích = 1"; },
                   "Tiêu chí!G3", "không có tham số \"mục đích\"", "no parameter"},
        BrokenCase{"rule_needs_input", [](Book& b) { b.criteria[2][7] = ""; }, "Tiêu chí!H3",
                   "thiếu Đầu vào", "the input) is missing"},
        BrokenCase{"unknown_info_item",
                   [](Book& b) {
                       b.info.push_back({"Huyện", "A"});
                   },
                   "Thông tin!A8", "không có mục 'Huyện'", "no item 'Huyện'"},
        BrokenCase{"grade_bound_not_a_number", [](Book& b) { b.info[5][1] = "tám mươi"; },
                   "Thông tin!B6", "ngưỡng xếp loại", "grade band"},
        BrokenCase{"unknown_level", [](Book& b) { b.info[3][1] = "tỉnh"; }, "Thông tin!B4",
                   "không có cấp 'tỉnh'; chọn một trong: huyện, xã", "no level"}),
    [](const auto& test) { return std::string(test.param.name); });

TEST(BookProblems, AMissingSheetIsNamed)
{
    BookLoad load = readRuleSetBook({sheetOf("Thông tin", Book{}.info)}, "tinh-x.ods");
    ASSERT_FALSE(load.ok());
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].describeVi(), "tinh-x.ods: thiếu trang \"Biểu thống kê\"");
    EXPECT_EQ(load.problems[0].describe(), "tinh-x.ods: the sheet \"Biểu thống kê\" is missing");
}

TEST(BookProblems, AMissingRequiredItemNamesTheSheet)
{
    Book book;
    book.info.erase(book.info.begin() + 1); // no Mã bộ quy tắc
    BookLoad load = book.read();
    ASSERT_FALSE(load.ok());
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].where(), "Thông tin");
    EXPECT_NE(load.problems[0].en.find("id"), std::string::npos) << load.problems[0].describe();
}

TEST(BookProblems, OneProblemPerCellEvenWhenTheLoaderAgrees)
{
    Book book;
    book.rows[1][4] = "";
    BookLoad load = book.read();
    ASSERT_EQ(load.problems.size(), 1u) << load.problems.back().describe();
    EXPECT_EQ(load.problems[0].describeVi().rfind("Biểu thống kê!E2: thiếu loại dòng", 0), 0u);
}

} // namespace
} // namespace parcalc::book
