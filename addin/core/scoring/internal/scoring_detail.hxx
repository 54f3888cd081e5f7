// Helpers the scoring engine's parts share (rule application, PARPOINTS /
// PARMAX, the estimated score); not part of the core's interface.
#pragma once

#include "core/scoring/scoring_engine.hxx"
#include "core/scoring_kinds/scoring_numbers.hxx"

#include <optional>
#include <string>
#include <vector>

namespace parcalc::scoring_detail
{

Error invalid(std::string what);

using scoring_text::pts;
using scoring_text::shown;

// The references of an input in rule-set order (what several PARPOINTS values map to).
std::vector<const ScoringRef*> orderedRefs(const ScoringInput& in);

// The measured value of a criterion from the numbers of its references (in
// orderedRefs order). nullopt: not applicable (0/0).
Expected<std::optional<double>> combine(const ScoringNode& node, const std::vector<double>& v);

// A criterion that does not apply: excluded from the maximum, or full points.
PointsResult notApplicable(const ScoringNode& node);

} // namespace parcalc::scoring_detail
