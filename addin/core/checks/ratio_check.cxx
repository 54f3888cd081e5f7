// ratio: the row's percentage against numerator / denominator, as the cell shows it
// (rounded or truncated); a zero denominator is its own finding and lets the row stay blank.
#include "core/checks/internal/check_families.hxx"
#include "core/checks/internal/check_values.hxx"

#include "core/text/number_format.hxx"

#include <algorithm>
#include <cmath>

namespace parcalc
{

bool ratioAgrees(const PercentReading& reported, double computedPoints)
{
    const int d = std::clamp(reported.decimals, 0, 10);
    const double tolerance = 1e-9 * std::max(1.0, std::fabs(reported.points));
    return std::fabs(roundTo(computedPoints, d) - reported.points) <= tolerance ||
           std::fabs(truncateTo(computedPoints, d) - reported.points) <= tolerance;
}

namespace detail
{
namespace
{

bool read(CheckReading& in, const Json& item, const std::string& path, Check& check)
{
    auto target = in.row(item, path, "row", true);
    auto numerator = in.row(item, path, "numerator", true);
    auto denominator = in.row(item, path, "denominator", true);
    if (!target || !numerator || !denominator)
        return false;
    check.anchor = *target;
    check.spec = RatioCheck{*target, *numerator, *denominator};
    return true;
}

void run(const Check& check, CheckRun& run)
{
    const RatioCheck& c = *check.as<RatioCheck>();
    const RowValue& v = run.value(c.row);
    const RowValue& num = run.value(c.numerator);
    const RowValue& den = run.value(c.denominator);
    if (!isNumber(v) || !isNumber(num) || !isNumber(den))
        return;
    const std::string ref = run.def(c.numerator).id + " / " + run.def(c.denominator).id;
    if (den.number == 0.0)
    {
        run.add(FindingCode::ZeroDenominator, check, c.row, "", run.shown(c.row)).ref = ref;
        return;
    }
    const double computed = num.number / den.number * 100.0;
    for (const PercentReading& reading : percentReadings(v))
        if (ratioAgrees(reading, computed))
            return;
    Finding& f = run.add(FindingCode::RatioMismatch, check, c.row,
                         formatVnPercent(computed, std::max(v.decimals, 2)), run.shown(c.row));
    f.ref = ref + " = " + run.shown(c.numerator) + " / " + run.shown(c.denominator);
}

std::vector<std::size_t> rows(const Check& check)
{
    const RatioCheck& c = *check.as<RatioCheck>();
    return {c.row, c.numerator, c.denominator};
}

RowExpectation expects(const Check& check, const RuleSet& ruleSet,
                       const std::vector<RowValue>& values, std::size_t row)
{
    const RatioCheck& c = *check.as<RatioCheck>();
    RowExpectation e;
    const RowValue& num = values[c.numerator];
    const RowValue& den = values[c.denominator];
    if (c.row != row || !isNumber(num) || !isNumber(den) || den.number == 0.0)
        return e;
    e.state = RowExpectation::State::Known;
    e.value = num.number / den.number * 100.0;
    e.percent = true;
    e.ref = ruleSet.rows[c.numerator].id + " / " + ruleSet.rows[c.denominator].id;
    return e;
}

// 0/0 is left blank, rightly.
std::optional<std::size_t> blankRow(const Check& check, const std::vector<RowValue>& values)
{
    const RatioCheck& c = *check.as<RatioCheck>();
    const RowValue& den = values[c.denominator];
    if (isNumber(den) && den.number == 0.0)
        return c.row;
    return std::nullopt;
}

} // namespace

const CheckKindInfo& ratioCheckKind()
{
    static const CheckKindInfo kind{
        "ratio", {"row", "numerator", "denominator"}, read, run, rows, expects, blankRow};
    return kind;
}

} // namespace detail
} // namespace parcalc
