// threshold (all or nothing: value >= at_least, or <= at_most) and rate-target (a rate
// must reach a level; short of it all points are lost, or per_point per percentage point).
#include "core/scoring_kinds/internal/rule_families.hxx"

#include "core/scoring_kinds/scoring_texts.hxx"

#include "core/functions/grade.hxx"
#include "core/text/number_format.hxx"

namespace parcalc::detail
{
namespace
{

// Exactly one of "at_least" / "at_most": the bound and its direction.
bool readBound(RuleReading& in, const Json& item, const std::string& path, ScoringRule& r)
{
    const bool least = item.contains("at_least"), most = item.contains("at_most");
    if (least == most)
    {
        in.json.error(path, "rule.one-bound");
        return false;
    }
    r.atMost = most;
    const double bound = in.amount(item, path, most ? "at_most" : "at_least", true).value_or(0.0);
    r.bound = bound;
    r.target = bound;
    return true;
}

void readThreshold(RuleReading& in, const Json& item, const std::string& path, ScoringRule& r)
{
    readBound(in, item, path, r);
}

void readRateTarget(RuleReading& in, const Json& item, const std::string& path, ScoringRule& r)
{
    if (!readBound(in, item, path, r))
        return;
    r.perPoint = in.amount(item, path, "per_point", false, true);
    if (r.bound > 1.0)
        in.json.error(childPath(path, r.atMost ? "at_most" : "at_least"), "rule.rate-fraction");
}

bool passes(const ScoringRule& r, double value)
{
    return r.atMost ? atOrBelow(value, r.bound) : reachesLowerBound(value, r.bound);
}

Expected<double> thresholdPoints(const ScoringRule& r, double max, double value)
{
    return passes(r, value) ? max : 0.0;
}

Expected<double> rateTargetPoints(const ScoringRule& r, double max, double value)
{
    if (passes(r, value))
        return max;
    if (r.perPoint)
        return std::fmax(0.0, max - std::fabs(value - r.bound) * 100.0 * *r.perPoint);
    return 0.0;
}

LocalText comparison(const ScoringRule& r, const RuleApplied& a)
{
    const bool pass = passes(r, a.value);
    const char* op = r.atMost ? (pass ? " ≤ " : " > ") : (pass ? " ≥ " : " < ");
    return scoringText("threshold.reason", {{"name", a.name},
                                            {"value", shown(a.value, a.rate, r.bound)},
                                            {"op", op},
                                            {"bound", shown(r.bound, a.rate, a.value)}});
}

LocalText rateTargetReason(const ScoringRule& r, const RuleApplied& a)
{
    LocalText reason = comparison(r, a);
    if (!passes(r, a.value) && r.perPoint)
    {
        const double gap = std::fabs(a.value - r.bound) * 100.0; // percentage points
        const LocalText note = scoringText(
            "rate-target.gap", {{"gap", formatVnShort(gap, 2)}, {"perPoint", pts(*r.perPoint)}});
        reason.vi += note.vi;
        reason.en += note.en;
    }
    return reason;
}

std::string direction(const ScoringRule& r)
{
    return r.atMost ? "≤ " : "≥ ";
}

LocalText thresholdSummary(const ScoringRule& r, double, bool rate)
{
    return scoringText("threshold.summary", {{"bound", direction(r) + shown(r.bound, rate)}});
}

LocalText rateTargetSummary(const ScoringRule& r, double, bool)
{
    LocalText out =
        scoringText("rate-target.summary", {{"level", direction(r) + shown(r.target, true)}});
    if (r.perPoint)
    {
        const LocalText perPoint =
            scoringText("rate-target.summary.per-point", {{"perPoint", pts(*r.perPoint)}});
        out.vi += perPoint.vi;
        out.en += perPoint.en;
    }
    return out;
}

} // namespace

const ScoringRuleKindInfo& thresholdRuleKind()
{
    static const ScoringRuleKindInfo kind{
        ScoringRuleKind::Threshold,
        "threshold",
        {"at_least", "at_most"},
        readThreshold,
        thresholdPoints,
        comparison,
        thresholdSummary,
    };
    return kind;
}

const ScoringRuleKindInfo& rateTargetRuleKind()
{
    static const ScoringRuleKindInfo kind{
        ScoringRuleKind::RateTarget,
        "rate-target",
        {"at_least", "at_most", "per_point"},
        readRateTarget,
        rateTargetPoints,
        rateTargetReason,
        rateTargetSummary,
    };
    return kind;
}

} // namespace parcalc::detail
