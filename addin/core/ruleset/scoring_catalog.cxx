// scoring_catalog: resolving and caching scoring rule sets.
#include "core/ruleset/scoring_catalog.hxx"

#include <filesystem>
#include <mutex>
#include <string>
#include <system_error>
#include <unordered_map>

namespace parcalc
{
namespace
{

struct FileStamp
{
    bool file = false; // false: a bundled id (never changes)
    std::filesystem::file_time_type time{};
    std::uintmax_t size = 0;

    bool operator==(const FileStamp& o) const
    {
        return file == o.file && time == o.time && size == o.size;
    }
};

FileStamp stampOf(const std::string& choice)
{
    std::error_code ec;
    FileStamp stamp;
    if (!std::filesystem::is_regular_file(choice, ec))
        return stamp;
    stamp.file = true;
    stamp.time = std::filesystem::last_write_time(choice, ec);
    stamp.size = std::filesystem::file_size(choice, ec);
    return stamp;
}

struct Entry
{
    FileStamp stamp;
    ScoringRuleSetLoad load;
};

} // namespace

ScoringRuleSetLoad resolveScoringRuleSet(std::string_view fileOrId)
{
    const std::string choice(fileOrId.empty() ? kDefaultScoringRuleSetId : fileOrId);
    return makeScoringRuleSet(resolveRuleSet(choice), choice);
}

ScoringRuleSetLoad cachedScoringRuleSet(std::string_view fileOrId)
{
    static std::mutex mutex;
    static std::unordered_map<std::string, Entry> cache;
    const std::string choice(fileOrId.empty() ? kDefaultScoringRuleSetId : fileOrId);

    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(choice);
    if (it != cache.end() && !it->second.stamp.file && it->second.load.ok())
        return it->second.load;              // a bundled id: parsed once per process
    const FileStamp stamp = stampOf(choice); // a file, or an unknown name that may become one
    if (it != cache.end() && it->second.stamp == stamp)
        return it->second.load;
    if (cache.size() >= 64)
        cache.clear(); // many different names (typos in cells): keep memory bounded
    Entry entry{stamp, makeScoringRuleSet(resolveRuleSet(choice), choice)};
    auto& slot = cache[choice];
    slot = std::move(entry);
    return slot.load;
}

} // namespace parcalc
