// scoring_engine, rule application: a rule's points for a value with the reason
// in words, rule summaries and input names. The arithmetic of each rule kind is
// the one of point_rules (PARBAND, PARPROP, PARDEDUCT) and ontime (ONTIMERATE).
// PARPOINTS / PARMAX: scoring_points.cxx; the estimated score: scoring_estimate.cxx.
#include "core/scoring/scoring_engine.hxx"

#include "core/scoring/internal/scoring_detail.hxx"

#include "core/functions/grade.hxx"
#include "core/functions/point_rules.hxx"
#include "core/functions/score_index.hxx"
#include "core/text/number_format.hxx"
#include "core/text/text_fold.hxx"

#include <algorithm>
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

bool atOrBelow(double value, double bound)
{
    return value <= bound + 1e-9 * std::fmax(1.0, std::fabs(bound));
}

} // namespace

Expected<double> scoringRulePoints(const ScoringNode& node, double value)
{
    if (!node.leaf())
        return invalid("\"" + node.id + "\" is not a scored criterion");
    if (!std::isfinite(value) || value < 0.0)
        return invalid("the value must be finite and >= 0");
    const ScoringRule& r = node.rule;
    const double max = node.max;
    switch (r.kind)
    {
    case ScoringRuleKind::Bands:
    {
        BandAccumulator acc(value);
        for (const ScoringBand& b : r.bands)
            acc.add(b.min, b.points);
        return acc.result();
    }
    case ScoringRuleKind::Proportional:
        return parProp(value, r.target, max, r.cap);
    case ScoringRuleKind::Linear:
        return parProp(value, 1.0, r.slope, std::fmin(r.cap.value_or(max), max));
    case ScoringRuleKind::Threshold:
    case ScoringRuleKind::RateTarget:
    {
        const double bound = r.kind == ScoringRuleKind::Threshold ? r.bound : r.target;
        const bool pass = r.atMost ? atOrBelow(value, bound) : reachesLowerBound(value, bound);
        if (pass)
            return max;
        if (r.kind == ScoringRuleKind::RateTarget && r.perPoint)
            return std::fmax(0.0, max - std::fabs(value - bound) * 100.0 * *r.perPoint);
        return 0.0;
    }
    case ScoringRuleKind::Deduction:
        return parDeduct(value, r.perCase, max, r.floor);
    case ScoringRuleKind::Manual:
        if (value > max && !atOrBelow(value, max))
            return invalid("manual points above the criterion's maximum");
        return std::fmin(value, max);
    }
    return invalid("unknown rule kind");
}

