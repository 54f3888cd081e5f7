// range: min <= value <= max on each target row (percent rows in percent points).
// Read and run: range_check.cxx.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace parcalc
{

struct RangeCheck
{
    std::vector<std::size_t> rows;
    std::optional<double> min, max; // at least one
};

} // namespace parcalc
