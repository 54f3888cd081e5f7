// table_titles: plain substring search over the titles (no folding: titles are few
// and the words are written in the usual forms; both cases are tried).
#include "table_titles.hxx"

#include <array>
#include <cctype>
#include <string_view>

namespace parcalc
{
namespace
{

std::size_t findAny(const std::string& text, std::string_view a, std::string_view b,
                    std::size_t& length)
{
    std::size_t pos = text.find(a);
    length = a.size();
    if (pos == std::string::npos)
    {
        pos = text.find(b);
        length = b.size();
    }
    return pos;
}

std::string trimEnd(std::string s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == ','))
        s.pop_back();
    return s;
}

// The year after `from` (4 digits starting with 20), or "".
std::string yearAfter(const std::string& text, std::size_t from)
{
    for (std::size_t i = from; i + 4 <= text.size(); ++i)
    {
        if (text.compare(i, 2, "20") == 0 &&
            std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
            std::isdigit(static_cast<unsigned char>(text[i + 3])) &&
            (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4]))))
            return text.substr(i, 4);
    }
    return {};
}

} // namespace

std::string unitFromTitles(const std::vector<std::string>& titles)
{
    static constexpr std::array<std::string_view, 6> kKinds{"huyện ",     "xã ",     "thị xã ",
                                                            "thành phố ", "phường ", "thị trấn "};
    for (const std::string& title : titles)
    {
        std::size_t length = 0;
        std::size_t pos = findAny(title, "UBND ", "Ủy ban nhân dân ", length);
        while (pos != std::string::npos)
        {
            const std::size_t start = pos + length;
            for (std::string_view kind : kKinds)
            {
                if (title.compare(start, kind.size(), kind) != 0)
                    continue;
                const std::size_t end = title.find_first_of("),;\n", start);
                return trimEnd("UBND " + title.substr(start, end == std::string::npos
                                                                 ? std::string::npos
                                                                 : end - start));
            }
            pos = title.find("UBND ", start);
            length = 5;
        }
    }
    return {};
}

std::string periodFromTitles(const std::vector<std::string>& titles)
{
    // longest first: "quý II" must not be read as "quý I"
    static constexpr std::array<std::string_view, 10> kPeriods{
        "quý IV",  "quý III", "quý II", "quý I",   "Quý IV",
        "Quý III", "Quý II",  "Quý I",  "9 tháng", "6 tháng"};
    for (const std::string& title : titles)
    {
        for (std::string_view period : kPeriods)
        {
            const std::size_t pos = title.find(period);
            if (pos == std::string::npos)
                continue;
            const std::string year = yearAfter(title, pos);
            std::string out(period);
            if (out[0] == 'Q')
                out[0] = 'q';
            return year.empty() ? out : out + " năm " + year;
        }
        const std::size_t pos = title.find("năm 20");
        if (pos != std::string::npos)
            return "năm " + yearAfter(title, pos);
    }
    return {};
}

} // namespace parcalc
