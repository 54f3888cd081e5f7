// fuzz_support (tests only): what the fuzz targets share. FUZZ_CHECK, an invariant
// that aborts with a message (libFuzzer and the seeded driver both treat an abort as
// a crash and save the input); ByteReader, which decodes the fuzzer's bytes into
// structured choices (a small FuzzedDataProvider that also builds with gcc); and a
// UTF-8 validity check.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#define FUZZ_CHECK(cond)                                                                      \
    do                                                                                        \
    {                                                                                         \
        if (!(cond))                                                                          \
        {                                                                                     \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__,      \
                         __LINE__);                                                           \
            std::abort();                                                                     \
        }                                                                                     \
    } while (false)

namespace parcalc::fuzz
{

// Reads choices from the front of the input; past the end every read returns 0 / "", so
// any input decodes to something and short inputs decode to small structures.
class ByteReader
{
public:
    ByteReader(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) {}

    bool empty() const { return m_pos >= m_size; }
    std::size_t remaining() const { return m_size - m_pos; }

    std::uint8_t u8() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    std::uint16_t u16() { return std::uint16_t(u8() | (u8() << 8)); }
    std::uint32_t u32() { return std::uint32_t(u16()) | (std::uint32_t(u16()) << 16); }
    bool flag() { return (u8() & 1) != 0; }
    // Uniform enough in [0, n); n == 0 gives 0.
    std::size_t below(std::size_t n) { return n == 0 ? 0 : (n <= 256 ? u8() % n : u16() % n); }
    double rawDouble()
    {
        std::uint64_t bits = std::uint64_t(u32()) | (std::uint64_t(u32()) << 32);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    // Up to maxLen raw bytes (may be invalid UTF-8).
    std::string bytes(std::size_t maxLen)
    {
        const std::size_t n = below(maxLen + 1);
        const std::size_t take = n < remaining() ? n : remaining();
        std::string out(reinterpret_cast<const char*>(m_data + m_pos), take);
        m_pos += take;
        return out;
    }
    // The rest of the input.
    std::string_view rest()
    {
        std::string_view out(reinterpret_cast<const char*>(m_data + m_pos), remaining());
        m_pos = m_size;
        return out;
    }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

// Strict UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
inline bool validUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size())
    {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c < 0x80)
        {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            n = 1, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            n = 2, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4)
            n = 3, cp = c & 0x07;
        else
            return false;
        if (i + n >= s.size()) // the sequence runs past the end
            return false;
        for (std::size_t k = 1; k <= n; ++k)
        {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

} // namespace parcalc::fuzz
