// unicode: thin wrappers over utf8proc (statically linked; see unicode.hxx).
#include "core/text/unicode.hxx"

#include <utf8proc.h>

namespace parcalc::unicode
{
namespace
{

bool isTrail(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}

utf8proc_category_t category(int32_t c)
{
    return utf8proc_category(c);
}

} // namespace

int32_t nextCodePoint(std::string_view text, size_t& i)
{
    const auto b0 = static_cast<unsigned char>(text[i++]);
    if (b0 < 0x80)
        return b0;
    int needed = 0;
    int32_t c = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF)
    {
        needed = 1;
        c = b0 & 0x1F;
    }
    else if (b0 >= 0xE0 && b0 <= 0xEF)
    {
        needed = 2;
        c = b0 & 0x0F;
        if (b0 == 0xE0)
            lo = 0xA0;
        else if (b0 == 0xED)
            hi = 0x9F; // no surrogates
    }
    else if (b0 >= 0xF0 && b0 <= 0xF4)
    {
        needed = 3;
        c = b0 & 0x07;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F;
    }
    else
        return -1;
    for (int k = 0; k < needed; ++k)
    {
        if (i >= text.size())
            return -1;
        const auto b = static_cast<unsigned char>(text[i]);
        if (!isTrail(b) || (k == 0 && (b < lo || b > hi)))
            return -1;
        c = (c << 6) | (b & 0x3F);
        ++i;
    }
    return c;
}

void appendUtf8(std::string& out, int32_t c)
{
    if (!utf8proc_codepoint_valid(c))
        return;
    utf8proc_uint8_t buf[4];
    const utf8proc_ssize_t n = utf8proc_encode_char(c, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

size_t decompose(int32_t c, int32_t* out, size_t outSize)
{
    if (outSize == 0)
        return 0;
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    const utf8proc_ssize_t n = utf8proc_decompose_char(
        c, out, static_cast<utf8proc_ssize_t>(outSize), UTF8PROC_DECOMPOSE, &boundclass);
    if (n <= 0 || static_cast<size_t>(n) > outSize)
    {
        out[0] = c;
        return 1;
    }
    return static_cast<size_t>(n);
}

bool isMark(int32_t c)
{
    const auto cat = category(c);
    return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC ||
           cat == UTF8PROC_CATEGORY_ME;
}

bool isFormat(int32_t c)
{
    return category(c) == UTF8PROC_CATEGORY_CF;
}

bool isWhiteSpace(int32_t c)
{
    // PropList.txt White_Space (stable since Unicode 6.3); utf8proc has no such property.
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

bool isLower(int32_t c)
{
    return category(c) == UTF8PROC_CATEGORY_LL;
}

bool isAlnum(int32_t c)
{
    switch (category(c))
    {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
        return true;
    default:
        return false;
    }
}

int32_t toLower(int32_t c)
{
    return utf8proc_tolower(c);
}

} // namespace parcalc::unicode
