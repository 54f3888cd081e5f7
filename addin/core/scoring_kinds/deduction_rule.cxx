// deduction: max − cases × per_case, never below floor (PARDEDUCT).
#include "core/scoring_kinds/internal/rule_families.hxx"

#include "core/scoring_kinds/scoring_texts.hxx"

#include "core/functions/point_rules.hxx"

namespace parcalc::detail
{
namespace
{

void read(RuleReading& in, const Json& item, const std::string& path, ScoringRule& r)
{
    r.perCase = in.amount(item, path, "per_case", true, true).value_or(0.0);
    r.floor = in.amount(item, path, "floor", false);
}

Expected<double> points(const ScoringRule& r, double max, double value)
{
    return parDeduct(value, r.perCase, max, r.floor);
}

LocalText reason(const ScoringRule& r, const RuleApplied& a)
{
    if (a.value == 0.0)
        return scoringText("deduction.none", {{"name", a.name}});
    LocalText floor;
    if (a.points > a.max - a.value * r.perCase + 1e-12)
        floor = scoringText("deduction.floor", {{"points", pts(a.points)}});
    return scoringText(
        "deduction.reason",
        {{"name", a.name}, {"cases", pts(a.value)}, {"perCase", pts(r.perCase)}, {"floor", floor}});
}

LocalText summary(const ScoringRule& r, double, bool)
{
    return scoringText("deduction.summary", {{"perCase", pts(r.perCase)}});
}

} // namespace

const ScoringRuleKindInfo& deductionRuleKind()
{
    static const ScoringRuleKindInfo kind{
        ScoringRuleKind::Deduction,
        "deduction",
        {"per_case", "floor"},
        read,
        points,
        reason,
        summary,
    };
    return kind;
}

} // namespace parcalc::detail
