// Escaping text from submitted files for the HTML reports (batch and score).
#pragma once

#include <string>
#include <string_view>

namespace parcalc
{

inline std::string htmlEscape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        switch (c)
        {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    return out;
}

} // namespace parcalc
