// One finding as JSON, the same object in every report that lists findings
// (`parcalc validate` and `parcalc score`): a public contract, keys never renamed.
#pragma once

#include "core/findings/finding.hxx"

#include <nlohmann/json.hpp>

namespace parcalc
{

// The version of the JSON report contract (schemas/validate-report.schema.json,
// schemas/score-report.schema.json), written as "schema_version" at the top of both
// reports. Raised when a key is removed or renamed or a value changes its type; new keys
// do not raise it.
inline constexpr int kReportSchemaVersion = 1;

// A text that may be absent: null when empty, never "" (the report contract).
nlohmann::ordered_json textOrNull(const std::string& text);

// {"code", "severity", "row", "sheet", "cell", "expected", "actual", "message", "message_en"};
// row, sheet, cell, expected and actual are null when the finding has none.
nlohmann::ordered_json findingJson(const Finding& finding);

} // namespace parcalc
