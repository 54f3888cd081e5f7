// manual_inputs: NAME=VALUE read, names checked against the rule set's manual inputs.
#include "core/scoring/manual_inputs.hxx"

#include <algorithm>
#include <cstdlib>

namespace parcalc
{

bool parseManualInput(std::string_view arg, ManualValues& values)
{
    const auto eq = arg.find('=');
    if (eq == std::string_view::npos || eq == 0)
        return false;
    std::string number(arg.substr(eq + 1));
    double scale = 1.0;
    if (!number.empty() && number.back() == '%')
    {
        number.pop_back();
        scale = 0.01;
    }
    std::replace(number.begin(), number.end(), ',', '.');
    char* end = nullptr;
    const double v = std::strtod(number.c_str(), &end);
    if (number.empty() || *end != '\0')
        return false;
    values[std::string(arg.substr(0, eq))] = v * scale;
    return true;
}

std::optional<std::string> unknownManualInput(const ManualValues& values,
                                              const ScoringRuleSet& rules)
{
    const auto& known = rules.scoring.manualInputs;
    for (const auto& entry : values)
        if (std::none_of(known.begin(), known.end(),
                         [&](const ManualInput& m) { return m.id == entry.first; }))
            return entry.first;
    return std::nullopt;
}

} // namespace parcalc
