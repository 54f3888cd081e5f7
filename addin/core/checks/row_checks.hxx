// The per-row checks on numbers: integer (a whole number), non-negative (>= 0) and
// cumulative (lũy kế: not below the previous period). Read and run: row_checks.cxx.
#pragma once

#include <cstddef>
#include <vector>

namespace parcalc
{

struct IntegerCheck
{
    std::vector<std::size_t> rows;
};

struct NonNegativeCheck
{
    std::vector<std::size_t> rows;
};

struct CumulativeCheck
{
    std::vector<std::size_t> rows;
};

} // namespace parcalc
