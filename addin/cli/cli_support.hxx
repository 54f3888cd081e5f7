// Small pieces every subcommand of `parcalc` shares: a temporary LibreOffice
// profile removed at the end of the run, and writing a report to a file or stdout.
#pragma once

#include "core/ruleset/ruleset_cache.hxx"
#include "core/ruleset/ruleset_loader.hxx"

#include <cstddef>
#include <optional>

#include <string>
#include <vector>

namespace parcalc::cli
{

// A temporary LibreOffice profile directory, removed when the run ends.
struct TempProfile
{
    std::string path;
    TempProfile();  // throws std::runtime_error if no directory can be made
    ~TempProfile(); // never throws
    TempProfile(const TempProfile&) = delete;
    TempProfile& operator=(const TempProfile&) = delete;
};

// Writes `content` to `path`, or to standard output for "" or "-"; false on failure.
bool writeOutput(const std::string& path, const std::string& content);

// The number of offices `--jobs TEXT` asks for (a whole number, 1..client::kMaxJobs), or
// nullopt; jobsProblem(TEXT) says why, Vietnamese / English.
std::optional<std::size_t> parseJobs(const std::string& text);
std::string jobsProblem(const std::string& text);

// Prints each rule-set problem to stderr, Vietnamese then English.
void printRuleSetErrors(const std::vector<RuleSetError>& errors);

// The rule set --ruleset names ("" for the default) from the shared cache, kept alive by
// `load`; nullptr after printing its problems (the command then exits with kExitUsage).
const RuleSet* loadRuleSetOrSay(const std::string& choice, CachedRuleSet& load);

// `profile`, or when it is "" a temporary profile made into `temp` (removed with it).
std::string profileOrTemporary(const std::string& profile, std::optional<TempProfile>& temp);

} // namespace parcalc::cli
