// point_rules: PARBAND, PARPROP and PARDEDUCT.
#include "core/functions/point_rules.hxx"

#include "core/functions/grade.hxx"

#include <cmath>
#include <string>

namespace parcalc
{
namespace
{

Error invalid(const char* what)
{
    return makeError(ErrorKind::InvalidArgument, what);
}

} // namespace

void BandAccumulator::fail(ErrorKind kind, const char* what)
{
    m_error = makeError(kind, "band " + std::to_string(m_bands + 1) + ": " + what);
}

void BandAccumulator::add(double lowerBound, double points)
{
    if (failed())
        return;
    if (!std::isfinite(lowerBound) || !std::isfinite(points))
        return fail(ErrorKind::InvalidArgument, "bound or points not finite");
    ++m_bands;
    if (!reachesLowerBound(m_value, lowerBound))
        return;
    if (m_found && lowerBound == m_bestBound)
    {
        // Only a conflict on the band finally selected matters; a higher bound
        // met later clears it, so the verdict does not depend on band order.
        m_conflict = m_conflict || points != m_bestPoints;
        return;
    }
    if (!m_found || lowerBound > m_bestBound)
    {
        m_found = true;
        m_conflict = false;
        m_bestBound = lowerBound;
        m_bestPoints = points;
    }
}

void BandAccumulator::add(const CellInput& lowerBound, const CellInput& points)
{
    if (failed())
        return;
    const CellReading b = readCell(lowerBound);
    const CellReading p = readCell(points);
    if (b.cls == CellClass::Empty && p.cls == CellClass::Empty)
        return; // a blank line in the band table
    if (b.cls == CellClass::NotANumber || p.cls == CellClass::NotANumber ||
        b.cls == CellClass::NotApplicable || p.cls == CellClass::NotApplicable)
        return fail(ErrorKind::NotANumber, "text in a band table");
    add(b.number, p.number);
}

Expected<double> BandAccumulator::result() const
{
    if (m_error)
        return *m_error;
    if (!std::isfinite(m_value))
        return invalid("value is not finite");
    if (m_bands == 0)
        return invalid("no band given");
    if (m_conflict)
        return invalid("the selected lower bound is given twice with different points");
    return m_found ? m_bestPoints : 0.0;
}

Expected<double> parBand(double value, const double* lowerBounds, size_t boundCount,
                         const double* points, size_t pointCount)
{
    if (boundCount != pointCount)
        return invalid("lower_bounds and points have different counts");
    BandAccumulator acc(value);
    for (size_t i = 0; i < boundCount && !acc.failed(); ++i)
        acc.add(lowerBounds[i], points[i]);
    return acc.result();
}

Expected<double> parProp(double achieved, double target, double maxPoints,
                         std::optional<double> cap)
{
    const double limit = cap.value_or(maxPoints);
    for (double v : {achieved, target, maxPoints, limit})
        if (!std::isfinite(v) || v < 0.0)
            return invalid("arguments must be finite and >= 0");
    if (target == 0.0)
        return makeError(ErrorKind::NoCases, "target is 0 (không phát sinh)");
    return std::fmin(maxPoints * achieved / target, limit);
}

Expected<double> parDeduct(double cases, double perCase, double maxPoints,
                           std::optional<double> floor)
{
    const double lowest = floor.value_or(0.0);
    for (double v : {cases, perCase, maxPoints, lowest})
        if (!std::isfinite(v))
            return invalid("arguments must be finite");
    if (cases < 0.0 || perCase < 0.0 || maxPoints < 0.0)
        return invalid("cases, per_case and max_points must be >= 0");
    if (lowest > maxPoints)
        return invalid("floor is above max_points");
    return std::fmax(lowest, maxPoints - cases * perCase);
}

} // namespace parcalc
