// threshold (all or nothing: value >= at_least, or <= at_most) and rate-target (a rate
// must reach a level; short of it all points are lost, or per_point per percentage point).
#include "core/scoring_kinds/internal/rule_families.hxx"

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
        in.json.error(path, "cần đúng một trong \"at_least\", \"at_most\"",
                      "needs exactly one of \"at_least\", \"at_most\"");
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
        in.json.error(childPath(path, r.atMost ? "at_most" : "at_least"),
                      "mức tỷ lệ viết dạng phân số: 95 % là 0.95",
                      "a rate level is a fraction: 95 % is 0.95");
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
    const std::string v = shown(a.value, a.rate, r.bound), b = shown(r.bound, a.rate, a.value);
    return {a.name.vi + " " + v + op + b, a.name.en + " " + v + op + b};
}

LocalText rateTargetReason(const ScoringRule& r, const RuleApplied& a)
{
    LocalText reason = comparison(r, a);
    if (!passes(r, a.value) && r.perPoint)
    {
        const double gap = std::fabs(a.value - r.bound) * 100.0; // percentage points
        const std::string perPoint = pts(*r.perPoint);
        reason.vi += " (lệch " + formatVnShort(gap, 2) + " điểm % × " + perPoint + ")";
        reason.en += " (off by " + formatVnShort(gap, 2) + " percentage points × " + perPoint + ")";
    }
    return reason;
}

const char* direction(const ScoringRule& r)
{
    return r.atMost ? "≤ " : "≥ ";
}

LocalText thresholdSummary(const ScoringRule& r, double, bool rate)
{
    const std::string bound = direction(r) + shown(r.bound, rate);
    return {"đạt hoặc không: " + bound, "all or nothing: " + bound};
}

LocalText rateTargetSummary(const ScoringRule& r, double, bool)
{
    const std::string level = direction(r) + shown(r.target, true);
    LocalText out{"chỉ tiêu tỷ lệ " + level, "rate target " + level};
    if (r.perPoint)
    {
        out.vi += ", trừ " + pts(*r.perPoint) + " mỗi điểm % lệch";
        out.en += ", minus " + pts(*r.perPoint) + " per percentage point off";
    }
    return out;
}

} // namespace

const ScoringRuleKindInfo& thresholdRuleKind()
{
    static const ScoringRuleKindInfo kind{
        ScoringRuleKind::Threshold, "threshold", {"at_least", "at_most"}, readThreshold,
        thresholdPoints,            comparison,  thresholdSummary,
    };
    return kind;
}

const ScoringRuleKindInfo& rateTargetRuleKind()
{
    static const ScoringRuleKindInfo kind{
        ScoringRuleKind::RateTarget, "rate-target",    {"at_least", "at_most", "per_point"},
        readRateTarget,              rateTargetPoints, rateTargetReason,
        rateTargetSummary,
    };
    return kind;
}

} // namespace parcalc::detail
