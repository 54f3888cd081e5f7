// The sidebar's UI texts: one text table ({key, vi, en}; the parity test in tests/text
// checks it with the others), chosen by the office UI language. No UI literal lives
// anywhere else in addin/sidebar.
#pragma once

#include "core/text/language.hxx"

#include <string>
#include <string_view>

namespace parcalc::sidebar
{

const TextTable& uiTexts();

// The text of `key`; an unknown key gives the key itself (the parity test forbids that).
std::string uiText(Language language, std::string_view key);

// uiText with its {name} placeholders filled.
std::string uiFormat(Language language, std::string_view key, TextArgs args);

} // namespace parcalc::sidebar
