// A clean table built from the default rule set gives no error or warning in any layout,
// a blank template or no table says so once, a second table or a split one is reported.
#include "core/validation/validator_test_support.hxx"

namespace parcalc
{
namespace
{

using namespace planted;

TEST(CleanTable, NoErrorsNorWarningsInAnyLayout)
{
    ASSERT_EQ(defaultRules().rows.size(), 121u);
    const AppendixFixture fixture(defaultRules());
    FixtureLayout plain;
    expectClean(validate(fixture.build(plain), defaultRules()));

    FixtureLayout offset; // not at A1: used area from C4, table further right and down
    offset.originRow = 3;
    offset.originCol = 2;
    offset.firstCol = 1;
    offset.titleRows = 3;
    offset.blankRows = 2;
    const ValidationResult r = validate(fixture.build(offset), defaultRules());
    expectClean(r);
    EXPECT_EQ(r.range, "D9:H131");
    EXPECT_EQ(r.unit, "UBND huyện Thử Nghiệm");
    EXPECT_EQ(r.period, "quý I năm 2023");

    FixtureLayout variant; // one header row, column numbers, "Nội dung", numeric STT, repeats
    variant.twoRowHeader = false;
    variant.columnNumbers = true;
    variant.labelHeader = "Nội dung";
    variant.numericStt = true;
    variant.repeatHeaderEvery = 25;
    variant.titleRows = 0;
    variant.blankRows = 0;
    expectClean(validate(fixture.build(variant), defaultRules()));
}

TEST(CleanTable, ToleratesWordingUnlabelledSubRowsAndOddStt)
{
    AppendixFixture fixture(defaultRules());
    fixture.row("1.1").label = "SỐ VĂN BẢN CHỈ ĐẠO CCHC ĐÃ BAN HÀNH";    // cut, upper case
    fixture.row("4.5.1").label = "Tong so bien che duoc giao trong nam"; // no accents
    fixture.row("2.2.1.a").label = "Tổng số văn bản QPPL cần xử lý sau kiểm tra";
    fixture.row("3.3.1.a").label = ""; // sub-rows known by their order
    fixture.row("3.3.1.b").label = "";
    fixture.row("1.2.1").stt = "1.2.1.";
    std::swap(fixture.row("4.6"), fixture.row("4.6.0")); // duplicate STT, child printed first
    const ValidationResult r = validate(fixture.build(), defaultRules());
    expectClean(r);
}

TEST(CleanTable, BlankTemplateGivesOneWarningForTheTable)
{
    AppendixFixture fixture(defaultRules());
    for (FixtureRow& row : fixture.rows())
        row.value = Cell::empty();
    const ValidationResult r = validate(fixture.build(), defaultRules());
    ASSERT_TRUE(r.tableFound);
    ASSERT_EQ(r.findings.size(), 1u) << describe(r);
    EXPECT_EQ(r.findings[0].code, FindingCode::EmptyValue);
    EXPECT_EQ(r.findings[0].severity, Severity::Warning);
    EXPECT_EQ(r.findings[0].row, "");
    EXPECT_NE(r.findings[0].message.find("chưa nhập số liệu nào"), std::string::npos);
    EXPECT_NE(r.findings[0].messageEn.find(r.range), std::string::npos);

    // One figure is enough for the rows left blank to be reported one by one.
    fixture.set("1.1", Cell::makeNumber(13));
    const ValidationResult one = validate(fixture.build(), defaultRules());
    EXPECT_GT(one.count(Severity::Warning), 50u);
    for (const Finding& f : one.findings)
        EXPECT_FALSE(f.code == FindingCode::EmptyValue && f.row.empty()) << describe(one);
}

TEST(CleanTable, NoTableIsTableNotFound)
{
    CellGrid grid;
    grid.setSheetName("Sheet1");
    grid.set(0, 0, Cell::makeText("Báo cáo"));
    grid.set(3, 2, Cell::makeNumber(12));
    const ValidationResult r = validate(grid, defaultRules());
    EXPECT_FALSE(r.tableFound);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].code, FindingCode::TableNotFound);
    EXPECT_EQ(r.findings[0].severity, Severity::Error);
    EXPECT_NE(r.findings[0].message.find("Sheet1"), std::string::npos);
}

