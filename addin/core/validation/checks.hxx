// checks: the rule set's typed checks (ratio, part <= whole, sum, range, one-of,
// required-if, integer, non-negative, cumulative) and the per-row reading checks
// (empty-value, not-a-number, number-as-text), run over values already read.
#pragma once

#include "core/appendix/value_reader.hxx"
#include "core/findings/finding.hxx"
#include "core/ruleset/ruleset.hxx"

#include <string>
#include <vector>

namespace parcalc
{

// Everything the checks look at, indexed like RuleSet::rows.
struct CheckInput
{
    const RuleSet& ruleSet;
    const std::vector<RowValue>& values;   // Empty for rows not found
    const std::vector<bool>& found;        // the row is in the table
    const std::vector<std::string>& cells; // A1 address of each row's value cell ("" if none)
    const std::vector<RowValue>* previous = nullptr; // the previous period, same indexing
    bool typedCells = true;                          // false for CSV: no number-as-text hints
};

// Reading problems of each row found: empty-value, not-a-number, number-as-text.
void checkRowValues(const CheckInput& input, std::vector<Finding>& out);

// The typed checks of the rule set, in the order of the file.
void runChecks(const CheckInput& input, std::vector<Finding>& out);

// A reported ratio agrees with part / whole when, rounded or truncated to the decimals it
// shows, the computed percentage equals it: 25 % vs 14/56; "2,30" vs 3.135/136.284;
// 92,30 vs 92,307.
bool ratioAgrees(const PercentReading& reported, double computedPoints);

} // namespace parcalc
