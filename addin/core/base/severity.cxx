// Severity names as rule-set files and reports write them.
#include "core/base/severity.hxx"

namespace parcalc
{

std::string_view severityName(Severity severity)
{
    switch (severity)
    {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return {};
}

std::optional<Severity> severityFromName(std::string_view name)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        if (severityName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace parcalc
