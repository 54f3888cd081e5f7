// scoring_rules: names of the rule and input kinds as written in rule-set files.
#include "core/ruleset/scoring_rules.hxx"

#include <array>
#include <utility>

namespace parcalc
{
namespace
{

constexpr std::array<std::pair<ScoringRuleKind, std::string_view>, 7> kRuleKinds{{
    {ScoringRuleKind::Bands, "bands"},
    {ScoringRuleKind::Proportional, "proportional"},
    {ScoringRuleKind::Linear, "linear"},
    {ScoringRuleKind::Threshold, "threshold"},
    {ScoringRuleKind::Deduction, "deduction"},
    {ScoringRuleKind::RateTarget, "rate-target"},
    {ScoringRuleKind::Manual, "manual"},
}};

constexpr std::array<std::pair<ScoringInputKind, std::string_view>, 5> kInputKinds{{
    {ScoringInputKind::None, ""},
    {ScoringInputKind::Value, "value"},
    {ScoringInputKind::Rate, "rate"},
    {ScoringInputKind::OnTimeRate, "on_time_rate"},
    {ScoringInputKind::Sum, "sum"},
}};

} // namespace

std::string_view scoringRuleKindName(ScoringRuleKind kind)
{
    for (const auto& [k, name] : kRuleKinds)
        if (k == kind)
            return name;
    return {};
}

std::optional<ScoringRuleKind> scoringRuleKindFromName(std::string_view name)
{
    for (const auto& [k, n] : kRuleKinds)
        if (n == name)
            return k;
    return std::nullopt;
}

std::string_view scoringInputKindName(ScoringInputKind kind)
{
    for (const auto& [k, name] : kInputKinds)
        if (k == kind)
            return name;
    return {};
}

const ScoringNode* ScoringRules::find(std::string_view id) const
{
    auto it = index.find(std::string(id));
    return it == index.end() ? nullptr : &nodes[it->second];
}

} // namespace parcalc
