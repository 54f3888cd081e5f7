// Tests for ruleset_cache: a choice is parsed once; a file again when its size changes
// even with the same modification time (and when its time changes); failures are cached;
// the cache never holds more than its capacity (least recently used dropped); the
// fallback policy keeps the choice's errors and hands out the default.
#include "core/ruleset/ruleset_cache.hxx"

#include "core/ruleset/ruleset_catalog.hxx"
#include "core/ruleset/scoring_catalog.hxx"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace parcalc
{
namespace
{

namespace fs = std::filesystem;

std::string tempPath(const std::string& name)
{
    return (fs::temp_directory_path() / ("parcalc-cache-test-" + name + ".json")).string();
}

// A valid rule set of two rows whose version is `version`.
void writeRuleSet(const std::string& path, const std::string& version)
{
    std::ofstream(path) << R"({"format": 1, "id": "t", "version": ")" << version
                        << R"(", "title": {"vi": "T", "en": "T"}, "level": "huyen", "rows": [
          {"id": "1", "stt": "1", "label": "Tổng số", "kind": "count"},
          {"id": "2", "stt": "2", "label": "Đã xong", "kind": "count"}]})";
}

TEST(RuleSetCache, BundledIdParsedOnce)
{
    RuleSetCache cache;
    const CachedRuleSet a = cache.ruleSet("");
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a.ruleSet->id, kDefaultRuleSetId);
    EXPECT_EQ(cache.ruleSet("").ruleSet.get(), a.ruleSet.get());
    EXPECT_EQ(cache.parses(), 1u);
}

TEST(RuleSetCache, SizeChangeWithSameTimeIsSeen)
{
    const std::string path = tempPath("size");
    writeRuleSet(path, "1");
    const auto time = fs::last_write_time(path);
    RuleSetCache cache;
    const CachedRuleSet first = cache.ruleSet(path);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.ruleSet->version, "1");
    EXPECT_EQ(cache.ruleSet(path).ruleSet.get(), first.ruleSet.get()); // unchanged: cached

    writeRuleSet(path, "1.10"); // three bytes longer, written within the same time stamp
    fs::last_write_time(path, time);
    const CachedRuleSet second = cache.ruleSet(path);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.ruleSet->version, "1.10");
    EXPECT_EQ(cache.parses(), 2u);

    writeRuleSet(path, "2.10"); // same size, a later time
    fs::last_write_time(path, time + std::chrono::seconds(5));
    EXPECT_EQ(cache.ruleSet(path).ruleSet->version, "2.10");
    std::remove(path.c_str());
}

TEST(RuleSetCache, FailureIsCachedUntilTheFileChanges)
{
    const std::string path = tempPath("broken");
    std::ofstream(path) << "{ not json";
    RuleSetCache cache;
    EXPECT_FALSE(cache.ruleSet(path).ok());
    EXPECT_FALSE(cache.ruleSet(path).ok());
    EXPECT_EQ(cache.parses(), 1u);
    writeRuleSet(path, "3");
    EXPECT_TRUE(cache.ruleSet(path).ok());
    EXPECT_EQ(cache.parses(), 2u);
    std::remove(path.c_str());
}

TEST(RuleSetCache, BoundedLeastRecentlyUsedGoes)
{
    RuleSetCache cache(2);
    EXPECT_EQ(cache.capacity(), 2u);
    const CachedRuleSet keep = cache.ruleSet("");
    cache.ruleSet("no-such-set-a");
    cache.ruleSet(""); // used again: "no-such-set-a" is now the oldest
    cache.ruleSet("no-such-set-b");
    EXPECT_EQ(cache.size(), 2u);
    EXPECT_EQ(cache.parses(), 3u);
    EXPECT_EQ(cache.ruleSet("").ruleSet.get(), keep.ruleSet.get()); // still cached
    EXPECT_EQ(cache.parses(), 3u);
    cache.ruleSet("no-such-set-a"); // dropped before: parsed again, "no-such-set-b" goes
    EXPECT_EQ(cache.parses(), 4u);
    EXPECT_EQ(cache.size(), 2u);
    for (int i = 0; i < 50; ++i)
        cache.ruleSet("typo-" + std::to_string(i));
    EXPECT_EQ(cache.size(), 2u);
}

TEST(RuleSetCache, ScoringDefaultsToTheExampleAndShares)
{
    RuleSetCache cache;
    const ScoringRuleSetLoad a = cache.scoring("");
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a.value->ruleSet.id, kDefaultScoringRuleSetId);
    EXPECT_EQ(cache.scoring(kDefaultScoringRuleSetId).value.get(), a.value.get());
    EXPECT_EQ(cache.ruleSet(kDefaultScoringRuleSetId).ruleSet->id, kDefaultScoringRuleSetId);
    EXPECT_EQ(cache.parses(), 1u); // one parse serves both
    // ... and one model: the scoring view reads the cached rule set itself, not a copy.
    EXPECT_EQ(&a.value->ruleSet, cache.ruleSet(kDefaultScoringRuleSetId).ruleSet.get());
    EXPECT_EQ(&a.value->scoring, &*a.value->ruleSet.scoring);
    const ScoringRuleSetLoad unknown = cache.scoring("no-such-set");
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.errors[0].messageEn.find("example-huyen-diem"), std::string::npos);
    // default-huyen has no scoring: a clear error, not a crash.
    const ScoringRuleSetLoad noScoring = cache.scoring("default-huyen");
    ASSERT_FALSE(noScoring.ok());
    EXPECT_EQ(noScoring.errors[0].path, "$.scoring");
}

TEST(RuleSetCache, FallbackKeepsTheChoiceErrors)
{
    RuleSetCache cache;
    const RuleSetChoice good = ruleSetOrDefault(cache, kDefaultScoringRuleSetId);
    ASSERT_TRUE(good.ruleSet);
    EXPECT_FALSE(good.fallback());
    EXPECT_EQ(good.ruleSet->id, kDefaultScoringRuleSetId);

    const RuleSetChoice bad = ruleSetOrDefault(cache, "/no/such/rules.json");
    ASSERT_TRUE(bad.ruleSet);
    EXPECT_TRUE(bad.fallback());
    EXPECT_EQ(bad.ruleSet->id, kDefaultRuleSetId);
    ASSERT_FALSE(bad.choiceErrors.empty());
    EXPECT_TRUE(bad.defaultErrors.empty());
}

} // namespace
} // namespace parcalc
