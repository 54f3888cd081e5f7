// scoring_engine, rule application: a rule's points for a value with the reason
// in words, rule summaries (each kind's own in core/scoring_kinds) and input names.
// PARPOINTS / PARMAX: scoring_points.cxx; the estimated score: scoring_estimate.cxx.
#include "core/scoring/scoring_engine.hxx"

#include "core/scoring/internal/scoring_detail.hxx"

#include "core/scoring_kinds/scoring_kinds.hxx"

#include <cmath>

namespace parcalc
{
using namespace scoring_detail;

namespace
{

const char* const kMinus = "\xE2\x88\x92"; // U+2212, as in "−2"

// "<reason>: −1,5" or "<reason>: đủ điểm".
LocalText withResult(LocalText reason, double max, double points)
{
    const double lost = max - points;
    if (lost > 1e-9)
        return {reason.vi + ": " + kMinus + pts(lost), reason.en + ": " + kMinus + pts(lost)};
    return {reason.vi + ": đủ điểm", reason.en + ": full points"};
}

} // namespace

Expected<double> scoringRulePoints(const ScoringNode& node, double value)
{
    if (!node.leaf())
        return invalid("\"" + node.id + "\" is not a scored criterion");
    if (!std::isfinite(value) || value < 0.0)
        return invalid("the value must be finite and >= 0");
    return scoringRuleKindInfo(node.rule.kind).points(node.rule, node.max, value);
}

Expected<RuleOutcome> applyScoringRule(const ScoringNode& node, double value, bool rate,
                                       const LocalText& name)
{
    const Expected<double> scored = scoringRulePoints(node, value);
    if (!scored)
        return scored.error();
    const double points = *scored;
    const ScoringRuleKindInfo& kind = scoringRuleKindInfo(node.rule.kind);
    LocalText reason = kind.reason(node.rule, RuleApplied{value, points, node.max, rate, name});
    return RuleOutcome{points, withResult(std::move(reason), node.max, points)};
}

LocalText ruleSummary(const ScoringRuleSet& rules, const ScoringNode& node)
{
    return scoringRuleKindInfo(node.rule.kind)
        .summary(node.rule, node.max, inputIsRate(rules, node));
}

LocalText inputName(const ScoringRuleSet& rules, const ScoringNode& node)
{
    const ScoringInput& in = node.input;
    if (!in.name.vi.empty() || !in.name.en.empty())
        return in.name;
    switch (in.kind)
    {
    case ScoringInputKind::Value:
    {
        const ScoringRef& r = in.refs.front();
        if (r.manual)
            return rules.scoring.manualInputs[r.index].label;
        return {"dòng " + r.id, "row " + r.id};
    }
    case ScoringInputKind::Rate:
        return {"tỷ lệ", "rate"};
    case ScoringInputKind::OnTimeRate:
        return {"tỷ lệ đúng hạn", "on-time rate"};
    case ScoringInputKind::Sum:
        return {"số trường hợp", "cases"};
    case ScoringInputKind::None:
        break;
    }
    return {"điểm", "points"};
}

bool inputIsRate(const ScoringRuleSet& rules, const ScoringNode& node)
{
    const ScoringInput& in = node.input;
    switch (in.kind)
    {
    case ScoringInputKind::Rate:
    case ScoringInputKind::OnTimeRate:
        return true;
    case ScoringInputKind::Value:
    {
        const ScoringRef& r = in.refs.front();
        if (r.manual)
            return rules.scoring.manualInputs[r.index].rate;
        return isPercentKind(rules.ruleSet.rows[r.index].kind);
    }
    case ScoringInputKind::Sum:
    case ScoringInputKind::None:
        break;
    }
    return false;
}

} // namespace parcalc
