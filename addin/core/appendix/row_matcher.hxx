// row_matcher: assigns the rule set's row ids to the logical rows of a recognised
// table by STT and label (accent/case-insensitive, tolerant to small wording
// changes), and reports rows that are missing, repeated, unexpected or mislabelled.
#pragma once

#include "core/appendix/table_recognizer.hxx"
#include "core/findings/finding.hxx"
#include "core/ruleset/ruleset.hxx"

#include <optional>
#include <vector>

namespace parcalc
{

struct RowMatch
{
    // For each rule-set row (same index as RuleSet::rows): index into table.rows, if found.
    std::vector<std::optional<std::size_t>> sheetRowOf;
    // For each table row: the rule-set row it was matched to, if any.
    std::vector<std::optional<std::size_t>> ruleRowOf;
    std::size_t rowsFound = 0;
    // Structural findings without message texts (codes, rows, cells, expected/actual filled).
    std::vector<Finding> findings;
};

// `sheet` and `grid` only serve the addresses of findings.
RowMatch matchRows(const RecognizedTable& table, const RuleSet& ruleSet, const CellGrid& grid);

// Label agreement in [0, 1]: the best of word similarity and, for a label cut short by a
// wrap, the share of its words found in the template label.
double labelScore(const FoldedLabel& sheet, const RowDef& def);

} // namespace parcalc
