// point_rules: the rule-kind functions that turn a measured value into points:
// PARBAND (bands), PARPROP (proportional, capped) and PARDEDUCT (per-case deduction).
#pragma once

#include "core/base/expected.hxx"
#include "core/functions/cell_input.hxx"

#include <cstddef>
#include <optional>

namespace parcalc
{

// PARBAND(value; lower_bounds; points): points of the highest band whose lower
// bound the value reaches (reachesLowerBound), 0 below all bands. Bounds need not
// be sorted. Fed pair by pair so Calc ranges are not copied. Errors:
// - value, a bound or points not finite; no band at all; the selected bound
//   given twice with different points                         -> InvalidArgument
// - text in a bound/points cell that is not a number          -> NotANumber
// Pairs with both cells empty (blank lines) are skipped; one empty cell of a
// pair counts as 0, as in Calc arithmetic.
class BandAccumulator
{
public:
    explicit BandAccumulator(double value) : m_value(value) {}
    void add(double lowerBound, double points);
    void add(const CellInput& lowerBound, const CellInput& points);

    bool failed() const { return m_error.has_value(); }
    Expected<double> result() const;

private:
    void fail(ErrorKind kind, const char* what);

    double m_value;
    size_t m_bands = 0;
    bool m_found = false;
    bool m_conflict = false; // the selected bound was given twice with different points
    double m_bestBound = 0.0;
    double m_bestPoints = 0.0;
    std::optional<Error> m_error;
};

// PARBAND over two arrays; different counts -> InvalidArgument.
Expected<double> parBand(double value, const double* lowerBounds, size_t boundCount,
                         const double* points, size_t pointCount);

// PARPROP(achieved; target; max_points; [cap]) = max_points * achieved / target,
// at most cap (default max_points). Seed 002: 24 of 26 tasks, 1 point -> 0.923.
// Errors: target == 0 -> NoCases; a negative or non-finite argument -> InvalidArgument.
Expected<double> parProp(double achieved, double target, double maxPoints,
                         std::optional<double> cap = std::nullopt);

// PARDEDUCT(cases; per_case; max_points; [floor]) = max_points - cases * per_case,
// never below floor (default 0). Errors (InvalidArgument): negative cases,
// per_case or max_points, floor > max_points, a non-finite argument.
Expected<double> parDeduct(double cases, double perCase, double maxPoints,
                           std::optional<double> floor = std::nullopt);

} // namespace parcalc
