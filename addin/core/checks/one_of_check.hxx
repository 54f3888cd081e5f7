// one-of: a row holds one (or several, "a; b") of a list of words; yes/no rows their
// Có / Không. Read and run: one_of_check.cxx.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace parcalc
{

struct OneOfCheck
{
    std::size_t row = 0;
    std::vector<std::string> values;
};

} // namespace parcalc
