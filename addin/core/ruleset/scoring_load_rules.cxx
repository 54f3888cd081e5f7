// The rule of a scoring leaf: one shape per kind (bands, proportional, linear,
// threshold, rate-target, deduction, manual), and its points checked against the max.
#include "core/ruleset/internal/scoring_reader.hxx"

#include "core/text/number_format.hxx"

#include <algorithm>

namespace parcalc::detail
{

namespace
{

constexpr std::string_view kRuleKindList =
    "bands, proportional, linear, threshold, deduction, rate-target, manual";

} // namespace

bool ScoringReader::readRule(const Json& rule, const std::string& path, ScoringNode& node)
{
    if (!m_reader.isObject(rule, path))
        return false;
    auto kindName = m_reader.string(rule, path, "kind", true);
    if (!kindName)
        return false;
    auto kind = scoringRuleKindFromName(*kindName);
    if (!kind)
    {
        m_reader.error(childPath(path, "kind"),
                       "loại quy tắc chấm điểm không hợp lệ \"" + *kindName + "\" (" +
                           std::string(kRuleKindList) + ")",
                       "unknown scoring rule kind \"" + *kindName + "\" (" +
                           std::string(kRuleKindList) + ")");
        return false;
    }
    ScoringRule& r = node.rule;
    r.kind = *kind;
    const std::size_t errorsBefore = m_reader.errors().size();
    switch (*kind)
    {
    case ScoringRuleKind::Bands:
    {
        m_reader.onlyKeys(rule, path, {"kind", "bands", "comment"});
        auto bands = rule.find("bands");
        const std::string here = childPath(path, "bands");
        if (bands == rule.end())
        {
            m_reader.error(here, "thiếu trường bắt buộc \"bands\"",
                           "missing required field \"bands\"");
            break;
        }
        if (!m_reader.isArray(*bands, here))
            break;
        if (bands->empty())
            m_reader.error(here, "cần ít nhất một khung điểm", "needs at least one band");
        for (std::size_t i = 0; i < bands->size(); ++i)
        {
            const Json& band = (*bands)[i];
            const std::string at = indexPath(here, i);
            if (!m_reader.isObject(band, at))
                continue;
            m_reader.onlyKeys(band, at, {"min", "points"});
            auto min = m_reader.number(band, at, "min", true);
            auto points = amount(band, at, "points", true);
            if (!min || !points)
                continue;
            const bool duplicate = std::any_of(r.bands.begin(), r.bands.end(),
                                               [&](const ScoringBand& b) { return b.min == *min; });
            if (duplicate)
                m_reader.error(childPath(at, "min"), "mức dưới này đã có ở khung khác",
                               "this lower bound is given twice");
            r.bands.push_back({*min, *points});
        }
        std::stable_sort(r.bands.begin(), r.bands.end(),
                         [](const ScoringBand& a, const ScoringBand& b) { return a.min > b.min; });
        break;
    }
    case ScoringRuleKind::Proportional:
        m_reader.onlyKeys(rule, path, {"kind", "target", "cap", "comment"});
        r.target = amount(rule, path, "target", true, true).value_or(1.0);
        r.cap = amount(rule, path, "cap", false);
        break;
    case ScoringRuleKind::Linear:
        m_reader.onlyKeys(rule, path, {"kind", "slope", "cap", "comment"});
        r.slope = amount(rule, path, "slope", true).value_or(0.0);
        r.cap = amount(rule, path, "cap", false);
        break;
    case ScoringRuleKind::Threshold:
    case ScoringRuleKind::RateTarget:
    {
        if (*kind == ScoringRuleKind::Threshold)
            m_reader.onlyKeys(rule, path, {"kind", "at_least", "at_most", "comment"});
        else
            m_reader.onlyKeys(rule, path, {"kind", "at_least", "at_most", "per_point", "comment"});
        const bool least = rule.contains("at_least"), most = rule.contains("at_most");
        if (least == most)
        {
            m_reader.error(path, "cần đúng một trong \"at_least\", \"at_most\"",
                           "needs exactly one of \"at_least\", \"at_most\"");
            break;
        }
        r.atMost = most;
        const double bound = amount(rule, path, most ? "at_most" : "at_least", true).value_or(0.0);
        r.bound = bound;
        r.target = bound;
        if (*kind == ScoringRuleKind::RateTarget)
        {
            r.perPoint = amount(rule, path, "per_point", false, true);
            if (bound > 1.0)
                m_reader.error(childPath(path, most ? "at_most" : "at_least"),
                               "mức tỷ lệ viết dạng phân số: 95 % là 0.95",
                               "a rate level is a fraction: 95 % is 0.95");
        }
        break;
    }
    case ScoringRuleKind::Deduction:
        m_reader.onlyKeys(rule, path, {"kind", "per_case", "floor", "comment"});
        r.perCase = amount(rule, path, "per_case", true, true).value_or(0.0);
        r.floor = amount(rule, path, "floor", false);
        break;
    case ScoringRuleKind::Manual:
        m_reader.onlyKeys(rule, path, {"kind", "comment"});
        break;
    }
    m_reader.string(rule, path, "comment", false);
    return m_reader.errors().size() == errorsBefore;
}

void ScoringReader::checkPointsWithinMax(const ScoringNode& node, const std::string& path)
{
    auto tooHigh = [&](double points, const std::string& where)
    {
        if (points > node.max && !samePoints(points, node.max))
            m_reader.error(where,
                           "số điểm " + formatVnShort(points, 3) + " vượt điểm tối đa " +
                               formatVnShort(node.max, 3) + " của tiêu chí",
                           "points " + formatVnShort(points, 3) + " exceed the criterion's max " +
                               formatVnShort(node.max, 3));
    };
    const ScoringRule& r = node.rule;
    for (std::size_t i = 0; i < r.bands.size(); ++i)
        tooHigh(r.bands[i].points, childPath(path, "bands"));
    if (r.cap)
        tooHigh(*r.cap, childPath(path, "cap"));
    if (r.floor)
        tooHigh(*r.floor, childPath(path, "floor"));
}

} // namespace parcalc::detail
