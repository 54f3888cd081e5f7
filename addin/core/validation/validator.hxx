// validator: the entry point of appendix validation. Finds the table, matches its
// rows to the rule set, reads every value, runs the checks, and returns the
// findings with their messages. Pure C++; the UNO service, the CLI, the sidebar and
// the tests call it the same way. Never throws.
#pragma once

#include "core/appendix/row_matcher.hxx"
#include "core/appendix/table_recognizer.hxx"
#include "core/appendix/value_reader.hxx"
#include "core/base/cell_grid.hxx"
#include "core/findings/finding.hxx"
#include "core/ruleset/ruleset.hxx"

#include <optional>
#include <string>
#include <vector>

namespace parcalc
{

struct ValidationResult
{
    bool tableFound = false;
    std::string sheet;         // sheet holding the table (or the first sheet looked at)
    std::string range;         // the table on the sheet, header included: "A5:E150"
    std::size_t rowsFound = 0; // rule-set rows found in the table
    std::size_t rowsExpected = 0;
    std::string unit;   // reporting unit named above the table ("UBND huyện Ngân Sơn"), or ""
    std::string period; // reporting period named above the table ("quý I năm 2023"), or ""
    std::vector<Finding> findings; // in table order, messages filled

    std::size_t count(Severity severity) const;
    bool valid() const { return count(Severity::Error) == 0; }
};

// The table as read, for callers that need values rather than findings (scoring).
struct AppendixData
{
    RecognizedTable table;
    RowMatch match;
    std::vector<RowValue> values;   // indexed like RuleSet::rows; Empty for rows not found
    std::vector<std::string> cells; // A1 address of each row's value cell ("" if not found)

    // The value of a row id (nullptr for an unknown id).
    const RowValue* value(const RuleSet& ruleSet, std::string_view rowId) const;
};

AppendixData readAppendix(const CellGrid& grid, const RuleSet& ruleSet);

// One sheet. `previous`: the same unit's sheet for the previous period of the same year, for
// the cumulative (lũy kế) checks.
ValidationResult validate(const CellGrid& grid, const RuleSet& ruleSet,
                          const CellGrid* previous = nullptr);

// A whole workbook: validates the sheet holding the table (the one whose table matches most
// rule-set rows; the first on a tie). `previous`: the previous period's workbook.
ValidationResult validateWorkbook(const std::vector<CellGrid>& sheets, const RuleSet& ruleSet,
                                  const std::vector<CellGrid>* previous = nullptr);

} // namespace parcalc
