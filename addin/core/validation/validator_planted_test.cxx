// Planted mistakes: a clean table built from the default rule set gives no error or
// warning in any layout; each planted mistake gives its finding code, at its row and cell.
#include "core/ruleset/ruleset_loader.hxx"
#include "core/testing/appendix_fixture.hxx"
#include "core/validation/validator.hxx"

#include <gtest/gtest.h>

#include <functional>
#include <set>
#include <string>

namespace parcalc
{
namespace
{

using testing::AppendixFixture;
using testing::FixtureLayout;
using testing::FixtureRow;

const RuleSet& defaultRules()
{
    static const RuleSet rules = []
    {
        RuleSetLoad load =
            loadRuleSetFile(std::string(PARCALC_SOURCE_DIR) + "/rulesets/default-huyen.json");
        return load.ok() ? std::move(*load.ruleSet) : RuleSet{};
    }();
    return rules;
}

std::string describe(const ValidationResult& r)
{
    std::string out;
    for (const Finding& f : r.findings)
        out += std::string(severityName(f.severity)) + " " + std::string(findingCodeName(f.code)) +
               " " + f.row + " " + f.cell + ": " + f.messageEn + "\n";
    return out;
}

void expectClean(const ValidationResult& r)
{
    EXPECT_TRUE(r.tableFound);
    EXPECT_EQ(r.rowsFound, r.rowsExpected);
    EXPECT_EQ(r.count(Severity::Error) + r.count(Severity::Warning), 0u) << describe(r);
}

const Finding* findCode(const ValidationResult& r, FindingCode code, const std::string& row = {})
{
    for (const Finding& f : r.findings)
        if (f.code == code && (row.empty() || f.row == row))
            return &f;
    return nullptr;
}

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

struct Plant
{
    const char* name;
    FindingCode code;
    const char* row; // expected row of the finding
    Severity severity;
    std::function<void(AppendixFixture&)> plant;
};

class Planted : public ::testing::TestWithParam<Plant>
{
};

TEST_P(Planted, GivesItsFinding)
{
    const Plant& p = GetParam();
    AppendixFixture fixture(defaultRules());
    p.plant(fixture);
    const ValidationResult r = validate(fixture.build(), defaultRules());
    const Finding* f = findCode(r, p.code, p.row);
    ASSERT_NE(f, nullptr) << describe(r);
    EXPECT_EQ(f->severity, p.severity) << f->messageEn;
    EXPECT_FALSE(f->message.empty());
    EXPECT_FALSE(f->messageEn.empty());
    EXPECT_EQ(f->sheet, "Phụ lục");
    if (p.code != FindingCode::MissingRow)
    {
        EXPECT_EQ(f->cell.substr(0, 1), "D") << f->cell;
    }
}

const auto text = [](const char* s) { return Cell::makeText(s); };
const auto num = [](double x) { return Cell::makeNumber(x); };

const std::vector<Plant>& plants()
{
    static const std::vector<Plant> all{
        Plant{"missingRow", FindingCode::MissingRow, "1.4.3", Severity::Error,
              [](AppendixFixture& t) { t.erase("1.4.3"); }},
        Plant{"duplicateRow", FindingCode::DuplicateRow, "1.1", Severity::Error,
              [](AppendixFixture& t) { t.insertAfter("1.1", t.row("1.1")); }},
        Plant{"unexpectedRow", FindingCode::UnexpectedRow, "1.7", Severity::Warning,
              [](AppendixFixture& t) {
                  t.insertAfter("1.6", FixtureRow{"", "1.7", "Số cuộc họp giao ban CCHC", "Cuộc",
                                                  num(4), ""});
              }},
        Plant{"labelMismatch", FindingCode::LabelMismatch, "3.1.2", Severity::Warning,
              [](AppendixFixture& t) { t.row("3.1.2").label = "Số phòng chuyên môn kiện toàn"; }},
        Plant{"emptyValue", FindingCode::EmptyValue, "1.1", Severity::Warning,
              [](AppendixFixture& t) { t.set("1.1", Cell::empty()); }},
        Plant{"notANumber", FindingCode::NotANumber, "4.1", Severity::Error,
              [](AppendixFixture& t) { t.set("4.1", text("Khoảng mười phòng")); }},
        Plant{"errorCell", FindingCode::NotANumber, "4.2", Severity::Error,
              [](AppendixFixture& t) { t.set("4.2", Cell::makeError("#VALUE!")); }},
        Plant{"numberAsText", FindingCode::NumberAsText, "4.1", Severity::Info,
              [](AppendixFixture& t) { t.set("4.1", text("10")); }},
        Plant{"negative", FindingCode::Negative, "5.2.1", Severity::Error,
              [](AppendixFixture& t) { t.set("5.2.1", num(-2)); }},
        Plant{"notInteger", FindingCode::NotInteger, "4.5.3", Severity::Error,
              [](AppendixFixture& t) { t.set("4.5.3", text("6,5")); }},
        Plant{"percentOutOfRange", FindingCode::PercentOutOfRange, "4.4", Severity::Error,
              [](AppendixFixture& t) { t.set("4.4", text("120%")); }},
        Plant{"percentFormatted", FindingCode::PercentOutOfRange, "5.1.1", Severity::Error,
              [](AppendixFixture& t) { t.set("5.1.1", Cell::makeNumber(1.2, true)); }},
        Plant{"notInListYesNo", FindingCode::NotInList, "1.6", Severity::Error,
              [](AppendixFixture& t) { t.set("1.6", text("Đang chuẩn bị")); }},
        Plant{"notInListChoice", FindingCode::NotInList, "1.5.2", Severity::Warning,
              [](AppendixFixture& t) { t.set("1.5.2", text("Qua điện thoại")); }},
        Plant{"requiredIf", FindingCode::EmptyValue, "1.5.2", Severity::Warning,
              [](AppendixFixture& t) { t.set("1.5.2", Cell::empty()); }},
        Plant{"partExceedsWhole", FindingCode::PartExceedsWhole, "4.5.2", Severity::Error,
              [](AppendixFixture& t) { t.set("4.5.2", num(80)); }},
        Plant{"partsExceedWhole", FindingCode::PartExceedsWhole, "1.4.1", Severity::Error,
              [](AppendixFixture& t) { t.set("1.4.1", num(5)); }},
        Plant{"sumMismatch", FindingCode::SumMismatch, "3.1.4", Severity::Error,
              [](AppendixFixture& t) { t.set("3.1.4", num(21)); }},
        Plant{"sumMismatchWarning", FindingCode::SumMismatch, "6.2", Severity::Warning,
              [](AppendixFixture& t) { t.set("4.3", num(1000)); }},
        Plant{"ratioMismatch", FindingCode::RatioMismatch, "1.2", Severity::Error,
              [](AppendixFixture& t) { t.set("1.2", Cell::makeNumber(0.3, true)); }},
        Plant{"ratioMismatchText", FindingCode::RatioMismatch, "6.1", Severity::Error,
              [](AppendixFixture& t) { t.set("6.1", text("2,30")); }},
        Plant{"notReported", FindingCode::NotReported, "3.1.1", Severity::Warning,
              [](AppendixFixture& t) { t.set("3.1.1", text("Chưa có đánh giá kết quả")); }},
        Plant{"notReportedInNote", FindingCode::NotReported, "4.1", Severity::Warning,
              [](AppendixFixture& t)
              {
                  t.set("4.1", Cell::empty());
                  t.row("4.1").note = "Đang cập nhật";
              }},
        Plant{"nothingToReport", FindingCode::NothingToReport, "5.2.1", Severity::Info,
              [](AppendixFixture& t) { t.set("5.2.1", text("Không phát sinh")); }},
        Plant{"dateValue", FindingCode::DateValue, "4.1", Severity::Error,
              [](AppendixFixture& t)
              { t.set("4.1", Cell::makeNumber(45078, NumberFormatKind::Date)); }},
        Plant{"zeroDenominator", FindingCode::ZeroDenominator, "3.4", Severity::Error,
              [](AppendixFixture& t)
              {
                  t.set("3.4.1", num(0));
                  t.set("3.4.2", num(0));
                  t.set("3.4", num(0));
              }},
    };
    return all;
}

INSTANTIATE_TEST_SUITE_P(EveryCode, Planted, ::testing::ValuesIn(plants()),
                         [](const ::testing::TestParamInfo<Plant>& info)
                         { return std::string(info.param.name); });

TEST(Planted, CumulativeDecreaseAgainstThePreviousPeriod)
{
    AppendixFixture before(defaultRules());
    AppendixFixture now(defaultRules());
    before.set("5.3.1", num(4));
    now.set("5.3.1", num(2));
    const CellGrid previous = before.build();
    const ValidationResult r = validate(now.build(), defaultRules(), &previous);
    const Finding* f = findCode(r, FindingCode::CumulativeDecrease, "5.3.1");
    ASSERT_NE(f, nullptr) << describe(r);
    EXPECT_EQ(f->expected, "≥ 4");
    EXPECT_EQ(f->actual, "2");
    EXPECT_EQ(r.count(Severity::Error), 1u) << describe(r);
    // without the previous period: nothing to compare
    EXPECT_EQ(findCode(validate(now.build(), defaultRules()), FindingCode::CumulativeDecrease),
              nullptr);
}

TEST(Planted, OutOfRangeOnACountRow)
{
    RuleSetLoad load = parseRuleSet(
        R"({"format": 1, "id": "t", "version": "1", "title": {"vi": "T", "en": "T"},
            "level": "xa", "rows": [{"id": "1", "stt": "1", "label": "Số cuộc họp",
            "kind": "count"}], "checks": [{"kind": "range", "row": "1", "max": 12}]})",
        "t.json");
    ASSERT_TRUE(load.ok());
    AppendixFixture fixture(*load.ruleSet);
    fixture.set("1", num(40));
    const ValidationResult r = validate(fixture.build(), *load.ruleSet);
    const Finding* f = findCode(r, FindingCode::OutOfRange, "1");
    ASSERT_NE(f, nullptr) << describe(r);
    EXPECT_EQ(f->expected, "≤ 12");
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

TEST(Planted, NotReportedQuotesTheText)
{
    AppendixFixture fixture(defaultRules());
    fixture.set("3.1.1", text("Chưa có đánh giá kết quả"));
    const ValidationResult r = validate(fixture.build(), defaultRules());
    const Finding* f = findCode(r, FindingCode::NotReported, "3.1.1");
    ASSERT_NE(f, nullptr) << describe(r);
    EXPECT_EQ(f->actual, "Chưa có đánh giá kết quả");
    EXPECT_NE(f->message.find("chưa có số liệu, ô ghi \"Chưa có đánh giá kết quả\""),
              std::string::npos)
        << f->message;
    EXPECT_NE(f->messageEn.find("no number given"), std::string::npos) << f->messageEn;
    EXPECT_EQ(findCode(r, FindingCode::NotANumber, "3.1.1"), nullptr) << describe(r);
}

TEST(Planted, NothingToReportIsSilentWhereTheRowMayBeBlank)
{
    // 3.4 = 3.4.2 / 3.4.1 with 3.4.1 = 0: 0/0, so "Không phát sinh" is the right answer
    AppendixFixture fixture(defaultRules());
    fixture.set("3.4.1", num(0));
    fixture.set("3.4.2", num(0));
    fixture.set("3.4", text("Không phát sinh"));
    const ValidationResult r = validate(fixture.build(), defaultRules());
    EXPECT_EQ(findCode(r, FindingCode::NothingToReport, "3.4"), nullptr) << describe(r);
    EXPECT_EQ(findCode(r, FindingCode::ZeroDenominator, "3.4"), nullptr) << describe(r);
    // the dash in a count row is shown to the reviewer, not counted as 0
    fixture.set("5.2.1", text("-"));
    const ValidationResult dash = validate(fixture.build(), defaultRules());
    const Finding* f = findCode(dash, FindingCode::NothingToReport, "5.2.1");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Info);
    EXPECT_EQ(f->actual, "-");
}

