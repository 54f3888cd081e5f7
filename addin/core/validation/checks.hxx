// checks: the per-row reading checks (empty-value, not-a-number, number-as-text, date,
// no-data markers) over values already read, beside the rule set's typed checks
// (runChecks, ratioAgrees and CheckInput: core/checks/check_kinds.hxx).
#pragma once

#include "core/checks/check_kinds.hxx"

#include <vector>

namespace parcalc
{

// Reading problems of each row found: empty-value, not-a-number, number-as-text.
void checkRowValues(const CheckInput& input, std::vector<Finding>& out);

} // namespace parcalc
