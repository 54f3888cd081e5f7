// finding_messages: the Vietnamese and English text of every finding, one table
// per language with identical keys ("<code>" or "<code>.<variant>"), and the
// placeholder filling ({where}, {row}, {cell}, {expected}, {actual}, {ref}, {detail}).
#pragma once

#include "core/findings/finding.hxx"

#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

enum class Language
{
    Vi,
    En,
};

// The template for a key, or "" when the key is unknown.
std::string_view findingTemplate(std::string_view key, Language language);
// All keys of a language's table, in table order (for the parity test).
std::vector<std::string_view> findingMessageKeys(Language language);

// Fills finding.message and finding.messageEn from its code, variant and fields, and
// finding.body / bodyEn: the same without the leading location ("Dòng 1.3.4 (ô D16): "),
// for views that show row and cell apart.
void fillMessages(Finding& finding);

} // namespace parcalc
