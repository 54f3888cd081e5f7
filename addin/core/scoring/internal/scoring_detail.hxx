// Helpers the scoring engine's parts share (rule application, PARPOINTS /
// PARMAX, the estimated score); not part of the core's interface.
#pragma once

#include "core/scoring/scoring_engine.hxx"

#include <optional>
#include <string>
#include <vector>

namespace parcalc::scoring_detail
{

Error invalid(std::string what);

// Points as reasons show them ("1,954").
std::string pts(double v);

// A value as the reason shows it: rates as percentages with one decimal ("89,4 %"),
// more when one decimal would make it look equal to the bound it is compared with.
std::string shown(double v, bool rate, std::optional<double> against = std::nullopt);

// The references of an input in rule-set order (what several PARPOINTS values map to).
std::vector<const ScoringRef*> orderedRefs(const ScoringInput& in);

// The measured value of a criterion from the numbers of its references (in
// orderedRefs order). nullopt: not applicable (0/0).
Expected<std::optional<double>> combine(const ScoringNode& node, const std::vector<double>& v);

// A criterion that does not apply: excluded from the maximum, or full points.
PointsResult notApplicable(const ScoringNode& node);

} // namespace parcalc::scoring_detail
