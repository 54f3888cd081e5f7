// parcalc extension add|remove|list: the .oxt in a throwaway profile.
#include "cli/command_line.hxx"
#include "client/extension_installer.hxx"

#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace parcalc::cli
{
namespace
{

constexpr const char* kExtensionId = "org.parcalc.extension";

std::filesystem::path toolDir()
{
    return std::filesystem::read_symlink("/proc/self/exe").parent_path();
}

} // namespace

std::string defaultProfileDir()
{
    if (const char* env = std::getenv("PARCALC_PROFILE"); env && *env)
        return env;
    return (toolDir() / "profile").string();
}

std::string defaultOxtPath()
{
    return (toolDir() / "parcalc.oxt").string();
}

int runExtension(const Args& args)
{
    std::string action, profile = defaultProfileDir(), oxt = defaultOxtPath();
    po::options_description opts("parcalc extension add|remove|list");
    opts.add_options()("help,h", "this help")(
        "profile", po::value(&profile), "throwaway LibreOffice profile (default: build/profile)");
    po::options_description hidden;
    hidden.add_options()("action", po::value(&action))("oxt", po::value(&oxt));
    po::positional_options_description pos;
    pos.add("action", 1).add("oxt", 1);
    const auto parsed = parseArgs(args, "extension", opts, hidden, pos);
    if (!parsed)
        return kExitUsage;
    const po::variables_map& vm = *parsed;
    if (vm.count("help") || (action != "add" && action != "remove" && action != "list"))
    {
        std::cout << opts;
        return vm.count("help") ? kExitOk : kExitUsage;
    }

    client::OfficeSession office({profile});
    if (action == "add")
    {
        client::removeExtension(office, kExtensionId); // reinstall = remove + add
        client::addExtension(office, oxt);
        std::cout << "ParCalc installed in / đã cài vào " << profile << "\n";
    }
    else if (action == "remove")
    {
        const bool removed = client::removeExtension(office, kExtensionId);
        std::cout << (removed ? "ParCalc removed / đã gỡ\n" : "ParCalc was not installed\n");
    }
    else
    {
        for (const auto& ext : client::userExtensions(office))
            std::cout << ext.identifier << " " << ext.version << "\n";
    }
    return kExitOk;
}

} // namespace parcalc::cli
