// ruleset_cache: loading rule-set choices once, stamped files, LRU bound, fallback.
#include "core/ruleset/ruleset_cache.hxx"

#include "core/ruleset/ruleset_catalog.hxx"
#include "core/ruleset/scoring_catalog.hxx"

#include <algorithm>
#include <system_error>

namespace parcalc
{

FileStamp fileStampOf(const std::string& path)
{
    std::error_code ec;
    FileStamp stamp;
    if (path.empty() || !std::filesystem::is_regular_file(path, ec))
        return stamp;
    stamp.file = true;
    stamp.time = std::filesystem::last_write_time(path, ec);
    stamp.size = std::filesystem::file_size(path, ec);
    return stamp;
}

RuleSetCache::RuleSetCache(std::size_t capacity) : m_capacity(std::max<std::size_t>(capacity, 1)) {}

RuleSetCache& RuleSetCache::shared()
{
    static RuleSetCache cache;
    return cache;
}

std::size_t RuleSetCache::size() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_entries.size();
}

std::size_t RuleSetCache::parses() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_parses;
}

RuleSetCache::Entry& RuleSetCache::entryFor(const std::string& choice)
{
    auto it = m_entries.find(choice);
    // A bundled id that loaded never changes: no file system call per use.
    if (it == m_entries.end() || it->second.stamp.file || !it->second.plain.ok())
    {
        const FileStamp stamp = fileStampOf(choice); // a file, or a name that may become one
        if (it == m_entries.end() || it->second.stamp != stamp)
        {
            if (it == m_entries.end() && m_entries.size() >= m_capacity)
                m_entries.erase(std::min_element(m_entries.begin(), m_entries.end(),
                                                 [](const auto& a, const auto& b)
                                                 { return a.second.lastUse < b.second.lastUse; }));
            Entry entry;
            entry.stamp = stamp;
            RuleSetLoad load = resolveRuleSet(choice);
            ++m_parses;
            entry.plain.errors = std::move(load.errors);
            if (load.ruleSet)
                entry.plain.ruleSet = std::make_shared<const RuleSet>(std::move(*load.ruleSet));
            it = m_entries.insert_or_assign(choice, std::move(entry)).first;
        }
    }
    it->second.lastUse = ++m_clock;
    return it->second;
}

CachedRuleSet RuleSetCache::ruleSet(std::string_view choice)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return entryFor(std::string(choice)).plain;
}

ScoringRuleSetLoad RuleSetCache::scoring(std::string_view choice)
{
    const std::string key(choice.empty() ? kDefaultScoringRuleSetId : choice);
    std::lock_guard<std::mutex> lock(m_mutex);
    Entry& entry = entryFor(key);
    if (!entry.scoring)
    {
        ScoringRuleSetLoad load;
        if (entry.plain.ok())
            load = makeScoringRuleSet(entry.plain.ruleSet, key); // shared, not copied
        else
            load.errors = entry.plain.errors;
        entry.scoring = std::make_shared<const ScoringRuleSetLoad>(std::move(load));
    }
    return *entry.scoring;
}

RuleSetChoice ruleSetOrDefault(RuleSetCache& cache, std::string_view choice)
{
    RuleSetChoice out;
    CachedRuleSet loaded = cache.ruleSet(choice);
    if (!loaded.ok())
    {
        out.choiceErrors = std::move(loaded.errors);
        loaded = cache.ruleSet("");
    }
    if (!loaded.ok())
        out.defaultErrors = std::move(loaded.errors);
    out.ruleSet = std::move(loaded.ruleSet);
    return out;
}

} // namespace parcalc
