// Temporary profiles and report output for the subcommands.
#include "cli/cli_support.hxx"

#include "client/parallel_batch.hxx"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <system_error>

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
    const std::string most = std::to_string(client::kMaxJobs);
    return "--jobs cần một số nguyên từ 1 đến " + most + ", không phải '" + text +
           "' / --jobs takes a whole number from 1 to " + most + ", not '" + text + "'";
}

void printRuleSetErrors(const std::vector<RuleSetError>& errors)
{
    for (const RuleSetError& e : errors)
        std::cerr << "parcalc: " << e.describeVi() << "\n         " << e.describe() << "\n";
}

const RuleSet* loadRuleSetOrSay(const std::string& choice, CachedRuleSet& load)
{
    load = RuleSetCache::shared().ruleSet(choice);
    if (load.ok())
        return &*load.ruleSet;
    printRuleSetErrors(load.errors);
    return nullptr;
}

std::string profileOrTemporary(const std::string& profile, std::optional<TempProfile>& temp)
{
    return profile.empty() ? temp.emplace().path : profile;
}

} // namespace parcalc::cli
