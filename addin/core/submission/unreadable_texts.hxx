// unreadable_texts: the text table of why a submitted file cannot be read
// (core/text/language.hxx), before LibreOffice is asked (file_sniff) or when it fails to
// open or read the file (the client's batch reading); checked by tests/text with every
// other table. {detail} is LibreOffice's own message, which is English.
#pragma once

#include "core/text/language.hxx"

namespace parcalc
{

const TextTable& unreadableTexts();

} // namespace parcalc
