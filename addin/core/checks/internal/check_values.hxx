// What the check families share when they look at values (internal to core/checks).
#pragma once

#include "core/appendix/value_reader.hxx"

#include <optional>
#include <vector>

namespace parcalc::detail
{

inline bool isNumber(const RowValue& v)
{
    return v.state == ValueState::Number;
}

bool nearlyEqual(double a, double b);

// Sum of the parts that hold numbers (empty and no-data count as 0); nullopt when a part
// is unreadable, when none holds a number, or when all are required and one is missing.
std::optional<double> sumOfParts(const std::vector<RowValue>& values,
                                 const std::vector<std::size_t>& parts, bool requireAll);

} // namespace parcalc::detail
