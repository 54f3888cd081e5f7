// Tests for table_recognizer (header forms, page-break headers, wrapped labels) and
// table_titles (unit and period above the table).
#include "core/appendix/table_recognizer.hxx"
#include "core/appendix/table_titles.hxx"

#include <gtest/gtest.h>

namespace parcalc
{
namespace
{

void row(CellGrid& g, std::size_t r, std::size_t c0, std::vector<const char*> texts)
{
    for (std::size_t i = 0; i < texts.size(); ++i)
        if (*texts[i])
            g.set(r, c0 + i, Cell::makeText(texts[i]));
}

TEST(TableRecognizer, MergedTwoRowHeaderAnywhere)
{
    CellGrid g;
    g.setOrigin(2, 1);
    row(g, 0, 1, {"Phụ lục"});
    row(g, 2, 1, {"STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "", "Ghi chú"});
    row(g, 3, 1, {"", "", "Đơn vị tính", "Số liệu", ""});
    row(g, 4, 1, {"1", "Nhóm"});
    row(g, 5, 1, {"1.1", "Số văn bản", "Văn bản"});
    g.set(5, 4, Cell::makeNumber(13));
    const RecognizedTable t = recognizeTable(g);
    ASSERT_TRUE(t.found);
    EXPECT_EQ(t.columns.stt, 1u);
    EXPECT_EQ(t.columns.label, 2u);
    EXPECT_EQ(*t.columns.unit, 3u);
    EXPECT_EQ(t.columns.value, 4u);
    EXPECT_EQ(*t.columns.note, 5u);
    EXPECT_EQ(t.firstRow, 4u);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[1].stt, "1.1");
    EXPECT_EQ(t.range(g), "C5:G8");
    EXPECT_EQ(t.titles, std::vector<std::string>{"Phụ lục"});
}

TEST(TableRecognizer, OneRowHeaderVariants)
{
    CellGrid g;
    row(g, 0, 0, {"Số TT", "Nội dung", "ĐVT", "Số liệu báo cáo", "Ghi chú:"});
    row(g, 1, 0, {"(1)", "(2)", "(3)", "(4)", "(5)"});
    g.set(2, 0, Cell::makeNumber(1.1));
    row(g, 2, 1, {"Số văn bản"});
    const RecognizedTable t = recognizeTable(g);
    ASSERT_TRUE(t.found);
    EXPECT_EQ(*t.columns.unit, 2u);
    EXPECT_EQ(t.columns.value, 3u);
    ASSERT_EQ(t.rows.size(), 1u);    // the column-number row is skipped
    EXPECT_EQ(t.rows[0].stt, "1.1"); // a number STT reads as printed
}

TEST(TableRecognizer, SkipsRepeatedHeadersAndJoinsWrappedLabels)
{
    CellGrid g;
    row(g, 0, 0, {"STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "", "Ghi chú"});
    row(g, 1, 0, {"", "", "Đơn vị tính", "Số liệu", ""});
    row(g, 2, 0, {"3.3.2", "Tỷ lệ hồ sơ được", "%"});
    row(g, 3, 0, {"STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "", "Ghi chú"});
    row(g, 4, 0, {"", "", "Đơn vị tính", "Số liệu", ""});
    row(g, 5, 0, {"", "giải quyết đúng hạn"});
    row(g, 6, 0, {"", "Tổng số hồ sơ", "Hồ sơ"});
    row(g, 7, 0, {"Trong đó", "Số TTHC cấp huyện", "Thủ tục"});
    row(g, 8, 0, {"", "Đơn vị khác", "Đơn vị"}); // "Đơn vị" as a unit is data, not a header
    const RecognizedTable t = recognizeTable(g);
    ASSERT_TRUE(t.found);
    ASSERT_EQ(t.rows.size(), 4u);
    EXPECT_EQ(t.rows[0].label, "Tỷ lệ hồ sơ được giải quyết đúng hạn");
    EXPECT_EQ(t.rows[1].label, "Tổng số hồ sơ");
    EXPECT_TRUE(t.rows[2].ofWhich);
    EXPECT_EQ(t.rows[2].stt, "");
    EXPECT_EQ(t.rows[3].unit, "Đơn vị");
}

TEST(TableRecognizer, SecondTableIsNeitherMergedNorIgnored)
{
    // A second table pasted right below (one blank row, a title): numbering starts again.
    CellGrid g;
    row(g, 0, 0, {"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu"});
    row(g, 1, 0, {"1", "Nhóm"});
    row(g, 2, 0, {"1.1", "Số văn bản", "Văn bản", "13"});
    row(g, 4, 0, {"BIỂU THỐNG KÊ QUÝ I"});
    row(g, 5, 0, {"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu"});
    row(g, 6, 0, {"1", "Nhóm"});
    row(g, 7, 0, {"1.1", "Số văn bản", "Văn bản", "9"});
    RecognizedTable t = recognizeTable(g);
    ASSERT_EQ(t.rows.size(), 2u); // the title line went with its table
    EXPECT_EQ(t.range(g), "A1:D3");
    ASSERT_TRUE(t.secondHeaderRow);
    EXPECT_EQ(*t.secondHeaderRow, 5u);
    EXPECT_EQ(t.secondHeaderCol, 0u);

    // Far below (three blank rows end a table), in other columns.
    CellGrid far;
    row(far, 0, 0, {"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu"});
    row(far, 1, 0, {"1.1", "Số văn bản", "Văn bản", "13"});
    row(far, 9, 2, {"STT", "Nội dung", "ĐVT", "Số liệu"});
    t = recognizeTable(far);
    ASSERT_EQ(t.rows.size(), 1u);
    ASSERT_TRUE(t.secondHeaderRow);
    EXPECT_EQ(*t.secondHeaderRow, 9u);
    EXPECT_EQ(t.secondHeaderCol, 2u);

    // A page-break header continues the table.
    CellGrid pages;
    row(pages, 0, 0, {"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu"});
    row(pages, 1, 0, {"1", "Nhóm"});
    row(pages, 2, 0, {"1.1", "Số văn bản", "Văn bản", "13"});
    row(pages, 3, 0, {"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu"});
    row(pages, 4, 0, {"1.2", "Tỷ lệ", "%", "50%"});
    t = recognizeTable(pages);
    EXPECT_EQ(t.rows.size(), 3u);
    EXPECT_FALSE(t.secondHeaderRow);
}

TEST(TableRecognizer, NoHeaderNoTable)
{
    CellGrid g;
    row(g, 0, 0, {"STT", "Họ và tên", "Chức vụ"});
    EXPECT_FALSE(recognizeTable(g).found);
    EXPECT_FALSE(recognizeTable(CellGrid{}).found);
}

TEST(TableTitles, UnitAndPeriod)
{
    const std::vector<std::string> titles{
        "Phụ lục", "BIỂU THỐNG KÊ SỐ LIỆU", "Kết quả thực hiện công tác CCHC 6 tháng đầu năm 2023",
        "(Kèm theo Báo cáo số 45/BC-UBND ngày 14/6/2023 của UBND xã Bằng Vân)"};
    EXPECT_EQ(unitFromTitles(titles), "UBND xã Bằng Vân");
    EXPECT_EQ(periodFromTitles(titles), "6 tháng năm 2023");
    EXPECT_EQ(periodFromTitles({"Báo cáo quý III năm 2022"}), "quý III năm 2022");
    EXPECT_EQ(periodFromTitles({"(Kèm theo Báo cáo số /BC-UBND ngày /3/2022)"}), "");
    EXPECT_EQ(unitFromTitles({"Phụ lục"}), "");
    // Headings in capitals, and a unit followed by the rest of the title.
    EXPECT_EQ(periodFromTitles({"KẾT QUẢ CÔNG TÁC CCHC QUÝ II NĂM 2023"}), "quý II năm 2023");
    EXPECT_EQ(periodFromTitles({"Báo cáo quý IV/2022"}), "quý IV năm 2022");
    EXPECT_EQ(periodFromTitles({"KẾT QUẢ 9 THÁNG NĂM 2023"}), "9 tháng năm 2023");
    EXPECT_EQ(unitFromTitles({"(Kèm theo Báo cáo của UBND huyện Ngân Sơn về kết quả CCHC quý II "
                              "năm 2023)"}),
              "UBND huyện Ngân Sơn");
    EXPECT_EQ(unitFromTitles({"Báo cáo của UBND xã Bằng Vân năm 2023"}), "UBND xã Bằng Vân");
}

} // namespace
} // namespace parcalc
