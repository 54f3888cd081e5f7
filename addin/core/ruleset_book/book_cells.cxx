// book_cells: cell text and numbers for the rule-set workbook.
#include "core/ruleset_book/book_cells.hxx"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace parcalc::book
{

std::string numberText(double value)
{
    char buffer[32];
    // At least the integer digits, so 100 reads "100", not "1e+02".
    const double magnitude = std::fabs(value);
    const int digits = magnitude >= 1 && magnitude < 1e15 ? int(std::log10(magnitude)) + 1 : 1;
    for (int precision = digits; precision <= 17; ++precision)
    {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value)
            break;
    }
    return buffer;
}

std::string trim(std::string_view text)
{
    const char* spaces = " \t\r\n\v\f";
    const auto first = text.find_first_not_of(spaces);
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(spaces);
    std::string out(text.substr(first, last - first + 1));
    // NBSP (U+00A0) at either end, as Calc users paste it.
    const std::string nbsp = "\xC2\xA0";
    while (out.size() >= 2 && out.compare(0, 2, nbsp) == 0)
        out.erase(0, 2);
    while (out.size() >= 2 && out.compare(out.size() - 2, 2, nbsp) == 0)
        out.erase(out.size() - 2);
    return out;
}

std::string cellText(const Cell& cell)
{
    switch (cell.type)
    {
    case CellType::Text:
        return trim(cell.text);
    case CellType::Number:
        return std::isfinite(cell.number) ? numberText(cell.number) : std::string{};
    default:
        return {};
    }
}

std::string idText(const Cell& cell)
{
    const std::string text = cellText(cell);
    std::string out;
    for (unsigned char c : text)
    {
        if (c >= 0x20)
        {
            out += char(c);
            continue;
        }
        char escape[8];
        std::snprintf(escape, sizeof escape, "_x%x_", unsigned(c));
        out += escape; // "ty_le" + "\n" + "chung" was "ty_le" + "_xa_" + "chung"
    }
    return out;
}

std::optional<double> parseNumber(std::string_view text)
{
    std::string s = trim(text);
    if (s.empty() || s.size() > 64)
        return std::nullopt;
    for (char& c : s)
        if (c == ',')
            c = '.';
    // strtod reads hex, "inf" and "nan": a workbook number is plain decimal only.
    for (char c : s)
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+' ||
              c == 'e' || c == 'E'))
            return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> cellNumber(const Cell& cell)
{
    if (cell.type == CellType::Number)
        return std::isfinite(cell.number) ? std::optional<double>(cell.number) : std::nullopt;
    if (cell.type == CellType::Text)
        return parseNumber(cell.text);
    return std::nullopt;
}

std::string excerpt(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return std::string(text);
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // a continuation byte: back to the start of its character
    return std::string(text.substr(0, cut)) + "…";
}

std::vector<std::string> splitList(std::string_view text, char separator)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size())
    {
        auto end = text.find(separator, start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string piece = trim(text.substr(start, end - start));
        if (!piece.empty())
            out.push_back(std::move(piece));
        start = end + 1;
    }
    return out;
}

std::vector<std::string> splitWords(std::string_view text)
{
    std::string semicolons(text);
    std::replace(semicolons.begin(), semicolons.end(), ',', ';');
    return splitList(semicolons);
}

} // namespace parcalc::book
