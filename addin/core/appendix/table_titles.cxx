// table_titles: the unit by substring search in the usual spellings; the period on
// folded text, since headings are often in capitals ("QUÝ II NĂM 2023").
#include "core/appendix/table_titles.hxx"

#include "core/text/text_fold.hxx"

#include <algorithm>
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

// Where a unit name that starts at `start` ends: at punctuation, or before the
// words that follow it in report titles ("... huyện X về kết quả ... quý II").
std::size_t unitLength(const std::string& title, std::size_t start)
{
    std::size_t end = title.find_first_of("),;\n", start);
    for (std::string_view next :
         {" về ", " quý", " Quý", " năm ", " ngày", " tháng", " báo cáo", " - ", " – "})
        end = std::min(end, title.find(next, start));
    return end == std::string::npos ? std::string::npos : end - start;
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
                return trimEnd("UBND " + title.substr(start, unitLength(title, start)));
            }
            pos = title.find("UBND ", start);
            length = 5;
        }
    }
    return {};
}

std::string periodFromTitles(const std::vector<std::string>& titles)
{
    // Matched on folded text ("QUÝ II NĂM 2023" -> "quy ii nam 2023"), longest
    // first so "quy ii" is not read as "quy i"; the result is the usual spelling.
    struct Period
    {
        std::string_view folded;
        std::string_view shown;
    };
    static constexpr std::array<Period, 6> kPeriods{{{"quy iv", "quý IV"},
                                                     {"quy iii", "quý III"},
                                                     {"quy ii", "quý II"},
                                                     {"quy i", "quý I"},
                                                     {"9 thang", "9 tháng"},
                                                     {"6 thang", "6 tháng"}}};
    for (const std::string& title : titles)
    {
        const std::string folded = foldText(title);
        for (const Period& period : kPeriods)
        {
            const std::size_t pos = folded.find(period.folded);
            const std::size_t end = pos + period.folded.size();
            if (pos == std::string::npos ||
                (end < folded.size() && std::isalpha(static_cast<unsigned char>(folded[end]))))
                continue;
            const std::string year = yearAfter(folded, pos);
            return year.empty() ? std::string(period.shown)
                                : std::string(period.shown) + " năm " + year;
        }
        const std::size_t pos = folded.find("nam 20");
        if (pos != std::string::npos)
            return "năm " + yearAfter(folded, pos);
    }
    return {};
}

} // namespace parcalc
