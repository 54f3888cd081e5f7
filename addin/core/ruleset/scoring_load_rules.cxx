// The rule of a scoring leaf, read through its kind (core/scoring_kinds), and its points
// checked against the criterion's max.
#include "core/ruleset/internal/scoring_reader.hxx"

#include "core/scoring_kinds/scoring_kinds.hxx"
#include "core/text/number_format.hxx"

namespace parcalc::detail
{

bool ScoringReader::readRule(const Json& rule, const std::string& path, ScoringNode& node)
{
    RuleReading in(m_reader);
    return readScoringRule(in, rule, path, node.rule);
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