TEST(Planted, DateFormattedCountShowsTheDate)
{
    AppendixFixture fixture(defaultRules());
    fixture.set("4.1", Cell::makeNumber(45078, NumberFormatKind::Date));
    const ValidationResult r = validate(fixture.build(), defaultRules());
    const Finding* f = findCode(r, FindingCode::DateValue, "4.1");
    ASSERT_NE(f, nullptr) << describe(r);
    EXPECT_EQ(f->actual, "01/06/2023");
    EXPECT_EQ(findCode(r, FindingCode::NotANumber, "4.1"), nullptr) << describe(r);
}

TEST(Planted, TextFormattedDigitsAreNumberAsTextStoredAsNumberOrString)
{
    // Issue 12: a "@" cell holding digits, stored as a number (4.1) or a string (6.1.1)
    AppendixFixture fixture(defaultRules());
    fixture.set("4.1", Cell::makeNumber(11, NumberFormatKind::Text));
    Cell string = Cell::makeText("136284");
    string.format = NumberFormatKind::Text;
    fixture.set("6.1.1", string);
    const ValidationResult r = validate(fixture.build(), defaultRules());
    for (const char* row : {"4.1", "6.1.1"})
    {
        const Finding* f = findCode(r, FindingCode::NumberAsText, row);
        ASSERT_NE(f, nullptr) << row << "\n" << describe(r);
        EXPECT_EQ(f->severity, Severity::Info);
        EXPECT_EQ(f->variant, "text-format");
        EXPECT_NE(f->message.find("định dạng Văn bản (@)"), std::string::npos) << f->message;
        EXPECT_NE(f->messageEn.find("formatted as Text (@)"), std::string::npos) << f->messageEn;
    }
    const Finding* money = findCode(r, FindingCode::NumberAsText, "6.1.1");
    EXPECT_EQ(money->actual, "136284");
    EXPECT_EQ(money->expected, "136.284");
    EXPECT_EQ(findCode(r, FindingCode::NumberAsText, "4.1")->actual, "11");
}

