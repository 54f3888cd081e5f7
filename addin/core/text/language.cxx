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

std::string fillText(std::string_view pattern, TextArgs args)
{
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i)
    {
        if (pattern[i] == '{')
            if (const std::size_t n = nameLength(pattern, i))
            {
                const std::string_view name = pattern.substr(i + 1, n);
                const auto arg = std::find_if(args.begin(), args.end(),
                                              [&](const auto& a) { return a.first == name; });
                if (arg != args.end())
                {
                    out += arg->second;
                    i += n + 1;
                    continue;
                }
            }
        out += pattern[i];
    }
    return out;
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
