// Planted mistakes the rule set's checks find: signs, whole numbers, ranges, lists,
// conditions, sums, ratios, periods.
#include "core/validation/validator_test_support.hxx"

namespace parcalc::planted
{

const std::vector<Plant>& checkPlants()
{
    static const std::vector<Plant> all{
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

} // namespace parcalc::planted

namespace parcalc
{
namespace
{

using namespace planted;

INSTANTIATE_TEST_SUITE_P(CheckCodes, Planted, ::testing::ValuesIn(checkPlants()), plantName);

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

} // namespace
} // namespace parcalc