TEST(Planted, PercentCellAbove100MatchingItsPartsIsNoRatioError)
{
    // Issue 12: 6.1.2 / 6.1.1 = 150 / 136 = 110,294… %, in a 0.00% cell as 1,10294
    AppendixFixture fixture(defaultRules());
    fixture.set("6.1.1", num(136));
    fixture.set("6.1.2", num(150));
    Cell ratio = Cell::makeNumber(1.10294, NumberFormatKind::Percent);
    ratio.formatDecimals = 2;
    fixture.set("6.1", ratio);
    const ValidationResult r = validate(fixture.build(), defaultRules());
    EXPECT_EQ(findCode(r, FindingCode::RatioMismatch, "6.1"), nullptr) << describe(r);
    const Finding* f = findCode(r, FindingCode::PercentOutOfRange, "6.1");
    ASSERT_NE(f, nullptr) << describe(r);
    EXPECT_EQ(f->actual, "110,29 %");
    // shown as the cell shows it, and what it stores
    EXPECT_NE(f->message.find("110,29 %"), std::string::npos) << f->message;
    EXPECT_NE(f->message.find("Giá trị lưu trong ô: 1,10294."), std::string::npos) << f->message;
    EXPECT_NE(f->messageEn.find("The cell stores 1,10294."), std::string::npos) << f->messageEn;
}

