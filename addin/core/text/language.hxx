// The one text layer of ParCalc: the two languages every user-visible string exists in,
// the bilingual text type, the one placeholder syntax ({name}) and the per-area text
// tables (findings, rule-set messages, report words, the sidebar, the Function Wizard),
// each a list of {key, vi, en} entries checked by one parity test
// (tests/text/text_tables_test.cxx: both languages filled, same placeholders, unique keys).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parcalc
{

enum class Language
{
    Vi,
    En,
};

// "vi", "vi-VN", "vi_VN.UTF-8" -> Vi; anything else, "" included -> En.
Language languageFromLocale(std::string_view locale);

// A text in both languages: fixed ones come from a text table, others are stated by a rule
// set (titles, labels, notes) or built from parts (reasons, summaries).
struct LocalText
{
    std::string vi;
    std::string en;

    const std::string& in(Language language) const { return language == Language::Vi ? vi : en; }
};

// One entry of a text table: a stable key and its text in both languages.
struct TextEntry
{
    std::string_view key;
    std::string_view vi;
    std::string_view en;

    std::string_view in(Language language) const { return language == Language::Vi ? vi : en; }
};

using TextArgs = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// Replaces every {name} of `pattern` by its value in `args`; a {name} not in `args` and any
// other brace stay as they are.
std::string fillText(std::string_view pattern, TextArgs args);

// An argument of a bilingual text: the same value in both languages, or its own in each
// (a LocalText, e.g. what the value is called).
struct LocalArg
{
    LocalArg(std::string_view argName, std::string_view value) : name(argName), vi(value), en(value)
    {
    }
    LocalArg(std::string_view argName, const LocalText& value)
        : name(argName), vi(value.vi), en(value.en)
    {
    }

    std::string_view name, vi, en;
};

// Both languages of `entry`, their {name} placeholders filled from `args`.
LocalText fillLocal(const TextEntry& entry, std::initializer_list<LocalArg> args);

struct TextTable
{
    std::string_view area; // "findings", "sidebar"...: for the parity test's messages
    std::vector<TextEntry> entries;

    // The entry of `key`, or nullptr.
    const TextEntry* find(std::string_view key) const;
    // The text of `key` in `language`, its {name} placeholders filled from `args`; an
    // unknown key (a programming error the parity tests catch) gives the key itself.
    std::string text(Language language, std::string_view key, TextArgs args = {}) const;
    // Both languages of `key`, filled from `args` (shared or per-language values); an
    // unknown key gives the key in both.
    LocalText local(std::string_view key, std::initializer_list<LocalArg> args = {}) const;
};

// The placeholder names of a pattern, sorted, each once ("{where}: {actual}" -> where, actual).
std::vector<std::string> placeholdersOf(std::string_view pattern);

} // namespace parcalc
