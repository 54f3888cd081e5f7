// text_fold: folding (utf8proc via core/text/unicode) (NFD, mark removal, đ -> d, lowercase, space
// collapsing) and word-set similarity for label matching.
#include "core/text/text_fold.hxx"

#include "core/text/unicode.hxx"

#include <algorithm>
#include <iterator>

namespace parcalc
{
namespace
{

bool isTrailingPunct(char c)
{
    return c == '.' || c == ':' || c == ';' || c == ',';
}

void trimTrailing(std::string& s)
{
    // Strip spaces and trailing punctuation alternately: "Ghi chú :" -> "ghi chu".
    while (!s.empty() && (s.back() == ' ' || isTrailingPunct(s.back())))
        s.pop_back();
}

} // namespace

std::string foldText(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    bool pendingSpace = false;
    int32_t parts[32];
    for (size_t i = 0; i < utf8.size();)
    {
        int32_t cp = unicode::nextCodePoint(utf8, i);
        if (cp < 0)
            cp = 0xFFFD; // invalid UTF-8 -> replacement character
        const size_t n = unicode::decompose(cp, parts, std::size(parts));
        for (size_t k = 0; k < n; ++k)
        {
            int32_t c = parts[k];
            if (unicode::isWhiteSpace(c))
            {
                pendingSpace = !out.empty();
                continue;
            }
            if (unicode::isMark(c) || unicode::isFormat(c))
                continue;
            // Đ đ have no decomposition in Unicode; Ð ð (eth) stand in for them in
            // texts converted from old VNI/TCVN3 fonts.
            if (c == 0x0110 || c == 0x0111 || c == 0x00D0 || c == 0x00F0)
                c = 'd';
            else
                c = unicode::toLower(c);
            if (pendingSpace)
            {
                out.push_back(' ');
                pendingSpace = false;
            }
            if (c < 0x80)
                out.push_back(static_cast<char>(c));
            else
                unicode::appendUtf8(out, c);
        }
    }
    trimTrailing(out);
    return out;
}

std::vector<std::string> foldedWords(std::string_view utf8)
{
    const std::string folded = foldText(utf8);
    std::vector<std::string> words;
    std::string current;
    for (size_t i = 0; i < folded.size();)
    {
        const size_t start = i;
        const int32_t c = unicode::nextCodePoint(folded, i);
        if (c >= 0 && unicode::isAlnum(c))
        {
            current.append(folded, start, i - start);
        }
        else if (!current.empty())
        {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        words.push_back(std::move(current));
    return words;
}

} // namespace parcalc
