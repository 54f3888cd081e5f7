#include "core/text/language.hxx"

#include <algorithm>
#include <cctype>

namespace parcalc
{
namespace
{

bool isNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// The length of the placeholder name at pattern[open + 1...], or 0 when "{" starts none.
std::size_t nameLength(std::string_view pattern, std::size_t open)
{
    std::size_t i = open + 1;
    while (i < pattern.size() && isNameChar(pattern[i]))
        ++i;
    if (i == open + 1 || i >= pattern.size() || pattern[i] != '}')
        return 0;
    return i - open - 1;
}

} // namespace

Language languageFromLocale(std::string_view locale)
{
    if (locale.size() >= 2 && std::tolower(static_cast<unsigned char>(locale[0])) == 'v' &&
        std::tolower(static_cast<unsigned char>(locale[1])) == 'i' &&
        (locale.size() == 2 || locale[2] == '-' || locale[2] == '_' || locale[2] == '.'))
        return Language::Vi;
    return Language::En;
}

const TextEntry* TextTable::find(std::string_view key) const
{
    for (const TextEntry& entry : entries)
        if (entry.key == key)
            return &entry;
    return nullptr;
}

namespace
{

// Replaces each {name} of `pattern` whose value `lookup` knows; `lookup` returns false
// for a name it does not know.
template <typename Lookup> std::string fill(std::string_view pattern, Lookup lookup)
{
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i)
    {
        if (pattern[i] == '{')
            if (const std::size_t n = nameLength(pattern, i))
            {
                std::string_view value;
                if (lookup(pattern.substr(i + 1, n), value))
                {
                    out += value;
                    i += n + 1;
                    continue;
                }
            }
        out += pattern[i];
    }
    return out;
}

} // namespace

std::string fillText(std::string_view pattern, TextArgs args)
{
    return fill(pattern,
                [&](std::string_view name, std::string_view& value)
                {
                    for (const auto& arg : args)
                        if (arg.first == name)
                        {
                            value = arg.second;
                            return true;
                        }
                    return false;
                });
}

LocalText fillLocal(const TextEntry& entry, std::initializer_list<LocalArg> args)
{
    auto in = [&](Language language)
    {
        return [&args, language](std::string_view name, std::string_view& value)
        {
            for (const LocalArg& arg : args)
                if (arg.name == name)
                {
                    value = language == Language::Vi ? arg.vi : arg.en;
                    return true;
                }
            return false;
        };
    };
    return {fill(entry.vi, in(Language::Vi)), fill(entry.en, in(Language::En))};
}

std::string TextTable::text(Language language, std::string_view key, TextArgs args) const
{
    const TextEntry* entry = find(key);
    return entry ? fillText(entry->in(language), args) : std::string(key);
}

LocalText TextTable::local(std::string_view key, std::initializer_list<LocalArg> args) const
{
    if (const TextEntry* entry = find(key))
        return fillLocal(*entry, args);
    return {std::string(key), std::string(key)};
}

std::vector<std::string> placeholdersOf(std::string_view pattern)
{
    std::vector<std::string> names;
    for (std::size_t i = 0; i < pattern.size(); ++i)
        if (pattern[i] == '{')
            if (const std::size_t n = nameLength(pattern, i))
                names.emplace_back(pattern.substr(i + 1, n));
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

} // namespace parcalc
