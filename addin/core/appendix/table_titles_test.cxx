// unitFromTitles on title lines as real reports write them: the seeds' headings
// (../shared/seeds: "UBND HUYỆN ĐĂK SONG", "Ủy ban nhân dân tỉnh Đăk Nông", "UBND tỉnh Kon
// Tum"), the appendix title of tests/integration/make_districts.py, and the title
// consolidation writes for a province ("(Kèm theo Báo cáo tổng hợp của UBND tỉnh Bắc Kạn)").
#include "core/appendix/table_titles.hxx"

#include <gtest/gtest.h>

namespace parcalc
{
namespace
{

std::string unitOf(const std::string& title)
{
    return unitFromTitles({title});
}

TEST(TableTitlesUnit, ProvinceTitles)
{
    EXPECT_EQ(unitOf("(Kèm theo Báo cáo tổng hợp của UBND tỉnh Bắc Kạn)"), "UBND tỉnh Bắc Kạn");
    EXPECT_EQ(unitOf("Thực hiện Công văn số 1228/UBND-TH ngày 16/3/2022 của Ủy ban nhân dân tỉnh "
                     "Đăk Nông về việc hướng dẫn"),
              "UBND tỉnh Đăk Nông");
    EXPECT_EQ(unitOf("Căn cứ Quyết định số 723/QĐ-UBND ngày 11/11/2022 của UBND tỉnh Kon Tum về "
                     "việc ban hành Bộ tiêu chí"),
              "UBND tỉnh Kon Tum");
    // Capitals, the name on the line after the kind's.
    EXPECT_EQ(unitOf("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN"), "UBND tỉnh Bắc Kạn");
    // "Nam" is part of a name; "năm" ends it.
    EXPECT_EQ(unitOf("BÁO CÁO CỦA UBND TỈNH QUẢNG NAM NĂM 2023"), "UBND tỉnh Quảng Nam");
    EXPECT_EQ(unitOf("(Kèm theo Báo cáo của UBND tỉnh Hà Nam)"), "UBND tỉnh Hà Nam");
}

TEST(TableTitlesUnit, DistrictAndCommuneTitles)
{
    EXPECT_EQ(unitOf("UBND HUYỆN ĐĂK SONG "), "UBND huyện Đăk Song"); // seed 000, line 1
    EXPECT_EQ(unitOf("(Kèm theo Báo cáo số 40/BC-UBND ngày 15/3/2023 của UBND huyện Ba Bể)"),
              "UBND huyện Ba Bể"); // make_districts.py
    EXPECT_EQ(unitOf("- Ủy ban nhân dân xã Đăk Pnê: điểm tự đánh giá 91.16 điểm"),
              "UBND xã Đăk Pnê"); // seed 002
    EXPECT_EQ(unitOf("UBND THỊ XÃ BUÔN HỒ\nSố: 12/BC-UBND"), "UBND thị xã Buôn Hồ");
    EXPECT_EQ(unitOf("Báo cáo của Uỷ ban nhân dân thị trấn Nà Phặc quý II năm 2023"),
              "UBND thị trấn Nà Phặc");
    EXPECT_EQ(unitOf("(Kèm theo Báo cáo của UBND thành phố Quy Nhơn)"), "UBND thành phố Quy Nhơn");
    EXPECT_EQ(unitOf("UBND QUẬN HOÀN KIẾM"), "UBND quận Hoàn Kiếm");
}

TEST(TableTitlesUnit, NoUnitNamed)
{
    EXPECT_EQ(unitOf("Phụ lục"), "");
    // UBND inside a document number, "xã" of "xã hội".
    EXPECT_EQ(unitOf("Số: /BC-UBND"), "");
    EXPECT_EQ(unitOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "");
    // A kind with no name after it (a blank template, a document cited): the kind alone.
    EXPECT_EQ(unitOf("(Kèm theo Báo cáo số        /BC-UBND ngày      /     /20    của UBND "
                     "huyện ......................)"),
              "UBND huyện"); // sample_sheets/tools/templates_fods.py
    EXPECT_EQ(unitOf("Chỉ thị số 01/CT-UBND ngày 11/01/2022 của UBND tỉnh về nâng cao"),
              "UBND tỉnh");
    // A unit with its name wins over an earlier kind alone.
    EXPECT_EQ(unitFromTitles({"của UBND tỉnh về việc", "(Kèm theo Báo cáo của UBND xã Vân Tùng)"}),
              "UBND xã Vân Tùng");
}

} // namespace
} // namespace parcalc
