// deduction: max − cases × per_case, never below floor (PARDEDUCT).
#include "core/scoring_kinds/internal/rule_families.hxx"

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
        return {a.name.vi + " 0", a.name.en + " 0"};
    LocalText floor;
    if (a.points > a.max - a.value * r.perCase + 1e-12)
        floor = {", không thấp hơn " + pts(a.points), ", not below " + pts(a.points)};
    const std::string product = " " + pts(a.value) + " × " + pts(r.perCase);
    return {a.name.vi + product + " điểm" + floor.vi, a.name.en + product + " points" + floor.en};
}

LocalText summary(const ScoringRule& r, double, bool)
{
    return {"trừ " + pts(r.perCase) + " điểm mỗi trường hợp",
            "minus " + pts(r.perCase) + " per case"};
}

} // namespace

const ScoringRuleKindInfo& deductionRuleKind()
{
    static const ScoringRuleKindInfo kind{
        ScoringRuleKind::Deduction, "deduction", {"per_case", "floor"}, read, points, reason,
        summary,
    };
    return kind;
}

} // namespace parcalc::detail
