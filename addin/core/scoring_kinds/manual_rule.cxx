// manual: scored by a person; the value given is the points, at most the criterion's max.
#include "core/scoring_kinds/internal/rule_families.hxx"

namespace parcalc::detail
{
namespace
{

void read(RuleReading&, const Json&, const std::string&, ScoringRule&)
{
}

Expected<double> points(const ScoringRule&, double max, double value)
{
    if (value > max && !atOrBelow(value, max))
        return makeError(ErrorKind::InvalidArgument,
                         "manual points above the criterion's maximum");
    return std::fmin(value, max);
}

LocalText reason(const ScoringRule&, const RuleApplied& a)
{
    return {"chấm tay " + pts(a.points), "scored by hand " + pts(a.points)};
}

LocalText summary(const ScoringRule&, double, bool)
{
    return {"chấm tay", "scored by hand"};
}

} // namespace

const ScoringRuleKindInfo& manualRuleKind()
{
    static const ScoringRuleKindInfo kind{
        ScoringRuleKind::Manual, "manual", {}, read, points, reason, summary,
    };
    return kind;
}

} // namespace parcalc::detail
