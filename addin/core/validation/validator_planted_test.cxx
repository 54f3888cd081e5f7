// Planted mistakes: each gives its finding code, at its row and cell (Planted.GivesItsFinding,
// run over every family's plants); here the table's rows, and the contract's coverage.
#include "core/validation/validator_test_support.hxx"

#include <set>

namespace parcalc::planted
{

const std::vector<Plant>& rowPlants()
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
    };
    return all;
}

} // namespace parcalc::planted

namespace parcalc
{
namespace
{

using namespace planted;

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

INSTANTIATE_TEST_SUITE_P(RowCodes, Planted, ::testing::ValuesIn(rowPlants()), plantName);

TEST(Planted, EveryContractCodeFiresSomewhere)
{
    // The codes of the public contract, all covered by the cases above.
    std::set<FindingCode> covered{FindingCode::TableNotFound, FindingCode::CumulativeDecrease};
    for (const auto* family : {&rowPlants(), &valuePlants(), &checkPlants()})
        for (const Plant& p : *family)
            covered.insert(p.code);
    for (FindingCode code : {FindingCode::TableNotFound,      FindingCode::MissingRow,
                             FindingCode::DuplicateRow,       FindingCode::UnexpectedRow,
                             FindingCode::LabelMismatch,      FindingCode::EmptyValue,
                             FindingCode::NotANumber,         FindingCode::NumberAsText,
                             FindingCode::Negative,           FindingCode::NotInteger,
                             FindingCode::PercentOutOfRange,  FindingCode::NotInList,
                             FindingCode::PartExceedsWhole,   FindingCode::SumMismatch,
                             FindingCode::RatioMismatch,      FindingCode::ZeroDenominator,
                             FindingCode::CumulativeDecrease, FindingCode::NotReported,
                             FindingCode::NothingToReport,    FindingCode::DateValue})
        EXPECT_TRUE(covered.count(code)) << findingCodeName(code);
}

} // namespace
} // namespace parcalc
