// The options, temporary profiles, run start and report output the subcommands share.
#include "cli/cli_support.hxx"

#include "cli/cli_texts.hxx"
#include "core/submission/file_collection.hxx"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <system_error>
#include <unistd.h>

namespace parcalc::cli
{

TempProfile::TempProfile()
{
    std::string tmpl = (std::filesystem::temp_directory_path() / "parcalc-XXXXXX").string();
    if (!::mkdtemp(tmpl.data()))
        throw std::runtime_error("cannot create a temporary profile directory");
    path = tmpl;
}

TempProfile::~TempProfile()
{
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
}

bool writeOutput(const std::string& path, const std::string& content)
{
    if (path.empty() || path == "-")
    {
        std::cout << content;
        return bool(std::cout);
    }
    std::ofstream out(path, std::ios::binary);
    out << content;
    return bool(out);
}

std::string commandCaption(std::string_view synopsis, std::string_view command)
{
    const TextTable& texts = cliTexts();
    const std::string about = std::string(command) + "-about";
    const std::string exit = std::string(command) + "-exit";
    return std::string(synopsis) + "\n" + texts.text(Language::Vi, about) + "\n" +
           texts.text(Language::En, about) + "\n\n" + texts.text(Language::Vi, "exit-title") +
           ": " + texts.text(Language::Vi, exit) + "\n" + texts.text(Language::En, "exit-title") +
           ": " + texts.text(Language::En, exit) + "\n\n" + cliText("options-title");
}

std::string optionHelp(std::string_view key)
{
    return cliText(key);
}

void addRulesetOption(po::options_description& opts, std::string& ruleset, std::string_view helpKey)
{
    opts.add_options()("ruleset", po::value(&ruleset), optionHelp(helpKey).c_str());
}

void addProfileOption(po::options_description& opts, std::string& profile, std::string_view helpKey)
{
    opts.add_options()("profile", po::value(&profile), optionHelp(helpKey).c_str());
}

void addLangOption(po::options_description& opts, std::string& lang, std::string_view helpKey)
{
    opts.add_options()("lang", po::value(&lang), optionHelp(helpKey).c_str());
}

void addJobsOption(po::options_description& opts, std::string& jobsText)
{
    const std::string most = std::to_string(client::kMaxJobs);
    opts.add_options()("jobs,j", po::value(&jobsText),
                       cliText("option-jobs", {{"most", most}}).c_str());
}

std::optional<Language> parseLang(const std::string& text)
{
    if (text == "vi")
        return Language::Vi;
    if (text == "en")
        return Language::En;
    return std::nullopt;
}

std::string langProblem(const std::string& text)
{
    return cliText("bad-lang", {{"lang", text}});
}

std::optional<std::size_t> parseJobs(const std::string& text)
{
    if (text.empty() || text.size() > 2 ||
        text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const std::size_t jobs = std::stoul(text);
    if (jobs < 1 || jobs > client::kMaxJobs)
        return std::nullopt;
    return jobs;
}

std::string jobsProblem(const std::string& text)
{
    return cliText("bad-jobs", {{"most", std::to_string(client::kMaxJobs)}, {"jobs", text}});
}

void addHelpOption(po::options_description& opts)
{
    opts.add_options()("help,h", optionHelp("option-help").c_str());
}

void printRuleSetErrors(const std::vector<RuleSetError>& errors)
{
    for (const RuleSetError& e : errors)
        std::cerr << "parcalc: " << e.describeVi() << "\n         " << e.describe() << "\n";
}

bool showsProgress(std::size_t files)
{
    return ::isatty(STDERR_FILENO) || files >= 10;
}

std::unique_ptr<FileRun> FileRun::start(const std::string& ruleset,
                                        const std::vector<std::string>& inputs,
                                        const std::string& profile, std::size_t jobs)
{
    std::unique_ptr<FileRun> run(new FileRun);
    run->m_load = RuleSetCache::shared().ruleSet(ruleset);
    if (!run->m_load.ok())
    {
        printRuleSetErrors(run->m_load.errors);
        return nullptr;
    }
    run->m_files = collectSpreadsheetFiles(inputs);
    const std::string home = profile.empty() ? run->m_temp.emplace().path : profile;
    // No more offices than files: each one costs a start-up.
    const std::size_t offices = std::min(jobs, std::max<std::size_t>(run->m_files.size(), 1));
    run->m_pool = std::make_unique<client::OfficePool>(client::OfficeOptions{home}, offices);
    return run;
}

} // namespace parcalc::cli
