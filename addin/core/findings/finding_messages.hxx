// finding_messages: the Vietnamese and English text of every finding, one text table
// keyed "<code>" or "<code>.<variant>", and the placeholder filling ({where}, {row},
// {cell}, {expected}, {actual}, {ref}, {detail}).
#pragma once

#include "core/findings/finding.hxx"
#include "core/text/language.hxx"

#include <string>
#include <string_view>

namespace parcalc
{

const TextTable& findingTexts();

// The template for a key, or "" when the key is unknown.
std::string_view findingTemplate(std::string_view key, Language language);

// Fills finding.message and finding.messageEn from its code, variant and fields, and
// finding.body / bodyEn: the same without the leading location ("Dòng 1.3.4 (ô D16): "),
// for views that show row and cell apart.
void fillMessages(Finding& finding);

} // namespace parcalc
