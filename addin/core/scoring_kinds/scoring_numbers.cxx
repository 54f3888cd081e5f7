#include "core/scoring_kinds/scoring_numbers.hxx"

#include "core/text/number_format.hxx"

namespace parcalc::scoring_text
{

std::string pts(double v)
{
    return formatVnShort(v, 3);
}

std::string shown(double v, bool rate, std::optional<double> against)
{
    if (!rate)
        return formatVnShort(v, 3);
    for (int decimals = 1; decimals <= 4; ++decimals)
    {
        const std::string text = formatVnPercent(v * 100.0, decimals);
        if (!against || v == *against || text != formatVnPercent(*against * 100.0, decimals))
            return text;
    }
    return formatVnPercent(v * 100.0, 6);
}

} // namespace parcalc::scoring_text
