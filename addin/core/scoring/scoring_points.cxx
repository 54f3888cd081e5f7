// scoring_engine, PARPOINTS / PARMAX: a criterion's points from the values a
// sheet gives, and its maximum.
#include "core/scoring/scoring_engine.hxx"

#include "core/scoring/internal/scoring_detail.hxx"
#include "core/text/text_fold.hxx"

#include <cmath>

namespace parcalc
{
using namespace scoring_detail;

Expected<PointsResult> parPoints(const ScoringRuleSet& rules, std::string_view criterion,
                                 const std::vector<CellInput>& values)
{
    const ScoringNode* node = rules.scoring.find(criterion);
    if (!node)
        return makeError(ErrorKind::NotAvailable, "unknown criterion");
    if (!node->leaf())
        return makeError(ErrorKind::NotAvailable,
                         "a field or a criterion with sub-criteria has no rule of its own");
    if (values.empty())
        return invalid("no value");

    std::vector<double> numbers;
    bool notApplicableMarker = false;
    for (const CellInput& cell : values)
    {
        const CellReading reading = readCell(cell);
        switch (reading.cls)
        {
        case CellClass::Number:
            if (!std::isfinite(reading.number) || reading.number < 0.0)
                return invalid("values must be finite and >= 0");
            numbers.push_back(reading.number);
            break;
        case CellClass::NotApplicable:
            notApplicableMarker = true;
            numbers.push_back(0.0);
            break;
        case CellClass::Empty:
            return invalid("an empty value");
        case CellClass::NotANumber:
            return invalid("a value that is not a number");
        }
    }
    if (notApplicableMarker)
    {
        if (node->rule.kind == ScoringRuleKind::Manual && values.size() == 1)
            return PointsResult{true, 0.0}; // a person marked it not applicable
        return notApplicable(*node);
    }

    double measured = 0.0;
    if (node->rule.kind == ScoringRuleKind::Manual || numbers.size() == 1)
    {
        if (numbers.size() != 1)
            return invalid("a manual criterion takes one value: its points");
        measured = numbers[0];
        if (node->input.kind == ScoringInputKind::OnTimeRate && measured > 1.0 + 1e-9)
            return invalid("an on-time rate above 100 %");
    }
    else
    {
        if (numbers.size() != orderedRefs(node->input).size())
            return invalid("wrong number of values for the criterion's input");
        const Expected<std::optional<double>> combined = combine(*node, numbers);
        if (!combined)
            return combined.error();
        if (!*combined)
            return notApplicable(*node);
        measured = **combined;
    }
    const Expected<double> points = scoringRulePoints(*node, measured); // no reason: cheap per cell
    if (!points)
        return points.error();
    return PointsResult{false, *points};
}

Expected<double> parMax(const ScoringRuleSet& rules, std::string_view criterion)
{
    if (const ScoringNode* node = rules.scoring.find(criterion))
        return node->max;
    const std::string key = foldText(criterion);
    if (key == "tong" || key == "total" || key == "tong cong")
        return rules.scoring.totalMax;
    return makeError(ErrorKind::NotAvailable, "unknown criterion");
}

} // namespace parcalc