Expected<RuleOutcome> applyScoringRule(const ScoringNode& node, double value, bool rate,
                                       const LocalText& name)
{
    const Expected<double> scored = scoringRulePoints(node, value);
    if (!scored)
        return scored.error();
    const double points = *scored;
    const ScoringRule& r = node.rule;
    const double max = node.max;
    const std::string x = shown(value, rate);
    LocalText reason;
    switch (r.kind)
    {
    case ScoringRuleKind::Bands:
    {
        const ScoringBand* reached = nullptr;
        for (const ScoringBand& b : r.bands) // highest bound first
            if (reachesLowerBound(value, b.min) && (!reached || b.min > reached->min))
                reached = &b;
        if (reached)
        {
            const std::string bound = shown(reached->min, rate, value);
            reason = {name.vi + " " + shown(value, rate, reached->min) + " ≥ " + bound +
                          " (khung " + pts(reached->points) + " điểm)",
                      name.en + " " + shown(value, rate, reached->min) + " ≥ " + bound +
                          " (band worth " + pts(reached->points) + ")"};
        }
        else
        {
            const double lowest = r.bands.back().min;
            const std::string bound = shown(lowest, rate, value);
            reason = {
                name.vi + " " + shown(value, rate, lowest) + " < " + bound + " (dưới mọi khung)",
                name.en + " " + shown(value, rate, lowest) + " < " + bound + " (below every band)"};
        }
        break;
    }
    case ScoringRuleKind::Proportional:
    case ScoringRuleKind::Linear:
    {
        const bool prop = r.kind == ScoringRuleKind::Proportional;
        const double raw = prop ? max * value / r.target : r.slope * value;
        std::string capVi, capEn;
        if (raw > points + 1e-12)
        {
            capVi = ", tối đa " + pts(points);
            capEn = ", at most " + pts(points);
        }
        if (prop)
        {
            const std::string target = shown(r.target, rate);
            reason = {name.vi + " " + x + " / mục tiêu " + target + " × " + pts(max) + " = " +
                          pts(raw) + capVi,
                      name.en + " " + x + " / target " + target + " × " + pts(max) + " = " +
                          pts(raw) + capEn};
        }
        else
            reason = {name.vi + " " + x + " × " + pts(r.slope) + " = " + pts(raw) + capVi,
                      name.en + " " + x + " × " + pts(r.slope) + " = " + pts(raw) + capEn};
        break;
    }
    case ScoringRuleKind::Threshold:
    case ScoringRuleKind::RateTarget:
    {
        const double bound = r.kind == ScoringRuleKind::Threshold ? r.bound : r.target;
        const bool pass = r.atMost ? atOrBelow(value, bound) : reachesLowerBound(value, bound);
        const char* op = r.atMost ? (pass ? " ≤ " : " > ") : (pass ? " ≥ " : " < ");
        const std::string v = shown(value, rate, bound), b = shown(bound, rate, value);
        reason = {name.vi + " " + v + op + b, name.en + " " + v + op + b};
        if (!pass && r.kind == ScoringRuleKind::RateTarget && r.perPoint)
        {
            const double gap = std::fabs(value - bound) * 100.0; // percentage points
            reason.vi += " (lệch " + formatVnShort(gap, 2) + " điểm % × " + pts(*r.perPoint) + ")";
            reason.en += " (off by " + formatVnShort(gap, 2) + " percentage points × " +
                         pts(*r.perPoint) + ")";
        }
        break;
    }
    case ScoringRuleKind::Deduction:
        if (value == 0.0)
            reason = {name.vi + " 0", name.en + " 0"};
        else
        {
            std::string floorVi, floorEn;
            if (points > max - value * r.perCase + 1e-12)
            {
                floorVi = ", không thấp hơn " + pts(points);
                floorEn = ", not below " + pts(points);
            }
            reason = {name.vi + " " + pts(value) + " × " + pts(r.perCase) + " điểm" + floorVi,
                      name.en + " " + pts(value) + " × " + pts(r.perCase) + " points" + floorEn};
        }
        break;
    case ScoringRuleKind::Manual:
        reason = {"chấm tay " + pts(points), "scored by hand " + pts(points)};
        break;
    }
    return RuleOutcome{points, withResult(std::move(reason), max, points)};
}

LocalText ruleSummary(const ScoringRuleSet& rules, const ScoringNode& node)
{
    const ScoringRule& r = node.rule;
    const bool rate = inputIsRate(rules, node);
    switch (r.kind)
    {
    case ScoringRuleKind::Bands:
    {
        std::string list;
        for (const ScoringBand& b : r.bands)
            list +=
                (list.empty() ? "" : "; ") + ("≥ " + shown(b.min, rate) + " → " + pts(b.points));
        return {"theo khung: " + list, "bands: " + list};
    }
    case ScoringRuleKind::Proportional:
        return {"tỷ lệ thuận, mục tiêu " + shown(r.target, rate),
                "proportional, target " + shown(r.target, rate)};
    case ScoringRuleKind::Linear:
        return {"tuyến tính × " + pts(r.slope) + ", tối đa " + pts(r.cap.value_or(node.max)),
                "linear × " + pts(r.slope) + ", at most " + pts(r.cap.value_or(node.max))};
    case ScoringRuleKind::Threshold:
        return {std::string("đạt hoặc không: ") + (r.atMost ? "≤ " : "≥ ") + shown(r.bound, rate),
                std::string("all or nothing: ") + (r.atMost ? "≤ " : "≥ ") + shown(r.bound, rate)};
    case ScoringRuleKind::Deduction:
        return {"trừ " + pts(r.perCase) + " điểm mỗi trường hợp",
                "minus " + pts(r.perCase) + " per case"};
    case ScoringRuleKind::RateTarget:
    {
        LocalText out{
            std::string("chỉ tiêu tỷ lệ ") + (r.atMost ? "≤ " : "≥ ") + shown(r.target, true),
            std::string("rate target ") + (r.atMost ? "≤ " : "≥ ") + shown(r.target, true)};
        if (r.perPoint)
        {
            out.vi += ", trừ " + pts(*r.perPoint) + " mỗi điểm % lệch";
            out.en += ", minus " + pts(*r.perPoint) + " per percentage point off";
        }
        return out;
    }
    case ScoringRuleKind::Manual:
        break;
    }
    return {"chấm tay", "scored by hand"};
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
