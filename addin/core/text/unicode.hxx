// unicode: the few Unicode character facts the core needs (UTF-8 decoding,
// canonical decomposition, categories, simple lowercase), from utf8proc, which
// is linked statically so the shipped library needs no ICU (issue 11).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace parcalc::unicode
{

// The code point starting at text[i]; advances i past it. An ill-formed
// sequence yields -1 and advances past its maximal ill-formed prefix (at least
// one byte), as ICU's U8_NEXT does. Requires i < text.size().
int32_t nextCodePoint(std::string_view text, size_t& i);

// Appends the UTF-8 encoding of c (ignores values that are not scalar values).
void appendUtf8(std::string& out, int32_t c);

// Appends the full canonical decomposition (NFD, without reordering) of c to out;
// returns the number of code points written, at most outSize (c itself if it
// has no decomposition).
size_t decompose(int32_t c, int32_t* out, size_t outSize);

bool isMark(int32_t c);        // Mn, Mc, Me
bool isFormat(int32_t c);      // Cf: ZWSP, BOM, soft hyphen ...
bool isWhiteSpace(int32_t c);  // the White_Space property (incl. NBSP, NNBSP)
bool isLower(int32_t c);       // Ll
bool isAlnum(int32_t c);       // L* or Nd (as ICU's u_isalnum)
int32_t toLower(int32_t c);    // simple lowercase mapping

} // namespace parcalc::unicode
