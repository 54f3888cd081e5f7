// One finding as JSON, the same object in every report that lists findings
// (`parcalc validate` and `parcalc score`): a public contract, keys never renamed.
#pragma once

#include "core/findings/finding.hxx"

#include <nlohmann/json.hpp>

namespace parcalc
{

// {"code", "severity", "row", "sheet", "cell", "expected", "actual", "message", "message_en"}
nlohmann::ordered_json findingJson(const Finding& finding);

} // namespace parcalc
