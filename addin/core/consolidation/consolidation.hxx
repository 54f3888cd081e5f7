// consolidation: the totals of many units' appendices, row by row, by what each row means
// (RowAggregate: the row's "aggregate" in the rule set, else its kind): counts and money
// summed; ratios recomputed from the summed numerator and denominator of the row's ratio
// check, never averaged (0/0: not arising); percent rows without parts: min, median, max;
// yes/no: the units answering Có; choices: the units per answer. A unit whose cell is
// blank or not reported is missing on that row and named, never counted as 0.
#pragma once

#include "core/consolidation/unit_selection.hxx"
#include "core/ruleset/ruleset.hxx"

#include <optional>
#include <string>
#include <vector>

namespace parcalc
{

// How a row is totalled: its "aggregate", else what its kind and checks say.
RowAggregate rowAggregate(const RuleSet& ruleSet, std::size_t row);

// One unit's figure on a row, as consolidation counts it: a number (percent rows: a
// fraction, 0.75 for 75 %; yes/no: 1 or 0), "Không phát sinh" (nothing happened: a count
// of 0, a ratio of 0/0), a choice's text, or missing.
struct UnitFigure
{
    enum class State
    {
        Missing,
        Number,
        NotArising,
        Text,
    };
    State state = State::Missing;
    double number = 0.0;
    std::string text;
};
UnitFigure unitFigure(const RowValue& value, RowKind kind);

struct ChoiceCount
{
    std::string choice; // as the first unit wrote it
    std::size_t units = 0;
};

struct ConsolidatedRow
{
    std::size_t row = 0; // index into RuleSet::rows
    RowAggregate how = RowAggregate::None;
    // Sum: the sum; Ratio: summed numerator / summed denominator (a fraction); YesCount: the
    // units answering Có. Unset when no unit gave a figure, or for a ratio of 0/0.
    std::optional<double> total;
    bool notArising = false; // a ratio whose summed parts are 0/0: "Không phát sinh"
    std::optional<double> min, median, max; // over the units' numbers (fractions for %)
    std::size_t answered = 0;              // units with a figure on the row
    std::vector<ChoiceCount> choices;      // ChoiceCount rows, in first-seen order
    std::vector<std::size_t> missing;      // units (indices into UnitSelection::units)
    std::vector<UnitFigure> byUnit;        // one per UnitSelection::units (left out: Missing)
};

struct Consolidation
{
    std::string rulesetId, rulesetVersion;
    UnitSelection selection;
    std::vector<ConsolidatedRow> rows; // every rule-set row that is totalled, in table order
};

// Totals over the included units of `selection` (nothing is totalled when it is refused).
Consolidation consolidate(UnitSelection selection, const RuleSet& ruleSet);

} // namespace parcalc
