// score_index: PARSCORE accumulation and its error rules.
#include "core/functions/score_index.hxx"

#include <cmath>
#include <string>

namespace parcalc
{
namespace
{

// Neumaier's variant of Kahan summation: sum + compensation.
void addCompensated(double& sum, double& comp, double value)
{
    const double t = sum + value;
    if (std::fabs(sum) >= std::fabs(value))
        comp += (sum - t) + value;
    else
        comp += (value - t) + sum;
    sum = t;
}

// Achieved may exceed max by rounding noise only (e.g. a computed 0.1 + 0.2 vs 0.3):
// relative to max. An absolute floor (1e-9 * max(1, |max|)) let PARSCORE(1e-9; 1e-12)
// return 100 000 (found by fuzzing, issue 6).
bool exceeds(double achieved, double max)
{
    return achieved > max + 1e-9 * std::fabs(max);
}

} // namespace

void ScoreAccumulator::fail(ErrorKind kind, const char* what)
{
    // Built once, on the first error only: the hot path never allocates.
    m_error = makeError(kind, "criterion " + std::to_string(m_pairs + 1) + ": " + what);
}

void ScoreAccumulator::add(double achieved, double max)
{
    if (failed())
        return;
    if (!std::isfinite(achieved) || !std::isfinite(max))
        return fail(ErrorKind::InvalidArgument, "value is not finite");
    if (achieved < 0.0 || max < 0.0)
        return fail(ErrorKind::InvalidArgument, "negative value");
    if (exceeds(achieved, max))
        return fail(ErrorKind::InvalidArgument, "achieved points exceed the maximum");
    addCompensated(m_achieved, m_achievedComp, achieved);
    addCompensated(m_max, m_maxComp, max);
    ++m_pairs;
}

void ScoreAccumulator::add(const CellInput& achieved, const CellInput& max)
{
    if (failed())
        return;
    if (achieved.type == CellInput::Type::Number && max.type == CellInput::Type::Number)
        return add(achieved.number, max.number);

    const CellReading a = readCell(achieved);
    const CellReading m = readCell(max);
    if (a.cls == CellClass::NotANumber || m.cls == CellClass::NotANumber)
        return fail(ErrorKind::NotANumber, "text that is neither a number nor a marker");
    if (a.cls == CellClass::NotApplicable)
    {
        ++m_notApplicable;
        return;
    }
    if (m.cls == CellClass::NotApplicable)
    {
        if (a.cls == CellClass::Empty)
        {
            ++m_notApplicable;
            return;
        }
        return fail(ErrorKind::InvalidArgument, "points given for a not-applicable maximum");
    }
    if (a.cls == CellClass::Empty && m.cls == CellClass::Empty)
        return; // a blank line between criteria
    add(a.number, m.number);
}

Expected<double> ScoreAccumulator::result() const
{
    if (m_error)
        return *m_error;
    const double max = maxSum();
    if (max <= 0.0)
        return makeError(ErrorKind::NotAvailable, "no applicable criterion (sum of max is 0)");
    return achievedSum() / max * 100.0; // same order as SUM(a)/SUM(m)*100
}

std::optional<Error> checkSameShape(size_t achievedRows, size_t achievedCols, size_t maxRows,
                                    size_t maxCols)
{
    if (achievedRows == maxRows && achievedCols == maxCols)
        return std::nullopt;
    return makeError(ErrorKind::InvalidArgument, "achieved is " + std::to_string(achievedRows) +
                                                     "x" + std::to_string(achievedCols) +
                                                     " but max is " + std::to_string(maxRows) +
                                                     "x" + std::to_string(maxCols));
}

Expected<double> parScore(double achieved, double max)
{
    ScoreAccumulator acc;
    acc.add(achieved, max);
    return acc.result();
}

} // namespace parcalc
