// par_number: PARNUMBER, a number read from a Vietnamese-formatted text.
#pragma once

#include "core/base/expected.hxx"

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
