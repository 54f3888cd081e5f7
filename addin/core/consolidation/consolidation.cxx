// consolidation: row totals by meaning over the included units.
#include "core/consolidation/consolidation.hxx"

#include "core/text/text_fold.hxx"

#include <algorithm>

namespace parcalc
{
namespace
{

const RatioCheck* ratioCheckOf(const RuleSet& ruleSet, std::size_t row)
{
    for (const Check& check : ruleSet.checks)
        if (const RatioCheck* ratio = check.as<RatioCheck>(); ratio && ratio->row == row)
            return ratio;
    return nullptr;
}

void spread(ConsolidatedRow& out)
{
    std::vector<double> numbers;
    for (const UnitFigure& figure : out.byUnit)
        if (figure.state == UnitFigure::State::Number)
            numbers.push_back(figure.number);
    if (numbers.empty())
        return;
    std::sort(numbers.begin(), numbers.end());
    const std::size_t n = numbers.size();
    out.min = numbers.front();
    out.max = numbers.back();
    out.median = n % 2 ? numbers[n / 2] : (numbers[n / 2 - 1] + numbers[n / 2]) / 2;
}

// Sum, yes count, choice count, min/median/max: from the row's own figures.
void totalOwnFigures(ConsolidatedRow& out, const std::vector<std::size_t>& included)
{
    double sum = 0;
    for (std::size_t unit : included)
    {
        const UnitFigure& figure = out.byUnit[unit];
        const bool number = figure.state == UnitFigure::State::Number;
        const bool answers = out.how == RowAggregate::ChoiceCount
                                 ? figure.state == UnitFigure::State::Text
                             : out.how == RowAggregate::YesCount
                                 ? number
                                 : number || figure.state == UnitFigure::State::NotArising;
        if (!answers)
        {
            out.missing.push_back(unit);
            continue;
        }
        ++out.answered;
        if (out.how == RowAggregate::ChoiceCount)
        {
            const std::string key = foldText(figure.text);
            auto it = std::find_if(out.choices.begin(), out.choices.end(),
                                   [&](const ChoiceCount& c) { return foldText(c.choice) == key; });
            if (it == out.choices.end())
                out.choices.push_back({figure.text, 1});
            else
                ++it->units;
        }
        else if (number)
            sum += out.how == RowAggregate::YesCount ? (figure.number != 0 ? 1 : 0) : figure.number;
    }
    if (out.answered > 0 && (out.how == RowAggregate::Sum || out.how == RowAggregate::YesCount))
        out.total = sum;
}

// A part of a ratio: a number, or 0 when nothing arose; unset when missing.
std::optional<double> partFigure(const UnitInput& input, const RuleSet& ruleSet, std::size_t row)
{
    const UnitFigure figure = unitFigure(input.values[row], ruleSet.rows[row].kind);
    if (figure.state == UnitFigure::State::Number)
        return figure.number;
    if (figure.state == UnitFigure::State::NotArising)
        return 0.0;
    return std::nullopt;
}

void totalRatio(ConsolidatedRow& out, const RatioCheck& ratio, const UnitSelection& selection,
                const RuleSet& ruleSet, const std::vector<std::size_t>& included)
{
    double numerator = 0, denominator = 0;
    for (std::size_t unit : included)
    {
        const UnitInput& input = selection.units[unit].input;
        const auto num = partFigure(input, ruleSet, ratio.numerator);
        const auto den = partFigure(input, ruleSet, ratio.denominator);
        if (!num || !den)
        {
            out.missing.push_back(unit);
            continue;
        }
        ++out.answered;
        numerator += *num;
        denominator += *den;
    }
    if (out.answered == 0)
        return;
    if (denominator == 0)
        out.notArising = numerator == 0; // n/0 with n > 0 stays unset: no ratio at all
    else
        out.total = numerator / denominator;
}

} // namespace

RowAggregate rowAggregate(const RuleSet& ruleSet, std::size_t row)
{
    const RowDef& def = ruleSet.rows[row];
    if (def.aggregate)
        return *def.aggregate;
    switch (def.kind)
    {
    case RowKind::Count:
    case RowKind::Money:
        return RowAggregate::Sum;
    case RowKind::Ratio:
    case RowKind::Percent:
        return ratioCheckOf(ruleSet, row) ? RowAggregate::Ratio : RowAggregate::MinMedianMax;
    case RowKind::YesNo:
        return RowAggregate::YesCount;
    case RowKind::Choice:
        return RowAggregate::ChoiceCount;
    case RowKind::Group:
    case RowKind::Text:
        break;
    }
    return RowAggregate::None;
}

UnitFigure unitFigure(const RowValue& value, RowKind kind)
{
    UnitFigure figure;
    switch (value.state)
    {
    case ValueState::Number:
        figure.state = UnitFigure::State::Number;
        figure.number = isPercentKind(kind) ? value.number / 100 : value.number;
        break;
    case ValueState::NoData:
        if (value.marker == NoDataMarker::NotArising)
            figure.state = UnitFigure::State::NotArising;
        figure.text = value.text;
        break;
    case ValueState::Text:
        if (kind == RowKind::Choice || kind == RowKind::Text)
            figure.state = UnitFigure::State::Text;
        figure.text = value.text;
        break;
    case ValueState::Empty:
    case ValueState::Error:
        break;
    }
    return figure;
}

Consolidation consolidate(UnitSelection selection, const RuleSet& ruleSet)
{
    Consolidation result;
    result.rulesetId = ruleSet.id;
    result.rulesetVersion = ruleSet.version;
    const std::vector<std::size_t> included = selection.included();
    if (!selection.refused)
        for (std::size_t row = 0; row < ruleSet.rows.size(); ++row)
        {
            ConsolidatedRow out;
            out.row = row;
            out.how = rowAggregate(ruleSet, row);
            if (out.how == RowAggregate::None)
                continue;
            out.byUnit.resize(selection.units.size());
            for (std::size_t unit : included)
                out.byUnit[unit] =
                    unitFigure(selection.units[unit].input.values[row], ruleSet.rows[row].kind);
            const RatioCheck* ratio =
                out.how == RowAggregate::Ratio ? ratioCheckOf(ruleSet, row) : nullptr;
            if (ratio)
                totalRatio(out, *ratio, selection, ruleSet, included);
            else
            {
                if (out.how == RowAggregate::Ratio) // "aggregate": "ratio" without a ratio check
                    out.how = RowAggregate::MinMedianMax;
                totalOwnFigures(out, included);
            }
            if (out.how == RowAggregate::Sum || out.how == RowAggregate::Ratio ||
                out.how == RowAggregate::MinMedianMax)
                spread(out);
            result.rows.push_back(std::move(out));
        }
    result.selection = std::move(selection);
    return result;
}

} // namespace parcalc
