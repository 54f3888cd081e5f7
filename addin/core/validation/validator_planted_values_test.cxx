// Planted mistakes in reading a value: empty cells, text for numbers, error cells,
// no-data markers, dates in count rows.
#include "core/validation/validator_test_support.hxx"

namespace parcalc::planted
{

const std::vector<Plant>& valuePlants()
{
    static const std::vector<Plant> all{
        Plant{"emptyValue", FindingCode::EmptyValue, "1.1", Severity::Warning,
              [](AppendixFixture& t) { t.set("1.1", Cell::empty()); }},
        Plant{"notANumber", FindingCode::NotANumber, "4.1", Severity::Error,
              [](AppendixFixture& t) { t.set("4.1", text("Khoảng mười phòng")); }},
        Plant{"errorCell", FindingCode::NotANumber, "4.2", Severity::Error,
              [](AppendixFixture& t) { t.set("4.2", Cell::makeError("#VALUE!")); }},
        Plant{"numberAsText", FindingCode::NumberAsText, "4.1", Severity::Info,
              [](AppendixFixture& t) { t.set("4.1", text("10")); }},
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
    };
    return all;
}

} // namespace parcalc::planted

namespace parcalc
{
namespace
{

using namespace planted;

INSTANTIATE_TEST_SUITE_P(ValueCodes, Planted, ::testing::ValuesIn(valuePlants()), plantName);

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

} // namespace
} // namespace parcalc
