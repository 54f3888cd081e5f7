// bench_validate: core validation of one appendix (issue 3 "Performance"), for
// tests/bench/run. Reads the seed-001 grid (tests/data/ngan-son-q1-2023.tsv,
// 140 sheet rows, 121 rule-set rows) and the default rule set once, then times
// parcalc::validate() on it: a warm-up, then --rounds rounds of --repeat calls;
// the figure is the median round's time per call. No soffice, no UNO: what the
// batch tool and the sidebar spend per document once its cells are read.
//
//   bench_validate [--source DIR] [--rounds N] [--repeat N]
//
// Prints `bench: validate_appendix_ms VALUE ms` on stdout (target <= 1 ms),
// details on stderr. Exits 1 if the seed does not give its 2 errors, the "0 %"
// written for 0 of 0 in rows 1.3.4 and 3.4 (the benchmark must time the real work,
// not an early "table not found"; since issue 12 the third, "Chưa có đánh giá kết
// quả" in 3.1.1, is the warning not-reported).
#include "core/ruleset/ruleset_loader.hxx"
#include "core/testing/grid_tsv.hxx"
#include "core/validation/validator.hxx"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    std::string source = PARCALC_SOURCE_DIR;
    int rounds = 15, repeat = 200;
    for (int i = 1; i + 1 < argc; i += 2)
    {
        const std::string arg = argv[i];
        if (arg == "--source")
            source = argv[i + 1];
        else if (arg == "--rounds")
            rounds = std::max(1, std::atoi(argv[i + 1]));
        else if (arg == "--repeat")
            repeat = std::max(1, std::atoi(argv[i + 1]));
        else
        {
            std::fprintf(stderr,
                         "usage: bench_validate [--source DIR] [--rounds N] [--repeat N]\n");
            return 2;
        }
    }

    parcalc::RuleSetLoad load = parcalc::loadRuleSetFile(source + "/rulesets/default-huyen.json");
    if (!load.ok())
    {
        std::fprintf(stderr, "bench_validate: %s\n", load.errors.front().describe().c_str());
        return 1;
    }
    const parcalc::RuleSet& rules = *load.ruleSet;
    auto grid = parcalc::readTsvGridFile(source + "/tests/data/ngan-son-q1-2023.tsv");
    if (!grid.ok())
    {
        std::fprintf(stderr, "bench_validate: cannot read the seed-001 grid under %s\n",
                     source.c_str());
        return 1;
    }

    using Clock = std::chrono::steady_clock;
    std::size_t sink = 0;
    const parcalc::ValidationResult first = parcalc::validate(*grid, rules);
    const std::size_t kSeedErrors = 2;
    if (!first.tableFound || first.count(parcalc::Severity::Error) != kSeedErrors)
    {
        std::fprintf(stderr, "bench_validate: seed 001 gave %zu errors (expected %zu)\n",
                     first.count(parcalc::Severity::Error), kSeedErrors);
        return 1;
    }
    for (int i = 0; i < 20; ++i) // warm-up: caches, allocator
        sink += parcalc::validate(*grid, rules).findings.size();

    std::vector<double> perCall; // ms per validate(), one per round
    for (int r = 0; r < rounds; ++r)
    {
        const auto start = Clock::now();
        for (int i = 0; i < repeat; ++i)
            sink += parcalc::validate(*grid, rules).findings.size();
        const std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
        perCall.push_back(elapsed.count() / repeat);
    }
    std::sort(perCall.begin(), perCall.end());
    const double median = perCall[perCall.size() / 2];
    std::fprintf(stderr,
                 "bench_validate: %zu sheet rows, %zu rule-set rows, %zu findings; %d rounds x "
                 "%d calls: min %.4f, median %.4f, max %.4f ms per call (sink %zu)\n",
                 grid->rows(), rules.rows.size(), first.findings.size(), rounds, repeat,
                 perCall.front(), median, perCall.back(), sink);
    std::printf("bench: validate_appendix_ms %.3f ms\n", median);
    return 0;
}
