// Reading soffice.bin's memory from /proc.
#include "office_memory.hxx"

#include "client/office_session.hxx"

#include <algorithm>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace parcalc::safety
{

namespace
{

std::vector<std::string> commandLine(const std::string& pid)
{
    std::ifstream in("/proc/" + pid + "/cmdline", std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> args;
    for (std::size_t at = 0; at < text.size();)
    {
        const std::size_t end = std::min(text.find('\0', at), text.size());
        args.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    return args;
}

// A "Name:   1234 kB" line of a /proc file, in kB.
double procKb(const std::string& file, const std::string& name)
{
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(name + ":", 0) == 0)
            return std::atof(line.c_str() + name.size() + 1);
    throw std::runtime_error("no " + name + " in " + file);
}

bool endsWith(const std::string& s, const std::string& tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

pid_t officePid(const std::string& profileDir)
{
    const std::string wanted = "-env:UserInstallation=" + client::fileUrl(profileDir);
    DIR* proc = ::opendir("/proc");
    if (proc == nullptr)
        throw std::runtime_error("cannot read /proc");
    pid_t found = -1;
    while (const dirent* entry = ::readdir(proc))
    {
        const pid_t pid = std::atoi(entry->d_name);
        if (pid <= 0)
            continue;
        const auto args = commandLine(entry->d_name);
        if (!args.empty() && endsWith(args[0], "soffice.bin") &&
            std::find(args.begin(), args.end(), wanted) != args.end())
            found = pid;
    }
    ::closedir(proc);
    if (found < 0)
        throw std::runtime_error("no soffice.bin running on " + profileDir);
    return found;
}

Memory memoryOf(pid_t pid)
{
    const std::string dir = "/proc/" + std::to_string(pid);
    return {procKb(dir + "/status", "VmRSS") / 1024, procKb(dir + "/smaps_rollup", "Pss") / 1024};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace parcalc::safety
