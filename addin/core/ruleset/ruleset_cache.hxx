// ruleset_cache: the one cache of loaded rule sets, shared by the Calc functions, the
// sidebar and the CLI. A choice ("" = the default, a bundled id, a file path, as
// resolveRuleSet reads it) is parsed once; a file again only when its modification
// time or its size changed; a failure is cached the same way (a broken file costs one
// parse, not one per cell). Bounded: past `capacity` choices the least recently used
// is dropped (typos in cells cannot grow it). Also the fallback policy of a document's
// choice (ruleSetOrDefault). Thread-safe; never throws.
#pragma once

#include "core/ruleset/ruleset.hxx"
#include "core/ruleset/scoring_loader.hxx"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parcalc
{

// One choice as loaded: the rule set, or why not.
struct CachedRuleSet
{
    std::shared_ptr<const RuleSet> ruleSet; // set only when errors is empty
    std::vector<RuleSetError> errors;

    bool ok() const { return ruleSet != nullptr; }
};

// What identifies a file's content for the cache: modification time and size.
struct FileStamp
{
    bool file = false; // false: not a file (a bundled id, an unknown name)
    std::filesystem::file_time_type time{};
    std::uintmax_t size = 0;

    bool operator==(const FileStamp& o) const
    {
        return file == o.file && time == o.time && size == o.size;
    }
    bool operator!=(const FileStamp& o) const { return !(*this == o); }
};
FileStamp fileStampOf(const std::string& path);

class RuleSetCache
{
public:
    static constexpr std::size_t kDefaultCapacity = 64;
    explicit RuleSetCache(std::size_t capacity = kDefaultCapacity);

    // The rule set of a choice ("" = kDefaultRuleSetId).
    CachedRuleSet ruleSet(std::string_view choice);
    // The same with its scoring tree and grades ("" = kDefaultScoringRuleSetId); a rule
    // set without "scoring" is an error here.
    ScoringRuleSetLoad scoring(std::string_view choice);

    std::size_t size() const;
    std::size_t capacity() const { return m_capacity; }
    // Rule-set files and bundled sets parsed so far (what the cache saves; for tests).
    std::size_t parses() const;

    // The process's cache: every caller uses this one.
    static RuleSetCache& shared();

private:
    struct Entry
    {
        FileStamp stamp;
        CachedRuleSet plain;
        std::shared_ptr<const ScoringRuleSetLoad> scoring; // completed on first ask
        std::uint64_t lastUse = 0;
    };
    Entry& entryFor(const std::string& choice); // m_mutex held

    mutable std::mutex m_mutex;
    std::size_t m_capacity;
    std::unordered_map<std::string, Entry> m_entries;
    std::uint64_t m_clock = 0;
    std::size_t m_parses = 0;
};

// The fallback policy for a document's choice: its rule set when it loads, otherwise the
// default rule set with the choice's errors kept (the sidebar says it uses the default
// and why). ruleSet is null only when the default itself does not load (a build error).
struct RuleSetChoice
{
    std::shared_ptr<const RuleSet> ruleSet;
    std::vector<RuleSetError> choiceErrors;  // why the choice could not be used, or empty
    std::vector<RuleSetError> defaultErrors; // why the default failed too (ruleSet null)
    bool fallback() const { return !choiceErrors.empty(); }
};
RuleSetChoice ruleSetOrDefault(RuleSetCache& cache, std::string_view choice);

} // namespace parcalc
