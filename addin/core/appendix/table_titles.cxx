// table_titles: the unit word by word on folded words ("UBND", "ỦY BAN NHÂN DÂN", a kind:
// huyện ... tỉnh), since headings are often in capitals ("UBND HUYỆN ĐĂK SONG"); the
// period on folded text ("QUÝ II NĂM 2023").
#include "core/appendix/table_titles.hxx"

#include "core/text/text_fold.hxx"
#include "core/text/unicode.hxx"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <iterator>
#include <string_view>

namespace parcalc
{
namespace
{

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

// A word of a title: its text without the brackets and punctuation around it, whether it
// starts a new line of the cell, and whether punctuation after it ends a name ("Sơn),").
struct TitleWord
{
    std::string text;
    bool lineStart = false;
    bool endsName = false;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::vector<TitleWord> titleWords(const std::string& title)
{
    std::vector<TitleWord> words;
    bool lineStart = true;
    std::size_t i = 0;
    while (i < title.size())
    {
        const char c = title[i];
        if (isSpace(c))
        {
            lineStart = lineStart || c == '\n';
            ++i;
            continue;
        }
        if (title.compare(i, 2, "\xC2\xA0") == 0) // no-break space
        {
            i += 2;
            continue;
        }
        std::size_t end = i;
        while (end < title.size() && !isSpace(title[end]) && title.compare(end, 2, "\xC2\xA0") != 0)
            ++end;
        TitleWord word{title.substr(i, end - i), lineStart, false};
        lineStart = false;
        i = end;
        while (!word.text.empty() &&
               std::string_view("(\"'").find(word.text.front()) != std::string_view::npos)
            word.text.erase(0, 1);
        while (!word.text.empty() &&
               std::string_view(").,;:\"'").find(word.text.back()) != std::string_view::npos)
        {
            word.text.pop_back();
            word.endsName = true;
        }
        if (!word.text.empty())
            words.push_back(std::move(word));
    }
    return words;
}

// Lowercase with the accents kept: "NĂM" -> "năm" (folding would make it "nam", a word of
// place names: Hà Nam, Quảng Nam).
std::string lowerText(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();)
        unicode::appendUtf8(out, unicode::toLower(unicode::nextCodePoint(text, i)));
    return out;
}

// A word of a name as it is usually written: "SƠN" -> "Sơn" for titles in capitals.
std::string nameWord(const std::string& word)
{
    for (std::size_t i = 0; i < word.size();)
        if (unicode::isLower(unicode::nextCodePoint(word, i)))
            return word;
    std::string out;
    std::size_t i = 0;
    unicode::appendUtf8(out, unicode::nextCodePoint(word, i));
    return out + lowerText(word.substr(i));
}

// How many words of `words` from `at` spell `folded` (folded words), or 0.
std::size_t spells(const std::vector<TitleWord>& words, std::size_t at,
                   std::initializer_list<std::string_view> folded)
{
    if (at + folded.size() > words.size())
        return 0;
    std::size_t k = at;
    for (std::string_view part : folded)
        if (foldText(words[k++].text) != part)
            return 0;
    return folded.size();
}

// The unit named from `at` (after "UBND" or "Ủy ban nhân dân"): its kind, then the name up
// to punctuation, a new line or the words that follow it in titles ("... huyện X về kết
// quả ... quý II"), or the kind alone when no name follows; "" when no kind follows.
struct TitleUnit
{
    std::string unit; // "" when no kind follows
    bool named = false;
};

TitleUnit unitAt(const std::vector<TitleWord>& words, std::size_t at)
{
    struct Kind
    {
        std::initializer_list<std::string_view> folded;
        std::string_view shown;
    };
    static const Kind kKinds[] = {{{"thi", "xa"}, "thị xã"},
                                  {{"thi", "tran"}, "thị trấn"},
                                  {{"thanh", "pho"}, "thành phố"},
                                  {{"huyen"}, "huyện"},
                                  {{"xa"}, "xã"},
                                  {{"phuong"}, "phường"},
                                  {{"quan"}, "quận"},
                                  {{"tinh"}, "tỉnh"}};
    static const std::string_view kAfterName[] = {"về",  "quý", "năm", "ngày", "tháng",
                                                  "báo", "số",  "-",   "–"};
    for (const Kind& kind : kKinds)
    {
        const std::size_t length = spells(words, at, kind.folded);
        if (length == 0 || words[at + length - 1].endsName)
            continue;
        std::string name;
        for (std::size_t k = at + length; k < words.size(); ++k)
        {
            const std::string lower = lowerText(words[k].text);
            if ((!name.empty() && words[k].lineStart) ||
                std::find(std::begin(kAfterName), std::end(kAfterName), lower) !=
                    std::end(kAfterName))
                break;
            name += (name.empty() ? "" : " ") + nameWord(words[k].text);
            if (words[k].endsName)
                break;
        }
        // A blank template says only "UBND huyện": kept, as the unit's kind at least.
        return {"UBND " + std::string(kind.shown) + (name.empty() ? "" : " " + name),
                !name.empty()};
    }
    return {};
}

} // namespace

std::string unitFromTitles(const std::vector<std::string>& titles)
{
    // The first unit with a name; else the first kind alone ("UBND huyện" of a blank
    // template, "của UBND tỉnh về ..." citing a document).
    std::string kindOnly;
    for (const std::string& title : titles)
    {
        const std::vector<TitleWord> words = titleWords(title);
        for (std::size_t i = 0; i < words.size(); ++i)
        {
            const std::size_t prefix = std::max(spells(words, i, {"ubnd"}),
                                                spells(words, i, {"uy", "ban", "nhan", "dan"}));
            if (prefix == 0 || words[i + prefix - 1].endsName)
                continue;
            TitleUnit found = unitAt(words, i + prefix);
            if (found.named)
                return found.unit;
            if (kindOnly.empty())
                kindOnly = found.unit;
        }
    }
    return kindOnly;
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
