// The table entry of each scoring rule family (internal to core/scoring_kinds): defined
// in the family files, listed by scoring_kinds.cxx; and what several families share.
#pragma once

#include "core/scoring_kinds/scoring_numbers.hxx"
#include "core/scoring_kinds/scoring_kinds.hxx"

#include <cmath>

namespace parcalc::detail
{

using scoring_text::pts;
using scoring_text::shown;

const ScoringRuleKindInfo& bandsRuleKind();        // bands_rule.cxx
const ScoringRuleKindInfo& proportionalRuleKind(); // proportional_rules.cxx
const ScoringRuleKindInfo& linearRuleKind();       // proportional_rules.cxx
const ScoringRuleKindInfo& thresholdRuleKind();    // threshold_rules.cxx
const ScoringRuleKindInfo& deductionRuleKind();    // deduction_rule.cxx
const ScoringRuleKindInfo& rateTargetRuleKind();   // threshold_rules.cxx
const ScoringRuleKindInfo& manualRuleKind();       // manual_rule.cxx

// value <= bound, forgiving the binary noise of a computed value.
inline bool atOrBelow(double value, double bound)
{
    return value <= bound + 1e-9 * std::fmax(1.0, std::fabs(bound));
}

} // namespace parcalc::detail
