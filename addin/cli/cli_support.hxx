// Small pieces every subcommand of `parcalc` shares: the options several commands take
// (--ruleset, --profile, --lang, --jobs), declared and checked once; a temporary
// LibreOffice profile removed at the end of the run, and writing a report to a file or
// stdout.
#pragma once

#include "cli/command_line.hxx"
#include "core/ruleset/ruleset_cache.hxx"
#include "core/ruleset/ruleset_loader.hxx"
#include "core/text/language.hxx"

#include <cstddef>
#include <optional>
#include <string_view>

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

// The caption of a command's --help: `synopsis`, then what the command does and its exit
// codes in both languages (cli_texts' COMMAND-about and COMMAND-exit), then "Options".
std::string commandCaption(std::string_view synopsis, std::string_view command);

// Option help from cli_texts, "vi / en".
std::string optionHelp(std::string_view key);

// The options shared by several commands, each declared once; `helpKey` is the entry of
// cli_texts that describes it for this command.
void addHelpOption(po::options_description& opts); // --help/-h
void addRulesetOption(po::options_description& opts, std::string& ruleset,
                      std::string_view helpKey = "option-ruleset");
void addProfileOption(po::options_description& opts, std::string& profile,
                      std::string_view helpKey = "option-profile");
// --lang vi|en (default vi), the language of the command's reports.
void addLangOption(po::options_description& opts, std::string& lang, std::string_view helpKey);
// --jobs/-j N (default 1).
void addJobsOption(po::options_description& opts, std::string& jobsText);

// The language `--lang TEXT` names, or nullopt; langProblem(TEXT) says why.
std::optional<Language> parseLang(const std::string& text);
std::string langProblem(const std::string& text);

// The number of offices `--jobs TEXT` asks for (a whole number, 1..client::kMaxJobs), or
// nullopt; jobsProblem(TEXT) says why, Vietnamese / English.
std::optional<std::size_t> parseJobs(const std::string& text);
std::string jobsProblem(const std::string& text);

// The number of offices a run over `files` files starts: --jobs, but no more than files
// (each office costs a start-up), and at least one.
std::size_t officesFor(std::size_t jobs, std::size_t files);

// Prints each rule-set problem to stderr, Vietnamese then English.
void printRuleSetErrors(const std::vector<RuleSetError>& errors);

// The rule set --ruleset names ("" for the default) from the shared cache, kept alive by
// `load`; nullptr after printing its problems (the command then exits with kExitUsage).
const RuleSet* loadRuleSetOrSay(const std::string& choice, CachedRuleSet& load);

// `profile`, or when it is "" a temporary profile made into `temp` (removed with it).
std::string profileOrTemporary(const std::string& profile, std::optional<TempProfile>& temp);

} // namespace parcalc::cli
