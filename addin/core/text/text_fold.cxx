// text_fold: ICU-based folding (NFD, mark removal, đ -> d, lowercase, space
// collapsing) and word-set similarity for label matching.
#include "core/text/text_fold.hxx"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace parcalc
{
namespace
{

bool isMark(UChar32 c)
{
    const int8_t type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
           type == U_ENCLOSING_MARK;
}

// Zero-width and other format characters (ZWSP, BOM, soft hyphen) are invisible
// in a cell; drop them so they do not split or break words.
bool isInvisible(UChar32 c)
{
    return u_charType(c) == U_FORMAT_CHAR;
}

void appendUtf8(std::string& out, UChar32 c)
{
    char buf[U8_MAX_LENGTH];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, U8_MAX_LENGTH, c, error);
    if (!error)
        out.append(buf, static_cast<size_t>(len));
}

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
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    icu::UnicodeString decomposed;
    if (U_SUCCESS(status))
        decomposed = nfd->normalize(source, status);
    if (U_FAILURE(status))
        decomposed = source; // folding without NFD still lowercases and trims

    std::string out;
    out.reserve(utf8.size());
    bool pendingSpace = false;
    for (int32_t i = 0; i < decomposed.length();)
    {
        UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_isUWhiteSpace(c))
        {
            pendingSpace = !out.empty();
            continue;
        }
        if (isMark(c) || isInvisible(c))
            continue;
        // Đ đ have no decomposition in Unicode; Ð ð (eth) stand in for them in
        // texts converted from old VNI/TCVN3 fonts.
        if (c == 0x0110 || c == 0x0111 || c == 0x00D0 || c == 0x00F0)
            c = 'd';
        else
            c = u_tolower(c);
        if (pendingSpace)
        {
            out.push_back(' ');
            pendingSpace = false;
        }
        if (c < 0x80)
            out.push_back(static_cast<char>(c));
        else
            appendUtf8(out, c);
    }
    trimTrailing(out);
    return out;
}

std::vector<std::string> foldedWords(std::string_view utf8)
{
    const std::string folded = foldText(utf8);
    std::vector<std::string> words;
    std::string current;
    const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
    const auto length = static_cast<int32_t>(folded.size());
    for (int32_t i = 0; i < length;)
    {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0 && u_isalnum(c))
        {
            current.append(folded, static_cast<size_t>(start), static_cast<size_t>(i - start));
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
