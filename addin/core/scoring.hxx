// scoring: everything behind the Calc scoring functions, in one include for the
// UNO layer, plus PARNUMBER.
#pragma once

#include "cell_input.hxx"
#include "expected.hxx"
#include "grade.hxx"
#include "ontime.hxx"
#include "point_rules.hxx"
#include "score_index.hxx"

#include <string_view>

namespace parcalc
{

// PARNUMBER(text): the number in a Vietnamese-formatted text (parseVnNumber);
// "136.284" -> 136284, "2,30" -> 2.3, "25%" -> 0.25. An ambiguous text takes its
// primary reading ("1.234" -> 1234). Numbers pass through in the UNO layer.
// Errors: blank text or a no-data marker ("-", "Không phát sinh", "Chưa thực
// hiện": there is no number, by the user's own statement) -> NotAvailable;
// any other text -> NotANumber.
Expected<double> parNumber(std::string_view utf8);

} // namespace parcalc
