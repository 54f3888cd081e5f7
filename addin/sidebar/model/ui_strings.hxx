// The sidebar's UI texts: one Vietnamese and one English table with the same
// keys (ui_strings_test checks the parity), chosen by the office UI language.
// No UI literal lives anywhere else in addin/sidebar.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc::sidebar
{

enum class UiLanguage
{
    Vietnamese,
    English,
};

// "vi", "vi-VN", "vi_VN.UTF-8" -> Vietnamese; anything else, "" included -> English.
UiLanguage uiLanguageFromLocale(std::string_view locale);

// The text of `key`; an unknown key gives the key itself (the parity test forbids that).
const std::string& uiText(UiLanguage language, std::string_view key);
bool hasUiText(UiLanguage language, std::string_view key);

// Every key of a table, sorted.
std::vector<std::string> uiKeys(UiLanguage language);

// Replaces {0}, {1}... in `pattern` by the arguments; other braces stay as they are.
std::string formatText(std::string_view pattern, std::initializer_list<std::string_view> args);

// uiText + formatText.
std::string uiFormat(UiLanguage language, std::string_view key,
                     std::initializer_list<std::string_view> args);

} // namespace parcalc::sidebar
