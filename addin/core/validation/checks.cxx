// The typed checks of a rule set, one function per kind. A check whose inputs are
// missing or unreadable says nothing: the reading checks already reported them.
#include "core/validation/checks.hxx"

#include "core/text/number_format.hxx"
#include "core/text/text_fold.hxx"

#include <boost/algorithm/string/classification.hpp>
#include <boost/algorithm/string/split.hpp>
#include <cmath>

namespace parcalc
{
namespace
{

bool isNumber(const RowValue& v)
{
    return v.state == ValueState::Number;
}

bool nearlyEqual(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

std::string joinIds(const RuleSet& rs, const std::vector<std::size_t>& rows)
{
    std::string out;
    for (std::size_t r : rows)
        out += (out.empty() ? "" : " + ") + rs.rows[r].id;
    return out;
}

// Sum of the parts that hold numbers (empty and no-data count as 0); nullopt when a part
// is unreadable, when none holds a number, or when all are required and one is missing.
std::optional<double> sumOfParts(const CheckInput& in, const Check& check)
{
    double sum = 0;
    bool any = false;
    for (std::size_t part : check.parts)
    {
        const RowValue& v = in.values[part];
        if (v.state == ValueState::Text || v.state == ValueState::Error)
            return std::nullopt;
        if (!isNumber(v))
        {
            if (check.requireAllParts)
                return std::nullopt;
            continue;
        }
        sum += v.number;
        any = true;
    }
    return any ? std::optional<double>(sum) : std::nullopt;
}

class Runner
{
public:
    Runner(const CheckInput& in, std::vector<Finding>& out) : m_in(in), m_out(out) {}

    void run(const Check& check);

private:
    const RowDef& def(std::size_t r) const { return m_in.ruleSet.rows[r]; }
    const RowValue& value(std::size_t r) const { return m_in.values[r]; }
    Finding& add(FindingCode code, const Check& check, std::size_t row, std::string expected,
                 std::string actual)
    {
        // quoting the row's own value: say what the cell stores when it shows it otherwise
        const bool quotesValue = actual == shown(row);
        m_out.push_back(makeFinding(code, check.severity, def(row).id, m_in.cells[row],
                                    std::move(expected), std::move(actual)));
        if (quotesValue)
            m_out.back().stored = value(row).stored;
        return m_out.back();
    }
    std::string shown(std::size_t r) const { return displayValue(value(r), def(r).kind); }

    void ratio(const Check& check);
    void partLeWhole(const Check& check);
    void sumEquals(const Check& check);
    void range(const Check& check, std::size_t r);
    void oneOf(const Check& check);
    void requiredIf(const Check& check);
    void perRow(const Check& check, std::size_t r);

    const CheckInput& m_in;
    std::vector<Finding>& m_out;
};

void Runner::ratio(const Check& check)
{
    const std::size_t r = check.rows.front();
    const RowValue& v = value(r);
    const RowValue& num = value(check.numerator);
    const RowValue& den = value(check.denominator);
    if (!isNumber(v) || !isNumber(num) || !isNumber(den))
        return;
    const std::string ref = def(check.numerator).id + " / " + def(check.denominator).id;
    if (den.number == 0.0)
    {
        add(FindingCode::ZeroDenominator, check, r, "", shown(r)).ref = ref;
        return;
    }
    const double computed = num.number / den.number * 100.0;
    for (const PercentReading& reading : percentReadings(v))
        if (ratioAgrees(reading, computed))
            return;
    Finding& f = add(FindingCode::RatioMismatch, check, r,
                     formatVnPercent(computed, std::max(v.decimals, 2)), shown(r));
    f.ref = ref + " = " + shown(check.numerator) + " / " + shown(check.denominator);
}

void Runner::partLeWhole(const Check& check)
{
    const RowValue& whole = value(check.whole);
    auto sum = sumOfParts(m_in, check);
    if (!isNumber(whole) || !sum || *sum <= whole.number || nearlyEqual(*sum, whole.number))
        return;
    Finding& f = add(FindingCode::PartExceedsWhole, check, check.anchor,
                     "≤ " + formatVnShort(whole.number, 6), formatVnShort(*sum, 6));
    f.ref = joinIds(m_in.ruleSet, check.parts);
    f.detail = def(check.whole).id;
}

void Runner::sumEquals(const Check& check)
{
    const RowValue& total = value(check.whole);
    auto sum = sumOfParts(m_in, check);
    if (!isNumber(total) || !sum || nearlyEqual(*sum, total.number))
        return;
    const std::string sumText = formatVnShort(*sum, 6);
    const std::string totalText = formatVnShort(total.number, 6);
    // On the total: it should be the sum. Elsewhere (6.2 against 4.3): the sum should be
    // the total.
    const bool onTotal = check.anchor == check.whole;
    Finding& f = add(FindingCode::SumMismatch, check, check.anchor, onTotal ? sumText : totalText,
                     onTotal ? totalText : sumText);
    f.ref = joinIds(m_in.ruleSet, check.parts);
    f.detail = def(check.whole).id;
    if (!onTotal)
        f.variant = "parts";
}

void Runner::range(const Check& check, std::size_t r)
{
    const RowValue& v = value(r);
    if (!isNumber(v))
        return;
    const bool percent = isPercentKind(def(r).kind);
    const auto inRange = [&](double x)
    { return (!check.min || x >= *check.min - 1e-9) && (!check.max || x <= *check.max + 1e-9); };
    if (percent)
    {
        for (const PercentReading& reading : percentReadings(v))
            if (inRange(reading.points))
                return;
    }
    else if (inRange(v.number))
        return;
    const std::string unit = percent ? " %" : "";
    std::string expected;
    if (check.min && check.max)
        expected = formatVnShort(*check.min) + " – " + formatVnShort(*check.max) + unit;
    else if (check.min)
        expected = "≥ " + formatVnShort(*check.min) + unit;
    else
        expected = "≤ " + formatVnShort(*check.max) + unit;
    add(percent ? FindingCode::PercentOutOfRange : FindingCode::OutOfRange, check, r, expected,
        shown(r));
}

void Runner::oneOf(const Check& check)
{
    const std::size_t r = check.rows.front();
    const RowValue& v = value(r);
    if (v.state == ValueState::Empty || v.state == ValueState::NoData)
        return;
    std::string expected;
    for (const std::string& word : check.values)
        expected += (expected.empty() ? "" : " / ") + word;
    if (def(r).kind == RowKind::YesNo)
    {
        // Có/Không, 1/0, x: value_reader turned every yes/no it recognised into 1 or 0
        if (isNumber(v) && (v.number == 0.0 || v.number == 1.0))
            return;
        add(FindingCode::NotInList, check, r, expected, shown(r));
        return;
    }
    const std::string text = v.state == ValueState::Number && !v.fromText ? shown(r) : v.text;
    // several choices may be listed: "Trực tuyến; Phát phiếu"
    std::vector<std::string> picked;
    boost::algorithm::split(picked, text, boost::algorithm::is_any_of(";,\n"));
    bool any = false;
    for (const std::string& choice : picked)
    {
        const std::string folded = foldText(choice);
        if (folded.empty())
            continue;
        any = true;
        bool known = false;
        for (const std::string& word : check.values)
            known = known || foldText(word) == folded;
        if (!known)
        {
            add(FindingCode::NotInList, check, r, expected, text);
            return;
        }
    }
    if (!any)
        add(FindingCode::NotInList, check, r, expected, text);
}

void Runner::requiredIf(const Check& check)
{
    const std::size_t r = check.rows.front();
    if (value(r).state != ValueState::Empty || !m_in.found[r])
        return;
    const RowValue& cond = value(check.conditionRow);
    bool holds = false;
    std::string ref = def(check.conditionRow).id;
    if (check.conditionOp == CompareOp::Present)
        holds = isNumber(cond) || cond.state == ValueState::Text;
    else
    {
        holds = isNumber(cond) && compare(cond.number, check.conditionOp, check.conditionValue);
        ref += " = " + shown(check.conditionRow);
    }
    if (!holds)
        return;
    Finding& f = add(FindingCode::EmptyValue, check, r, "", "");
    f.variant = "required";
    f.ref = ref;
}

void Runner::perRow(const Check& check, std::size_t r)
{
    const RowValue& v = value(r);
    switch (check.kind)
    {
    case CheckKind::Integer:
        if (isNumber(v) && !isPercentKind(def(r).kind) &&
            std::fabs(v.number - std::round(v.number)) > 1e-9)
            add(FindingCode::NotInteger, check, r, formatVn(std::round(v.number), 0), shown(r));
        break;
    case CheckKind::NonNegative:
        if (isNumber(v) && v.number < 0)
            add(FindingCode::Negative, check, r, "≥ 0", shown(r));
        break;
    case CheckKind::Cumulative:
    {
        if (!m_in.previous || !isNumber(v))
            break;
        const RowValue& before = (*m_in.previous)[r];
        if (isNumber(before) && v.number < before.number && !nearlyEqual(v.number, before.number))
            add(FindingCode::CumulativeDecrease, check, r, "≥ " + displayValue(before, def(r).kind),
                shown(r));
        break;
    }
    case CheckKind::Range:
        range(check, r);
        break;
    default:
        break;
    }
}

void Runner::run(const Check& check)
{
    switch (check.kind)
    {
    case CheckKind::Ratio:
        ratio(check);
        break;
    case CheckKind::PartLeWhole:
        partLeWhole(check);
        break;
    case CheckKind::SumEquals:
        sumEquals(check);
        break;
    case CheckKind::OneOf:
        oneOf(check);
        break;
    case CheckKind::RequiredIf:
        requiredIf(check);
        break;
    case CheckKind::Range:
    case CheckKind::Integer:
    case CheckKind::NonNegative:
    case CheckKind::Cumulative:
        for (std::size_t r : check.rows)
            if (m_in.found[r])
                perRow(check, r);
        break;
    }
}

} // namespace

bool ratioAgrees(const PercentReading& reported, double computedPoints)
{
    const int d = std::clamp(reported.decimals, 0, 10);
    const double tolerance = 1e-9 * std::max(1.0, std::fabs(reported.points));
    return std::fabs(roundTo(computedPoints, d) - reported.points) <= tolerance ||
           std::fabs(truncateTo(computedPoints, d) - reported.points) <= tolerance;
}

void runChecks(const CheckInput& input, std::vector<Finding>& out)
{
    Runner runner(input, out);
    for (const Check& check : input.ruleSet.checks)
        runner.run(check);
}

} // namespace parcalc
