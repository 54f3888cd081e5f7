// scoring_engine, the estimated score: every criterion of a rule set scored from
// an appendix (and manual values), with the working and what is missing.
#include "core/scoring/scoring_engine.hxx"

#include "core/scoring_kinds/scoring_texts.hxx"

#include "core/functions/grade.hxx"
#include "core/functions/point_rules.hxx"
#include "core/functions/score_index.hxx"
#include "core/scoring/internal/scoring_detail.hxx"
#include "core/text/number_format.hxx"
#include "core/text/text_fold.hxx"

#include <algorithm>
#include <cmath>

namespace parcalc
{
using namespace scoring_detail;

std::string_view criterionStatusName(CriterionStatus status)
{
    switch (status)
    {
    case CriterionStatus::Scored:
        return "scored";
    case CriterionStatus::NotApplicable:
        return "not-applicable";
    case CriterionStatus::Manual:
        return "manual";
    case CriterionStatus::Pending:
        break;
    }
    return "pending";
}

std::size_t ScoreEstimate::count(CriterionStatus status) const
{
    return std::size_t(std::count_if(criteria.begin(), criteria.end(),
                                     [&](const CriterionEstimate& c)
                                     { return c.status == status; }));
}

namespace
{

enum class ReadState
{
    Number,
    NotApplicable,
    Manual,  // a manual input not supplied
    Missing, // the appendix does not give a usable number
};

struct RefRead
{
    ReadState state = ReadState::Missing;
    double value = 0.0;
    LocalText problem; // Missing: why
};

// One reference read from the appendix (or the manual values). Rates of percent
// rows become fractions.
RefRead readRef(const ScoringRef& ref, const AppendixData& data, const ScoringRuleSet& rules,
                const ManualValues& manual, std::vector<InputUsed>& used)
{
    RefRead out;
    if (ref.manual)
    {
        auto it = manual.find(ref.id);
        if (it == manual.end())
        {
            out.state = ReadState::Manual;
            used.push_back({ref.id, "", {}});
            return out;
        }
        out.state = ReadState::Number;
        out.value = it->second;
        used.push_back({ref.id, "", {pts(it->second), pts(it->second)}});
        return out;
    }
    const RowDef& def = rules.ruleSet.rows[ref.index];
    const std::string cell = ref.index < data.cells.size() ? data.cells[ref.index] : "";
    if (cell.empty())
    {
        used.push_back({ref.id, "", {}});
        out.problem = scoringText("ref.not-in-table", {{"id", ref.id}});
        return out;
    }
    const RowValue& v = data.values[ref.index];
    const std::string display = displayValue(v, def.kind);
    LocalText shown{display, display};
    if (def.kind == RowKind::YesNo && v.state == ValueState::Number)
        shown = scoringText(v.number != 0.0 ? "value.yes" : "value.no");
    const std::string where = ref.id + " (" + cell + ")";
    switch (v.state)
    {
    case ValueState::Number:
        if (!std::isfinite(v.number) || v.number < 0.0)
        {
            out.problem = scoringText("ref.negative", {{"where", where}, {"value", display}});
            break;
        }
        out.state = ReadState::Number;
        out.value = isPercentKind(def.kind) ? v.number / 100.0 : v.number;
        break;
    case ValueState::Empty:
        shown = {};
        out.problem = scoringText("ref.empty", {{"where", where}});
        break;
    case ValueState::NoData:
        if (isNotApplicableMarker(v.marker))
            out.state = ReadState::NotApplicable;
        else
            out.problem = scoringText("ref.says", {{"where", where}, {"text", v.text}});
        break;
    case ValueState::Text:
        out.problem = scoringText("ref.text", {{"where", where}, {"text", v.text}});
        break;
    case ValueState::Error:
        out.problem = scoringText("ref.error", {{"where", where}, {"text", v.text}});
        break;
    }
    used.push_back({ref.id, cell, shown});
    return out;
}

// "3.3.1.b / 3.3.1.a = 199 / 199", "5.4.1 + 5.4.2 + 0,5 × 5.4.3 = 0 + 1 + 0,5 × 2".
std::string working(const ScoringNode& node, const std::vector<const ScoringRef*>& refs,
                    const std::vector<InputUsed>& used, Language language)
{
    const ScoringInput& in = node.input;
    auto idOf = [&](std::size_t i) { return refs[i]->id; };
    // An empty cell has no value; the working text says so.
    auto valueOf = [&](std::size_t i)
    {
        const bool empty = used[i].shown.vi.empty() && !used[i].cell.empty();
        return (empty ? scoringText("value.empty") : used[i].shown).in(language);
    };
    std::string ids, values;
    switch (in.kind)
    {
    case ScoringInputKind::Value:
        return idOf(0) + " = " + valueOf(0);
    case ScoringInputKind::Rate:
    case ScoringInputKind::OnTimeRate:
        ids = idOf(0) + " / " + idOf(1);
        values = valueOf(0) + " / " + valueOf(1);
        if (in.kind == ScoringInputKind::OnTimeRate)
            for (std::size_t i = 2; i < refs.size(); ++i)
                values += "; " + idOf(i) + " = " + valueOf(i);
        return ids + " = " + values;
    case ScoringInputKind::Sum:
        for (std::size_t i = 0; i < refs.size(); ++i)
        {
            const double w = i < in.weights.size() ? in.weights[i] : 1.0;
            const std::string factor = w == 1.0 ? "" : pts(w) + " × ";
            ids += (i ? " + " : "") + factor + idOf(i);
            values += (i ? " + " : "") + factor + valueOf(i);
        }
        return ids + " = " + values;
    case ScoringInputKind::None:
        break;
    }
    return {};
}

LocalText working(const ScoringNode& node, const std::vector<const ScoringRef*>& refs,
                  const std::vector<InputUsed>& used)
{
    return {working(node, refs, used, Language::Vi), working(node, refs, used, Language::En)};
}

CriterionEstimate estimateLeaf(std::size_t index, const AppendixData& data,
                               const ScoringRuleSet& rules, const ManualValues& manual)
{
    const ScoringNode& node = rules.scoring.nodes[index];
    CriterionEstimate c;
    c.node = index;
    c.max = node.max;
    if (node.rule.kind == ScoringRuleKind::Manual)
    {
        c.status = CriterionStatus::Manual;
        c.why = scoringText("criterion.manual");
        return c;
    }
    const std::vector<const ScoringRef*> refs = orderedRefs(node.input);
    std::vector<double> numbers;
    bool notApplicable = false;
    std::vector<std::string> needs;
    std::vector<LocalText> problems;
    for (const ScoringRef* ref : refs)
    {
        const RefRead r = readRef(*ref, data, rules, manual, c.inputs);
        numbers.push_back(r.value);
        switch (r.state)
        {
        case ReadState::Number:
            break;
        case ReadState::NotApplicable:
            notApplicable = true;
            break;
        case ReadState::Manual:
            needs.push_back(ref->id);
            break;
        case ReadState::Missing:
            problems.push_back(r.problem);
            break;
        }
    }
    c.working = working(node, refs, c.inputs);
    const LocalText name = inputName(rules, node);

    auto setNotApplicable = [&](const LocalText& why)
    {
        c.status = CriterionStatus::NotApplicable;
        if (node.notApplicable == NotApplicablePolicy::Full)
        {
            c.points = node.max;
            c.counted = true;
            c.why = scoringText("criterion.na-full", {{"why", why}});
        }
        else
            c.why = scoringText("criterion.na-excluded", {{"why", why}});
    };

    if (!needs.empty())
    {
        c.status = CriterionStatus::Manual;
        c.needs = needs;
        std::string vi, en;
        for (const std::string& id : needs)
        {
            for (const ManualInput& m : rules.scoring.manualInputs)
                if (m.id == id)
                {
                    vi += (vi.empty() ? "" : "; ") + m.label.vi;
                    en += (en.empty() ? "" : "; ") + m.label.en;
                }
        }
        c.why = scoringText("criterion.needs-manual", {{"inputs", LocalText{vi, en}}});
        return c;
    }
    if (notApplicable)
    {
        setNotApplicable(scoringText("criterion.no-cases", {{"name", name}}));
        return c;
    }
    if (!problems.empty())
    {
        c.status = CriterionStatus::Pending;
        LocalText list;
        for (std::size_t i = 0; i < problems.size(); ++i)
        {
            list.vi += (i ? "; " : "") + problems[i].vi;
            list.en += (i ? "; " : "") + problems[i].en;
        }
        c.why = scoringText("criterion.pending", {{"problems", list}});
        return c;
    }
    const Expected<std::optional<double>> combined = combine(node, numbers);
    if (!combined)
    {
        c.status = CriterionStatus::Pending;
        // English readers also get the engine's detail ("a rate with a zero denominator").
        const LocalText working{c.working.vi, c.working.en + ": " + combined.error().detail};
        c.why = scoringText("criterion.invalid-data", {{"working", working}});
        return c;
    }
    if (!*combined)
    {
        setNotApplicable(scoringText("criterion.zero-over-zero", {{"name", name}}));
        return c;
    }
    const bool rate = inputIsRate(rules, node);
    const bool oneTerm = node.input.kind == ScoringInputKind::Sum && refs.size() == 1 &&
                         (node.input.weights.empty() || node.input.weights[0] == 1.0);
    if (node.input.kind != ScoringInputKind::Value && !oneTerm)
    {
        c.working.vi += " = " + shown(**combined, rate);
        c.working.en += " = " + shown(**combined, rate);
    }
    const Expected<RuleOutcome> outcome = applyScoringRule(node, **combined, rate, name);
    if (!outcome)
    {
        c.status = CriterionStatus::Pending;
        c.why = scoringText("criterion.invalid-data", {{"working", c.working}});
        return c;
    }
    c.status = CriterionStatus::Scored;
    c.points = outcome->points;
    c.counted = true;
    c.why = outcome->why;
    return c;
}

} // namespace

ScoreEstimate estimateScore(const AppendixData& data, const ScoringRuleSet& rules,
                            const ManualValues& manual)
{
    ScoreEstimate est;
    const ScoringRules& tree = rules.scoring;
    est.totalMax = tree.totalMax;
    ScoreAccumulator acc;
    for (std::size_t f : tree.fields)
    {
        FieldEstimate field;
        field.node = f;
        field.max = tree.nodes[f].max;
        // The leaves under the field, in tree order (nodes are stored in tree order).
        for (std::size_t i = f + 1;
             i < tree.nodes.size() && tree.nodes[i].level != ScoringLevel::Field; ++i)
        {
            if (!tree.nodes[i].leaf())
                continue;
            CriterionEstimate c = estimateLeaf(i, data, rules, manual);
            if (c.counted)
            {
                field.earned += c.points;
                field.known += c.max;
                acc.add(c.points, c.max);
            }
            else if (c.status == CriterionStatus::NotApplicable)
                field.excluded += c.max;
            else if (c.status == CriterionStatus::Manual)
                field.manual += c.max;
            else
                field.pending += c.max;
            est.criteria.push_back(std::move(c));
        }
        est.earned += field.earned;
        est.known += field.known;
        est.manual += field.manual;
        est.pending += field.pending;
        est.excluded += field.excluded;
        est.fields.push_back(field);
    }
    est.index = acc.result();
    if (est.index)
    {
        if (auto g = rules.gradesVi.grade(*est.index))
            est.grade = std::string(*g);
        if (auto g = rules.gradesEn.grade(*est.index))
            est.gradeEn = std::string(*g);
    }
    const double open = est.manual + est.pending;
    const double base = est.known + open;
    if (base > 0.0)
    {
        est.lowest = est.earned / base * 100.0;
        est.highest = (est.earned + open) / base * 100.0;
    }
    return est;
}

} // namespace parcalc
