// bands: the points of the highest band whose lower bound the value reaches, 0 below
// every band (PARBAND).
#include "core/scoring_kinds/internal/rule_families.hxx"

#include "core/functions/grade.hxx"
#include "core/functions/point_rules.hxx"

#include <algorithm>

namespace parcalc::detail
{
namespace
{

void read(RuleReading& in, const Json& item, const std::string& path, ScoringRule& r)
{
    auto bands = item.find("bands");
    const std::string here = childPath(path, "bands");
    if (bands == item.end())
    {
        in.json.error(here, "thiếu trường bắt buộc \"bands\"", "missing required field \"bands\"");
        return;
    }
    if (!in.json.isArray(*bands, here))
        return;
    if (bands->empty())
        in.json.error(here, "cần ít nhất một khung điểm", "needs at least one band");
    for (std::size_t i = 0; i < bands->size(); ++i)
    {
        const Json& band = (*bands)[i];
        const std::string at = indexPath(here, i);
        if (!in.json.isObject(band, at))
            continue;
        in.json.onlyKeys(band, at, {"min", "points"});
        auto min = in.json.number(band, at, "min", true);
        auto points = in.amount(band, at, "points", true);
        if (!min || !points)
            continue;
        const bool duplicate = std::any_of(r.bands.begin(), r.bands.end(),
                                           [&](const ScoringBand& b) { return b.min == *min; });
        if (duplicate)
            in.json.error(childPath(at, "min"), "mức dưới này đã có ở khung khác",
                          "this lower bound is given twice");
        r.bands.push_back({*min, *points});
    }
    std::stable_sort(r.bands.begin(), r.bands.end(),
                     [](const ScoringBand& a, const ScoringBand& b) { return a.min > b.min; });
}

Expected<double> points(const ScoringRule& r, double, double value)
{
    BandAccumulator acc(value);
    for (const ScoringBand& b : r.bands)
        acc.add(b.min, b.points);
    return acc.result();
}

LocalText reason(const ScoringRule& r, const RuleApplied& a)
{
    const ScoringBand* reached = nullptr;
    for (const ScoringBand& b : r.bands) // highest bound first
        if (reachesLowerBound(a.value, b.min) && (!reached || b.min > reached->min))
            reached = &b;
    if (reached)
    {
        const std::string value = shown(a.value, a.rate, reached->min);
        const std::string bound = shown(reached->min, a.rate, a.value);
        return {a.name.vi + " " + value + " ≥ " + bound + " (khung " + pts(reached->points) +
                    " điểm)",
                a.name.en + " " + value + " ≥ " + bound + " (band worth " +
                    pts(reached->points) + ")"};
    }
    const double lowest = r.bands.back().min;
    const std::string value = shown(a.value, a.rate, lowest);
    const std::string bound = shown(lowest, a.rate, a.value);
    return {a.name.vi + " " + value + " < " + bound + " (dưới mọi khung)",
            a.name.en + " " + value + " < " + bound + " (below every band)"};
}

LocalText summary(const ScoringRule& r, double, bool rate)
{
    std::string list;
    for (const ScoringBand& b : r.bands)
        list += (list.empty() ? "" : "; ") + ("≥ " + shown(b.min, rate) + " → " + pts(b.points));
    return {"theo khung: " + list, "bands: " + list};
}

} // namespace

const ScoringRuleKindInfo& bandsRuleKind()
{
    static const ScoringRuleKindInfo kind{
        ScoringRuleKind::Bands, "bands", {"bands"}, read, points, reason, summary,
    };
    return kind;
}

} // namespace parcalc::detail
