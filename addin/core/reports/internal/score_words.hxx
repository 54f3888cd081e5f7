// Words and numbers the `parcalc score` report writers share (text and HTML;
// gradeOf also JSON). Not part of the core's interface.
#pragma once

#include "core/reports/score_report.hxx"

#include <optional>
#include <string>

namespace parcalc::score_words
{

bool isVi(ReportLanguage lang);
const std::string& pick(const LocalText& t, ReportLanguage lang);
std::string pts(double v);      // "1,954"
std::string minusPts(double v); // "−1,954"
std::string statusLabel(CriterionStatus s, ReportLanguage lang);
std::string fileStatusLabel(const ScoreFileReport& f, ReportLanguage lang);
std::string indexText(const ScoreEstimate& e, ReportLanguage lang);
// The field (top-level node) a criterion belongs to.
std::size_t fieldOf(const ScoringRules& tree, std::size_t node);
std::optional<std::string> gradeOf(const ScoringRuleSet& rules, double index, ReportLanguage lang);

} // namespace parcalc::score_words
