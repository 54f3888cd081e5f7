// Small pieces every subcommand of `parcalc` shares: the options several commands take
// (--ruleset, --profile, --lang, --jobs), declared and checked once; a temporary
// LibreOffice profile removed at the end of the run; the start of a run over files
// (FileRun), and writing a report to a file or stdout.
#pragma once

#include "cli/command_line.hxx"
#include "client/parallel_batch.hxx"
#include "core/ruleset/ruleset_cache.hxx"
#include "core/ruleset/ruleset_loader.hxx"
#include "core/text/language.hxx"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
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

// Prints each rule-set problem to stderr, Vietnamese then English.
void printRuleSetErrors(const std::vector<RuleSetError>& errors);

// Whether a run over `files` files prints a progress line per file to stderr: on a
// terminal, or for 10 files or more (a long run in a script shows it is alive).
bool showsProgress(std::size_t files);

// What `validate` and `consolidate` start with, alive as long as the command: the rule
// set --ruleset names (from the shared cache), the spreadsheets the inputs name, and the
// private offices that read them (--jobs of them, no more than files, each with its
// profile; a temporary one, removed at the end, when --profile is not given).
class FileRun
{
public:
    // nullptr after printing the rule set's problems (the command then exits kExitUsage);
    // throws client::OfficeError when an office cannot start.
    static std::unique_ptr<FileRun> start(const std::string& ruleset,
                                          const std::vector<std::string>& inputs,
                                          const std::string& profile, std::size_t jobs);

    const RuleSet& rules() const { return *m_load.ruleSet; }
    const std::vector<std::string>& files() const { return m_files; }
    client::OfficePool& pool() { return *m_pool; }
    bool showProgress() const { return showsProgress(m_files.size()); }

private:
    FileRun() = default;
    CachedRuleSet m_load;
    std::vector<std::string> m_files;
    std::optional<TempProfile> m_temp; // destroyed after the offices that use it
    std::unique_ptr<client::OfficePool> m_pool;
};

} // namespace parcalc::cli