TEST(CleanTable, WorkbookPicksTheSheetWithTheTable)
{
    const AppendixFixture fixture(defaultRules());
    CellGrid cover;
    cover.setSheetName("Bìa");
    cover.set(0, 0, Cell::makeText("BÁO CÁO CCHC"));
    FixtureLayout layout;
    layout.sheetName = "PL1";
    const std::vector<CellGrid> sheets{cover, fixture.build(layout)};
    const ValidationResult r = validateWorkbook(sheets, defaultRules());
    EXPECT_EQ(r.sheet, "PL1");
    expectClean(r);
}

TEST(Robustness, SecondTableOnTheSameSheetIsReportedNotMerged)
{
    const AppendixFixture fixture(defaultRules());
    const CellGrid one = fixture.build();
    for (std::size_t gap : {1u, 4u})
    {
        // The same table pasted `gap` blank rows below itself (titles, blank row, header).
        CellGrid both = one;
        const std::size_t offset = one.rows() + gap;
        for (std::size_t r = 0; r < one.rows(); ++r)
            for (std::size_t c = 0; c < one.cols(); ++c)
                if (!one.at(r, c).isEmpty())
                    both.set(offset + r, c, one.at(r, c));
        const ValidationResult r = validate(both, defaultRules());
        EXPECT_EQ(r.rowsFound, 121u) << gap;
        EXPECT_EQ(r.range, validate(one, defaultRules()).range) << gap;
        EXPECT_FALSE(findCode(r, FindingCode::DuplicateRow)) << gap << "\n" << describe(r);
        EXPECT_FALSE(findCode(r, FindingCode::UnexpectedRow)) << gap << "\n" << describe(r);
        const Finding* second = findCode(r, FindingCode::SecondTable);
        ASSERT_TRUE(second) << describe(r);
        EXPECT_EQ(second->severity, Severity::Warning);
        // Fixture: two title rows and a blank row above the header, so the header is 3 rows down.
        EXPECT_EQ(second->cell, "A" + std::to_string(offset + 3 + 1));
        EXPECT_NE(second->message.find("ô " + second->cell), std::string::npos) << second->message;
        EXPECT_NE(second->messageEn.find("cell " + second->cell), std::string::npos);
    }
}

TEST(Robustness, TableSplitOverTwoSheetsNamesTheOtherSheet)
{
    AppendixFixture first(defaultRules()), rest(defaultRules());
    for (const RowDef& def : defaultRules().rows)
        (def.id[0] >= '5' ? first : rest).erase(def.id);
    FixtureLayout layout;
    layout.sheetName = "PL (tiếp)";
    const std::vector<CellGrid> sheets{first.build(), rest.build(layout)};
    const ValidationResult r = validateWorkbook(sheets, defaultRules());
    EXPECT_EQ(r.sheet, "Phụ lục");
    const Finding* missing = findCode(r, FindingCode::MissingRow, "5.1.1");
    ASSERT_TRUE(missing) << describe(r);
    EXPECT_EQ(missing->severity, Severity::Error); // still missing from the table checked
    // On "PL (tiếp)": titles (2), blank, header (2), group rows 5 and 5.1, then 5.1.1 in row 8.
    EXPECT_EQ(missing->ref, "PL (tiếp)!D8");
    EXPECT_NE(missing->message.find("trang tính khác (PL (tiếp)!D8)"), std::string::npos)
        << missing->message;
    EXPECT_NE(missing->messageEn.find("another sheet (PL (tiếp)!D8)"), std::string::npos);
    // A row on no sheet at all keeps the plain message.
    AppendixFixture gone(defaultRules());
    gone.erase("1.1");
    const ValidationResult plain = validateWorkbook({gone.build()}, defaultRules());
    const Finding* f = findCode(plain, FindingCode::MissingRow, "1.1");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->variant, "");
}

} // namespace
} // namespace parcalc
