// Severity: how much a finding (and the check that makes it) matters.
#pragma once

#include <optional>
#include <string_view>

namespace parcalc
{

enum class Severity
{
    Error,
    Warning,
    Info,
};

std::string_view severityName(Severity severity); // "error" | "warning" | "info"
std::optional<Severity> severityFromName(std::string_view name);

} // namespace parcalc
