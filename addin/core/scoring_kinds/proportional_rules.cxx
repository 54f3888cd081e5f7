// proportional (max × value / target, capped: PARPROP) and linear (slope × value,
// capped, by default at the criterion's max).
#include "core/scoring_kinds/internal/rule_families.hxx"

#include "core/functions/point_rules.hxx"

namespace parcalc::detail
{
namespace
{

void readProportional(RuleReading& in, const Json& item, const std::string& path, ScoringRule& r)
{
    r.target = in.amount(item, path, "target", true, true).value_or(1.0);
    r.cap = in.amount(item, path, "cap", false);
}

void readLinear(RuleReading& in, const Json& item, const std::string& path, ScoringRule& r)
{
    r.slope = in.amount(item, path, "slope", true).value_or(0.0);
    r.cap = in.amount(item, path, "cap", false);
}

Expected<double> proportionalPoints(const ScoringRule& r, double max, double value)
{
    return parProp(value, r.target, max, r.cap);
}

Expected<double> linearPoints(const ScoringRule& r, double max, double value)
{
    return parProp(value, 1.0, r.slope, std::fmin(r.cap.value_or(max), max));
}

// ", tối đa 2" when the cap cut the computed points.
LocalText capNote(double raw, double points)
{
    if (raw > points + 1e-12)
        return {", tối đa " + pts(points), ", at most " + pts(points)};
    return {};
}

LocalText proportionalReason(const ScoringRule& r, const RuleApplied& a)
{
    const double raw = a.max * a.value / r.target;
    const LocalText cap = capNote(raw, a.points);
    const std::string x = shown(a.value, a.rate), target = shown(r.target, a.rate);
    const std::string product = " × " + pts(a.max) + " = " + pts(raw);
    return {a.name.vi + " " + x + " / mục tiêu " + target + product + cap.vi,
            a.name.en + " " + x + " / target " + target + product + cap.en};
}

LocalText linearReason(const ScoringRule& r, const RuleApplied& a)
{
    const double raw = r.slope * a.value;
    const LocalText cap = capNote(raw, a.points);
    const std::string product = " " + shown(a.value, a.rate) + " × " + pts(r.slope) + " = " +
                                pts(raw);
    return {a.name.vi + product + cap.vi, a.name.en + product + cap.en};
}

LocalText proportionalSummary(const ScoringRule& r, double, bool rate)
{
    return {"tỷ lệ thuận, mục tiêu " + shown(r.target, rate),
            "proportional, target " + shown(r.target, rate)};
}

LocalText linearSummary(const ScoringRule& r, double max, bool)
{
    const std::string slope = pts(r.slope), cap = pts(r.cap.value_or(max));
    return {"tuyến tính × " + slope + ", tối đa " + cap, "linear × " + slope + ", at most " + cap};
}

} // namespace

const ScoringRuleKindInfo& proportionalRuleKind()
{
    static const ScoringRuleKindInfo kind{
        ScoringRuleKind::Proportional, "proportional", {"target", "cap"},      readProportional,
        proportionalPoints,            proportionalReason, proportionalSummary,
    };
    return kind;
}

const ScoringRuleKindInfo& linearRuleKind()
{
    static const ScoringRuleKindInfo kind{
        ScoringRuleKind::Linear, "linear",     {"slope", "cap"}, readLinear,
        linearPoints,            linearReason, linearSummary,
    };
    return kind;
}

} // namespace parcalc::detail
