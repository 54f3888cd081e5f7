// ratio: a row holds numerator / denominator in percent (rows are RuleSet::rows indices).
// Read, run and what it says an empty row should hold: ratio_check.cxx.
#pragma once

#include <cstddef>

namespace parcalc
{

struct RatioCheck
{
    std::size_t row = 0;
    std::size_t numerator = 0;
    std::size_t denominator = 0;
};

} // namespace parcalc
