// book_messages: what the rule-set workbook's reader says about a sheet or a cell it cannot
// read (a missing sheet, a check or a rule parameter it does not understand): one text table.
#pragma once

#include "core/text/language.hxx"

#include <initializer_list>
#include <string_view>

namespace parcalc::book
{

const TextTable& bookTexts();

// Both languages of `key` with their {name} placeholders filled.
LocalText bookText(std::string_view key, std::initializer_list<LocalArg> args = {});

} // namespace parcalc::book
