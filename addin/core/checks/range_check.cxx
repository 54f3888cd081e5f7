// range: min <= value <= max on each target row found; percent rows in percent points,
// any plausible reading of the cell inside the range is enough.
#include "core/checks/internal/check_families.hxx"
#include "core/checks/internal/check_values.hxx"

#include "core/text/number_format.hxx"

namespace parcalc::detail
{
namespace
{

bool read(CheckReading& in, const Json& item, const std::string& path, Check& check)
{
    RangeCheck c;
    bool good = in.targets(item, path, c.rows, true);
    c.min = in.json.number(item, path, "min", false);
    c.max = in.json.number(item, path, "max", false);
    if (!c.min && !c.max)
    {
        in.json.error(path, "range.needs-bound");
        good = false;
    }
    else if (c.min && c.max && *c.min > *c.max)
    {
        in.json.error(path, "range.min-above-max");
        good = false;
    }
    if (!c.rows.empty())
        check.anchor = c.rows.front();
    check.spec = std::move(c);
    return good;
}

void runRow(const Check& check, const RangeCheck& c, CheckRun& run, std::size_t r)
{
    const RowValue& v = run.value(r);
    if (!isNumber(v))
        return;
    const bool percent = isPercentKind(run.def(r).kind);
    const auto inRange = [&](double x)
    { return (!c.min || x >= *c.min - 1e-9) && (!c.max || x <= *c.max + 1e-9); };
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
    if (c.min && c.max)
        expected = formatVnShort(*c.min) + " – " + formatVnShort(*c.max) + unit;
    else if (c.min)
        expected = "≥ " + formatVnShort(*c.min) + unit;
    else
        expected = "≤ " + formatVnShort(*c.max) + unit;
    run.add(percent ? FindingCode::PercentOutOfRange : FindingCode::OutOfRange, check, r, expected,
            run.shown(r));
}

void run(const Check& check, CheckRun& run)
{
    const RangeCheck& c = *check.as<RangeCheck>();
    for (std::size_t r : c.rows)
        if (run.in.found[r])
            runRow(check, c, run, r);
}

std::vector<std::size_t> rows(const Check& check)
{
    return check.as<RangeCheck>()->rows;
}

} // namespace

const CheckKindInfo& rangeCheckKind()
{
    static const CheckKindInfo kind{
        "range", {"row", "rows", "row_kinds", "min", "max"}, read, run, rows};
    return kind;
}

} // namespace parcalc::detail
