// CheckRun: how a check's runner adds its findings; the value helpers the families share.
#include "core/checks/check_kinds.hxx"
#include "core/checks/internal/check_values.hxx"

#include <algorithm>
#include <cmath>

namespace parcalc
{

std::string CheckRun::shown(std::size_t r) const
{
    return displayValue(value(r), def(r).kind);
}

std::string CheckRun::joinIds(const std::vector<std::size_t>& rows) const
{
    std::string out;
    for (std::size_t r : rows)
        out += (out.empty() ? "" : " + ") + def(r).id;
    return out;
}

Finding& CheckRun::add(FindingCode code, const Check& check, std::size_t row, std::string expected,
                       std::string actual)
{
    // quoting the row's own value: say what the cell stores when it shows it otherwise
    const bool quotesValue = actual == shown(row);
    m_out.push_back(makeFinding(code, check.severity, def(row).id, in.cells[row],
                                std::move(expected), std::move(actual)));
    if (quotesValue)
        m_out.back().stored = value(row).stored;
    return m_out.back();
}

namespace detail
{

bool nearlyEqual(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

std::optional<double> sumOfParts(const std::vector<RowValue>& values,
                                 const std::vector<std::size_t>& parts, bool requireAll)
{
    double sum = 0;
    bool any = false;
    for (std::size_t part : parts)
    {
        const RowValue& v = values[part];
        if (v.state == ValueState::Text || v.state == ValueState::Error)
            return std::nullopt;
        if (!isNumber(v))
        {
            if (requireAll)
                return std::nullopt;
            continue;
        }
        sum += v.number;
        any = true;
    }
    return any ? std::optional<double>(sum) : std::nullopt;
}

} // namespace detail
} // namespace parcalc
