// number_format: decimals, rounding and Vietnamese display of numbers.
#include "core/text/number_format.hxx"

#include <cmath>
#include <cstdio>

namespace parcalc
{

int shownDecimals(double value, int maxDecimals)
{
    if (!std::isfinite(value))
        return 0;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", maxDecimals, std::fabs(value));
    std::string text(buffer);
    const std::size_t dot = text.find('.');
    if (dot == std::string::npos)
        return 0;
    std::size_t end = text.size();
    while (end > dot + 1 && text[end - 1] == '0')
        --end;
    return static_cast<int>(end - dot - 1);
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double truncateTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    // a tiny nudge so 92.30 * 100 = 9229.999999 still truncates to 9230
    const double scaled = value * scale;
    return std::trunc(scaled + (scaled >= 0 ? 1e-9 : -1e-9)) / scale;
}

std::string formatVn(double value, int decimals)
{
    if (!std::isfinite(value))
        return "?";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
    std::string text(buffer);
    const std::size_t dot = text.find('.');
    std::string integer = text.substr(0, dot);
    std::string out;
    for (std::size_t i = 0; i < integer.size(); ++i)
    {
        if (i > 0 && (integer.size() - i) % 3 == 0)
            out.push_back('.');
        out.push_back(integer[i]);
    }
    if (dot != std::string::npos)
        out += "," + text.substr(dot + 1);
    const bool negative = value < 0 && out.find_first_not_of("0.,") != std::string::npos;
    return negative ? "-" + out : out;
}

std::string formatVnShort(double value, int maxDecimals)
{
    return formatVn(value, shownDecimals(value, maxDecimals));
}

std::string formatVnPercent(double percentPoints, int maxDecimals)
{
    return formatVnShort(percentPoints, maxDecimals) + " %";
}

std::string plainNumberText(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", shownDecimals(value), value);
    return buffer;
}

std::string formatSerialDate(double serial)
{
    if (!std::isfinite(serial) || std::fabs(serial) > 3e6)
        return formatVnShort(serial, 6); // not a date any calendar shows
    // days since 1970-01-01, then H. Hinnant's civil_from_days
    const long z = static_cast<long>(std::floor(serial)) - 25569 + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long day = doy - (153 * mp + 2) / 5 + 1;
    const long month = mp < 10 ? mp + 3 : mp - 9;
    const long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[64]; // |serial| <= 3e6: a year of 5 digits at most
    std::snprintf(buffer, sizeof buffer, "%02ld/%02ld/%ld", day, month, year);
    return buffer;
}

} // namespace parcalc
