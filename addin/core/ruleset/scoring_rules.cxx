// scoring_rules: names of the input kinds as written in rule-set files (the rule kinds
// are named by their table, core/scoring_kinds).
#include "core/ruleset/scoring_rules.hxx"

#include <array>
#include <utility>

namespace parcalc
{
namespace
{

constexpr std::array<std::pair<ScoringInputKind, std::string_view>, 5> kInputKinds{{
    {ScoringInputKind::None, ""},
    {ScoringInputKind::Value, "value"},
    {ScoringInputKind::Rate, "rate"},
    {ScoringInputKind::OnTimeRate, "on_time_rate"},
    {ScoringInputKind::Sum, "sum"},
}};

} // namespace

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
