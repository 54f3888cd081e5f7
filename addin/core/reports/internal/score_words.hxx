// Words and numbers the `parcalc score` report writers share (text and HTML;
// gradeOf also JSON). Not part of the core's interface.
#pragma once

#include "core/reports/score_report.hxx"
#include "core/scoring_kinds/scoring_numbers.hxx"

#include <optional>
#include <string>

namespace parcalc::score_words
{

using scoring_text::pts;        // "1,954"
std::string minusPts(double v); // "−1,954"
std::string statusLabel(CriterionStatus s, Language lang);
std::string fileStatusLabel(const ScoreFileReport& f, Language lang);
std::string indexText(const ScoreEstimate& e, Language lang);
// The field (top-level node) a criterion belongs to.
std::size_t fieldOf(const ScoringRules& tree, std::size_t node);
std::optional<std::string> gradeOf(const ScoringRuleSet& rules, double index, Language lang);

} // namespace parcalc::score_words
