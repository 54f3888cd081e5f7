// The sums: part-le-whole (the parts add up to at most the whole) and sum-equals (the
// parts add up to the total). Read, run, cycles among sums: sum_checks.cxx.
#pragma once

#include <cstddef>
#include <vector>

namespace parcalc
{

struct PartLeWholeCheck
{
    std::vector<std::size_t> parts;
    std::size_t whole = 0;
};

struct SumEqualsCheck
{
    std::vector<std::size_t> parts;
    std::size_t total = 0;
    bool requireAllParts = false; // skip unless every part has a number
};

} // namespace parcalc