TEST(Planted, RatioMismatchSaysWhatTheCellStores)
{
    // 1.2 shows 30 % (a 0% cell holding 0,304) for parts giving 50 %
    AppendixFixture fixture(defaultRules());
    Cell ratio = Cell::makeNumber(0.304, NumberFormatKind::Percent);
    ratio.formatDecimals = 0;
    fixture.set("1.2", ratio);
    const ValidationResult r = validate(fixture.build(), defaultRules());
    const Finding* f = findCode(r, FindingCode::RatioMismatch, "1.2");
    ASSERT_NE(f, nullptr) << describe(r);
    EXPECT_EQ(f->actual, "30 %");
    EXPECT_NE(f->message.find("Giá trị lưu trong ô: 0,304."), std::string::npos) << f->message;
    // a cell that stores what it shows says nothing more
    fixture.set("1.2", Cell::makeNumber(0.3, true));
    const ValidationResult asShown = validate(fixture.build(), defaultRules());
    const Finding* plain = findCode(asShown, FindingCode::RatioMismatch, "1.2");
    ASSERT_NE(plain, nullptr);
    EXPECT_EQ(plain->message.find("Giá trị lưu"), std::string::npos) << plain->message;
}

TEST(Planted, EveryContractCodeFiresSomewhere)
{
    // The codes of the public contract, all covered by the cases above.
    std::set<FindingCode> covered{FindingCode::TableNotFound, FindingCode::CumulativeDecrease};
    for (const Plant& p : plants())
        covered.insert(p.code);
    for (FindingCode code :
         {FindingCode::TableNotFound, FindingCode::MissingRow, FindingCode::DuplicateRow,
          FindingCode::UnexpectedRow, FindingCode::LabelMismatch, FindingCode::EmptyValue,
          FindingCode::NotANumber, FindingCode::NumberAsText, FindingCode::Negative,
          FindingCode::NotInteger, FindingCode::PercentOutOfRange, FindingCode::NotInList,
          FindingCode::PartExceedsWhole, FindingCode::SumMismatch, FindingCode::RatioMismatch,
          FindingCode::ZeroDenominator, FindingCode::CumulativeDecrease, FindingCode::NotReported,
          FindingCode::NothingToReport, FindingCode::DateValue})
        EXPECT_TRUE(covered.count(code)) << findingCodeName(code);
}

} // namespace
} // namespace parcalc
