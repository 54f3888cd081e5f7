// The ParCalc menu's texts: command titles (the menu, the toolbar, Addons.xcu) and the
// messages its commands show, one text table ({key, vi, en}) in the tests/text parity test.
#pragma once

#include "core/text/language.hxx"

#include <string>
#include <string_view>

namespace parcalc::desk
{

const TextTable& deskTexts();

// The text of `key` in `language`, its {name} placeholders filled.
std::string deskText(Language language, std::string_view key, TextArgs args = {});

} // namespace parcalc::desk
