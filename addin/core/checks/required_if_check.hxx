// required-if: a row must have a value when a condition on another row holds.
// Read, run, and the rows it lets stay blank: required_if_check.cxx.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace parcalc
{

enum class CompareOp
{
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Present, // the row holds a number or a word (not empty, not a no-data marker)
};

std::optional<CompareOp> compareOpFromName(std::string_view name);
bool compare(double lhs, CompareOp op, double rhs);

struct RequiredIfCheck
{
    std::size_t row = 0;
    std::size_t conditionRow = 0;
    CompareOp conditionOp = CompareOp::Present;
    double conditionValue = 0;
};

} // namespace parcalc
