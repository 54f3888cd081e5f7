// Finding: code names and construction.
#include "core/findings/finding.hxx"

#include <array>
#include <utility>

namespace parcalc
{
namespace
{

constexpr std::array<std::pair<FindingCode, std::string_view>, 28> kCodes{{
    {FindingCode::TableNotFound, "table-not-found"},
    {FindingCode::MissingRow, "missing-row"},
    {FindingCode::DuplicateRow, "duplicate-row"},
    {FindingCode::UnexpectedRow, "unexpected-row"},
    {FindingCode::LabelMismatch, "label-mismatch"},
    {FindingCode::EmptyValue, "empty-value"},
    {FindingCode::NotANumber, "not-a-number"},
    {FindingCode::NumberAsText, "number-as-text"},
    {FindingCode::Negative, "negative"},
    {FindingCode::NotInteger, "not-integer"},
    {FindingCode::PercentOutOfRange, "percent-out-of-range"},
    {FindingCode::OutOfRange, "out-of-range"},
    {FindingCode::NotInList, "not-in-list"},
    {FindingCode::PartExceedsWhole, "part-exceeds-whole"},
    {FindingCode::SumMismatch, "sum-mismatch"},
    {FindingCode::RatioMismatch, "ratio-mismatch"},
    {FindingCode::ZeroDenominator, "zero-denominator"},
    {FindingCode::CumulativeDecrease, "cumulative-decrease"},
    {FindingCode::ScoreAboveMax, "score-above-max"},
    {FindingCode::ScoreSumMismatch, "score-sum-mismatch"},
    {FindingCode::MaxSumMismatch, "max-sum-mismatch"},
    {FindingCode::ScoreIndexMismatch, "score-index-mismatch"},
    {FindingCode::SecondTable, "second-table"},
    {FindingCode::NotReported, "not-reported"},
    {FindingCode::NothingToReport, "nothing-to-report"},
    {FindingCode::DateValue, "date-value"},
    {FindingCode::EvidenceMissing, "evidence-missing"},
    {FindingCode::EvidenceFileNotFound, "evidence-file-not-found"},
}};

} // namespace

std::string_view findingCodeName(FindingCode code)
{
    for (const auto& [c, name] : kCodes)
        if (c == code)
            return name;
    return {};
}

std::optional<FindingCode> findingCodeFromName(std::string_view name)
{
    for (const auto& [c, n] : kCodes)
        if (n == name)
            return c;
    return std::nullopt;
}

std::vector<FindingCode> allFindingCodes()
{
    std::vector<FindingCode> codes;
    for (const auto& [c, name] : kCodes)
        codes.push_back(c);
    return codes;
}

Finding makeFinding(FindingCode code, Severity severity, std::string row, std::string cell,
                    std::string expected, std::string actual)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.row = std::move(row);
    f.cell = std::move(cell);
    f.expected = std::move(expected);
    f.actual = std::move(actual);
    return f;
}

} // namespace parcalc
