// How scoring texts write numbers: points ("1,954") and measured values (rates as
// percentages, with as many decimals as it takes to tell them from the bound they are
// compared with). Shared by the rule kinds and the estimated score.
#pragma once

#include <optional>
#include <string>

namespace parcalc::scoring_text
{

// Points as reasons show them ("1,954").
std::string pts(double v);

// A value as the reason shows it: rates as percentages with one decimal ("89,4 %"),
// more when one decimal would make it look equal to the bound it is compared with.
std::string shown(double v, bool rate, std::optional<double> against = std::nullopt);

} // namespace parcalc::scoring_text
