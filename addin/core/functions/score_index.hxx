// score_index: PARSCORE, the PAR index = sum of achieved points / sum of maximum
// points x 100 over the criteria that apply, accumulated cell pair by cell pair
// so the UNO layer can walk Calc ranges without copying them.
#pragma once

#include "core/base/expected.hxx"
#include "core/functions/cell_input.hxx"

#include <cstddef>
#include <optional>

namespace parcalc
{

// Sums criteria one (achieved, max) pair at a time. Rules:
// - a not-applicable marker in the achieved cell removes the pair from both sums
//   (the criterion does not apply; it is not scored 0);
// - an empty cell counts as 0, exactly as SUM(achieved)/SUM(max)*100 would: a
//   blank line (both empty) adds nothing, a criterion with a maximum but no
//   achieved points yet scores 0 (the user sees a low index, not an error, while
//   filling the sheet), and points with an empty maximum are "achieved > max";
// - a marker in the max cell removes the pair only if achieved is empty or a
//   marker too; with points in achieved it is contradictory -> InvalidArgument.
// Errors (the first one wins; later pairs are ignored):
// - achieved > max, a negative value, a non-finite value  -> InvalidArgument
// - text that is neither a number nor a marker             -> NotANumber
// - nothing applicable: no pair left or sum of max == 0    -> NotAvailable
class ScoreAccumulator
{
public:
    // Fast path for two numeric cells (empty cells passed as 0.0).
    void add(double achieved, double max);
    // General path: any cell contents.
    void add(const CellInput& achieved, const CellInput& max);

    bool failed() const { return m_error.has_value(); }
    // The index on a 0-100 scale, in full precision.
    Expected<double> result() const;

    double achievedSum() const { return m_achieved + m_achievedComp; }
    double maxSum() const { return m_max + m_maxComp; }
    size_t pairCount() const { return m_pairs; }
    size_t notApplicableCount() const { return m_notApplicable; }

private:
    void fail(ErrorKind kind, const char* what);

    // Neumaier-compensated sums: 10^6 criteria keep their cents.
    double m_achieved = 0.0;
    double m_achievedComp = 0.0;
    double m_max = 0.0;
    double m_maxComp = 0.0;
    size_t m_pairs = 0;
    size_t m_notApplicable = 0;
    std::optional<Error> m_error;
};

// The two ranges of PARSCORE must have the same shape (InvalidArgument otherwise).
std::optional<Error> checkSameShape(size_t achievedRows, size_t achievedCols, size_t maxRows,
                                    size_t maxCols);

// PARSCORE on two single numbers: parScore(89.21, 97) == 91.969072...
Expected<double> parScore(double achieved, double max);

} // namespace parcalc
