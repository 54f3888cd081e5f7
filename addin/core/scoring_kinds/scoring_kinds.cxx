// scoring_kinds: the list of scoring rule kinds, and reading a leaf's rule through it.
#include "core/scoring_kinds/scoring_kinds.hxx"

#include "core/scoring_kinds/internal/rule_families.hxx"

#include <cmath>

namespace parcalc
{

using detail::childPath;
using detail::Json;

const std::vector<const ScoringRuleKindInfo*>& scoringRuleKinds()
{
    // In ScoringRuleKind's order: scoringRuleKindInfo indexes this list by the enum.
    static const std::vector<const ScoringRuleKindInfo*> all = []
    {
        std::vector<const ScoringRuleKindInfo*> kinds{
            &detail::bandsRuleKind(),     &detail::proportionalRuleKind(),
            &detail::linearRuleKind(),    &detail::thresholdRuleKind(),
            &detail::deductionRuleKind(), &detail::rateTargetRuleKind(),
            &detail::manualRuleKind(),
        };
        for (std::size_t i = 0; i < kinds.size(); ++i)
            if (static_cast<std::size_t>(kinds[i]->kind) != i)
                std::abort(); // a programming error the unit tests catch at once
        return kinds;
    }();
    return all;
}

const ScoringRuleKindInfo& scoringRuleKindInfo(ScoringRuleKind kind)
{
    return *scoringRuleKinds()[static_cast<std::size_t>(kind)];
}

const ScoringRuleKindInfo* scoringRuleKindNamed(std::string_view name)
{
    for (const ScoringRuleKindInfo* kind : scoringRuleKinds())
        if (kind->name == name)
            return kind;
    return nullptr;
}

std::string_view scoringRuleKindName(ScoringRuleKind kind)
{
    return scoringRuleKindInfo(kind).name;
}

std::string scoringRuleKindList()
{
    std::string list;
    for (const ScoringRuleKindInfo* kind : scoringRuleKinds())
        list += (list.empty() ? "" : ", ") + std::string(kind->name);
    return list;
}

std::optional<double> RuleReading::amount(const Json& object, const std::string& path,
                                          std::string_view key, bool required, bool positive)
{
    auto value = json.number(object, path, key, required);
    if (!value)
        return std::nullopt;
    if (!std::isfinite(*value) || *value < 0.0 || (positive && *value == 0.0))
    {
        json.error(childPath(path, key), positive ? "phải là số dương" : "không được âm",
                   positive ? "must be positive" : "must not be negative");
        return std::nullopt;
    }
    return value;
}

bool readScoringRule(RuleReading& in, const Json& item, const std::string& path,
                     ScoringRule& rule)
{
    if (!in.json.isObject(item, path))
        return false;
    auto kindName = in.json.string(item, path, "kind", true);
    if (!kindName)
        return false;
    const ScoringRuleKindInfo* kind = scoringRuleKindNamed(*kindName);
    if (!kind)
    {
        in.json.error(childPath(path, "kind"),
                      "loại quy tắc chấm điểm không hợp lệ \"" + *kindName + "\" (" +
                          scoringRuleKindList() + ")",
                      "unknown scoring rule kind \"" + *kindName + "\" (" + scoringRuleKindList() +
                          ")");
        return false;
    }
    rule.kind = kind->kind;
    const std::size_t errorsBefore = in.json.errors().size();
    std::vector<std::string_view> allowed{"kind", "comment"};
    allowed.insert(allowed.end(), kind->keys.begin(), kind->keys.end());
    in.json.onlyKeys(item, path, allowed);
    kind->read(in, item, path, rule);
    in.json.string(item, path, "comment", false);
    return in.json.errors().size() == errorsBefore;
}

} // namespace parcalc
