// Leak check (issue 6): the sidebar's work on the seed-001 appendix, 1 000 times in
// one process: validate the workbook, read the table, plan each finding's fix, write
// and read the mark records, with the rule set reloaded now and then (the service
// reloads a rule file when it changes). Every round must give the same findings, and
// the heap in use after round 1 000 must equal the heap after round 100: a cache or
// list that grows per validation shows here, in bytes allocated (not RSS, which
// malloc keeps). Under ASan (scripts/test's second pass) LeakSanitizer also fails the
// test on anything left unreachable.
#include "core/ruleset/ruleset_loader.hxx"
#include "core/testing/grid_tsv.hxx"
#include "core/validation/validator.hxx"
#include "sidebar/model/fix_planner.hxx"
#include "sidebar/model/mark_records.hxx"

#include <gtest/gtest.h>

#include <cstddef>
#include <malloc.h>
#include <optional>
#include <string>
#include <vector>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARCALC_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PARCALC_ASAN 1
#endif
#ifdef PARCALC_ASAN
#include <sanitizer/allocator_interface.h>
#endif

namespace parcalc
{
namespace
{

const std::string kSource = PARCALC_SOURCE_DIR;

// Bytes malloc has handed out and not had back.
std::size_t heapInUse()
{
#ifdef PARCALC_ASAN
    return __sanitizer_get_current_allocated_bytes();
#else
    return mallinfo2().uordblks;
#endif
}

// One round's outcome as text: everything a report shows.
std::string roundDigest(const RuleSet& ruleSet, const CellGrid& grid)
{
    const ValidationResult r = validateWorkbook({grid}, ruleSet);
    const AppendixData table = readAppendix(grid, ruleSet);
    std::string digest = r.sheet + "|" + r.range + "|" + std::to_string(r.rowsFound) + "|" +
                         r.unit + "|" + r.period + "\n";
    std::vector<sidebar::MarkRecord> records;
    for (const Finding& f : r.findings)
    {
        digest += std::to_string(int(f.code)) + "|" + std::to_string(int(f.severity)) + "|" +
                  f.row + "|" + f.sheet + "|" + f.cell + "|" + f.expected + "|" + f.actual + "|" +
                  f.message + "|" + f.messageEn;
        if (const std::optional<sidebar::CellFix> fix = sidebar::planFix(f, table, ruleSet))
            digest += "|fix " + fix->cell + " " + std::to_string(fix->number) + " " + fix->text;
        digest += "\n";
        if (!f.cell.empty())
            records.push_back({f.sheet, f.cell, false, -1});
    }
    digest += std::to_string(sidebar::readMarkRecords(sidebar::writeMarkRecords(records)).size());
    return digest;
}

TEST(RepeatedValidation, ThousandRoundsSameResultsNoHeapGrowth)
{
    auto grid = readTsvGridFile(kSource + "/tests/data/ngan-son-q1-2023.tsv");
    ASSERT_TRUE(grid.ok());
    const std::string ruleFile = kSource + "/rulesets/default-huyen.json";
    std::optional<RuleSet> ruleSet;
    std::string first;
    std::size_t heapAt100 = 0;
    constexpr int kRounds = 1000;
    for (int round = 1; round <= kRounds; ++round)
    {
        if (round % 50 == 1) // reloaded as the service does when the file changed
        {
            ruleSet.reset();
            RuleSetLoad load = loadRuleSetFile(ruleFile);
            ASSERT_TRUE(load.ok());
            ruleSet.emplace(std::move(*load.ruleSet));
        }
        const std::string digest = roundDigest(*ruleSet, *grid);
        if (round == 1)
        {
            first = digest;
            EXPECT_NE(first.find("|D16|"), std::string::npos) << first; // 1.3.4, zero denominator
        }
        else if (digest != first)
        {
            FAIL() << "round " << round << " differs from round 1:\n" << digest;
        }
        if (round == 100)
            heapAt100 = heapInUse();
    }
    // Same state as at round 100 (rule set loaded at round 51 and 951, nothing else
    // alive): no growth at all is expected; a little slack for allocator bookkeeping.
    const std::size_t heapAt1000 = heapInUse();
    EXPECT_LE(heapAt1000, heapAt100 + 16 * 1024)
        << "heap in use grew from " << heapAt100 << " to " << heapAt1000 << " bytes";
}

} // namespace
} // namespace parcalc
