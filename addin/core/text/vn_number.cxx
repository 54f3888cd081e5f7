// vn_number: the Vietnamese-style number reader. It works on the bytes of the
// string_view with fixed buffers; texts that are no number go to noDataMarkerOf
// (vn_markers.cxx), the only place that folds with ICU.
#include "core/text/vn_number.hxx"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace parcalc
{
namespace
{

// Byte length of a space code point starting at s[i] (ASCII blanks, NBSP,
// U+2000-U+200B, narrow NBSP, BOM), 0 if none: spreadsheets copied from Word
// carry NBSP and thin spaces as thousands separators and padding.
size_t spaceLenAt(std::string_view s, size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
        return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0)
        return 2;
    if (i + 2 < s.size())
    {
        const auto c1 = static_cast<unsigned char>(s[i + 1]);
        const auto c2 = static_cast<unsigned char>(s[i + 2]);
        if (c == 0xE2 && c1 == 0x80 && ((c2 >= 0x80 && c2 <= 0x8B) || c2 == 0xAF))
            return 3;
        if (c == 0xEF && c1 == 0xBB && c2 == 0xBF)
            return 3;
    }
    return 0;
}

size_t trailingSpaceLen(std::string_view s)
{
    const size_t n = s.size();
    if (n >= 1 && spaceLenAt(s, n - 1) == 1)
        return 1;
    if (n >= 2 && spaceLenAt(s, n - 2) == 2)
        return 2;
    if (n >= 3 && spaceLenAt(s, n - 3) == 3)
        return 3;
    return 0;
}

std::string_view trimSpaces(std::string_view s)
{
    size_t len = 0;
    while (!s.empty() && (len = spaceLenAt(s, 0)) > 0)
        s.remove_prefix(len);
    while (!s.empty() && (len = trailingSpaceLen(s)) > 0)
        s.remove_suffix(len);
    return s;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Digits and separators of a number body, split into digit groups.
struct Groups
{
    static constexpr size_t maxGroups = 24;
    std::array<std::string_view, maxGroups> digits; // only [0, count) are set
    std::array<char, maxGroups> sepBefore;          // '.', ',' or ' ' before group i (i >= 1)
    size_t count = 0;
    int dots = 0;
    int commas = 0;
    int spaces = 0;
};

// Splits "1.234,5" into {"1", "234", "5"} with their separators; false if the
// body holds anything else, two separators in a row, or ends with a separator.
bool splitGroups(std::string_view body, Groups& g)
{
    size_t i = 0;
    size_t start = 0;
    g.count = 0;
    while (true)
    {
        while (i < body.size() && isDigit(body[i]))
            ++i;
        g.digits[g.count++] = body.substr(start, i - start);
        if (i == body.size())
            break;
        // No room for another group. (This check used to come before storing the group, so
        // a 25th group wrote sepBefore[24], i.e. into `count`, and then past the struct on
        // the stack: "1,2,3,...,25" crashed. Found by fuzzing, issue 6.)
        if (g.count == g.maxGroups)
            return false;
        char sep = body[i];
        size_t len = 1;
        if (sep == '.')
            ++g.dots;
        else if (sep == ',')
            ++g.commas;
        else if ((len = spaceLenAt(body, i)) > 0)
        {
            sep = ' ';
            ++g.spaces;
        }
        else
            return false;
        i += len;
        if (i == body.size() || !isDigit(body[i]))
            return false; // "5.", "1..2", "1 ,5"
        g.sepBefore[g.count] = sep;
        start = i;
    }
    // Only the first group may be empty (".5"), and only before '.'/','.
    return !g.digits[0].empty() || (g.count > 1 && g.sepBefore[1] != ' ');
}

// Collects digits into a fixed buffer and converts them with from_chars, so the
// result is correctly rounded ("2,3%" -> "23e-3" -> exactly the double 0.023).
class DigitBuffer
{
public:
    bool append(std::string_view digits)
    {
        if (m_size + digits.size() > m_buf.size() - 8)
            return false;
        for (char c : digits)
            m_buf[m_size++] = c;
        return true;
    }
    // Value of the collected digits times 10^-(fractionDigits + (percent ? 2 : 0)).
    double value(size_t fractionDigits, bool percent) const
    {
        const size_t exponent = fractionDigits + (percent ? 2 : 0);
        // Fast path (Clinger): up to 15 digits and 10^22 are exact doubles, so one
        // division is correctly rounded, like from_chars.
        if (m_size <= 15 && exponent <= 22)
        {
            static constexpr double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                               1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
            std::uint64_t mantissa = 0;
            for (size_t i = 0; i < m_size; ++i)
                mantissa = mantissa * 10 + static_cast<std::uint64_t>(m_buf[i] - '0');
            return static_cast<double>(mantissa) / pow10[exponent];
        }
        return slowValue(exponent);
    }

private:
    double slowValue(size_t exponent10) const
    {
        std::array<char, 96> text{};
        size_t n = 0;
        for (size_t i = 0; i < m_size; ++i)
            text[n++] = m_buf[i];
        if (n == 0)
            text[n++] = '0';
        const long exponent = -static_cast<long>(exponent10);
        text[n++] = 'e';
        auto res = std::to_chars(text.data() + n, text.data() + text.size(), exponent);
        double result = 0.0;
        std::from_chars(text.data(), res.ptr, result);
        return result;
    }

    std::array<char, 72> m_buf; // only [0, m_size) is set
    size_t m_size = 0;
};

// The first group of a thousands-grouped number has 1-3 digits and does not
// start with 0 ("0.023" is a decimal, never 23).
bool isThousandsLead(std::string_view g)
{
    return !g.empty() && g.size() <= 3 && g[0] != '0';
}

// Reads `groups[0..intCount)` as integer groups and `groups[intCount]` (if any)
// as the decimal part.
bool readNumber(const Groups& g, size_t intCount, bool percent, bool negative, VnNumber& out)
{
    DigitBuffer digits;
    for (size_t i = 0; i < intCount; ++i)
        if (!digits.append(g.digits[i]))
            return false;
    size_t fraction = 0;
    if (intCount < g.count)
    {
        fraction = g.digits[intCount].size();
        if (!digits.append(g.digits[intCount]))
            return false;
    }
    const double sign = negative ? -1.0 : 1.0;
    out.kind = CellKind::Number;
    out.value = sign * digits.value(fraction, percent) + 0.0; // + 0.0: no "-0"
    out.typed = percent ? sign * digits.value(fraction, false) + 0.0 : out.value;
    out.percent = percent;
    out.decimals = static_cast<int>(fraction);
    const std::string_view lead = g.digits[0];
    out.leadingZero = lead.size() > 1 && lead[0] == '0';
    return true;
}

bool allThousandsGroups(const Groups& g, size_t from, size_t to)
{
    for (size_t i = from; i < to; ++i)
        if (g.digits[i].size() != 3)
            return false;
    return true;
}

bool parseNumberBody(std::string_view body, bool percent, bool negative, VnNumber& out)
{
    Groups g;
    if (body.empty() || !splitGroups(body, g))
        return false;
    const size_t n = g.count;
    if (n == 1)
        return readNumber(g, 1, percent, negative, out);

    if (g.spaces > 0)
    {
        // "12 345" or "12 345,6": spaces group thousands; at most one '.'/',' (the
        // decimal separator), after the last space.
        const int marks = g.dots + g.commas;
        if (marks > 1 || (marks == 1 && g.sepBefore[n - 1] == ' '))
            return false;
        const size_t intCount = marks == 1 ? n - 1 : n;
        if (!isThousandsLead(g.digits[0]) || !allThousandsGroups(g, 1, intCount))
            return false;
        return readNumber(g, intCount, percent, negative, out);
    }
    if (g.dots > 0 && g.commas > 0)
    {
        // "1.234,5" / "1,234.5": the last separator is the decimal one, once.
        const char decimal = g.sepBefore[n - 1];
        for (size_t i = 1; i + 1 < n; ++i)
            if (g.sepBefore[i] == decimal)
                return false;
        if (!isThousandsLead(g.digits[0]) || !allThousandsGroups(g, 1, n - 1))
            return false;
        return readNumber(g, n - 1, percent, negative, out);
    }
    if (n > 2)
    {
        // "1.234.567": one separator kind, repeated: thousands.
        if (!isThousandsLead(g.digits[0]) || !allThousandsGroups(g, 1, n))
            return false;
        return readNumber(g, n, percent, negative, out);
    }
    // One '.' or one ','.
    const bool groupable = isThousandsLead(g.digits[0]) && g.digits[1].size() == 3;
    const bool dot = g.sepBefore[1] == '.';
    if (!groupable)
        return readNumber(g, 1, percent, negative, out); // "2,30", "0.023", "2.3"
    // "1.234" reads as thousands, "1,234" as a decimal comma; both are ambiguous.
    VnNumber other;
    if (!readNumber(g, dot ? 1 : 2, percent, negative, other) ||
        !readNumber(g, dot ? 2 : 1, percent, negative, out))
        return false;
    out.ambiguous = true;
    out.alternative = other.value;
    return true;
}

bool tryParseNumber(std::string_view s, VnNumber& out)
{
    bool negative = false;
    if (s[0] == '+' || s[0] == '-')
    {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    else if (s.size() >= 3 && s.substr(0, 3) == "\xE2\x88\x92") // U+2212 minus sign
    {
        negative = true;
        s.remove_prefix(3);
    }
    bool percent = false;
    if (!s.empty() && s.back() == '%')
    {
        percent = true;
        s = trimSpaces(s.substr(0, s.size() - 1));
    }
    return parseNumberBody(s, percent, negative, out);
}

} // namespace

VnNumber parseVnNumber(std::string_view utf8)
{
    VnNumber result;
    const std::string_view s = trimSpaces(utf8);
    if (s.empty())
        return result; // CellKind::Empty
    if (tryParseNumber(s, result))
        return result;
    result = VnNumber{};
    result.marker = noDataMarkerOf(s);
    result.kind = result.marker == NoDataMarker::None ? CellKind::NotANumber : CellKind::NoData;
    return result;
}

} // namespace parcalc
