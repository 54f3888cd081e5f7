// parcalc extension add|remove|list: the .oxt in a throwaway profile.
#include "cli/cli_support.hxx"
#include "cli/cli_texts.hxx"
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

// In the build tree the .oxt lies beside the tool; `cmake --install` puts it in
// PREFIX/share/parcalc (PARCALC_OXT_FROM_BIN from PREFIX/bin).
bool inBuildTree()
{
    std::error_code ec;
    return std::filesystem::is_regular_file(toolDir() / "parcalc.oxt", ec);
}

std::string defaultProfileDir()
{
    if (const char* env = std::getenv("PARCALC_PROFILE"); env && *env)
        return env;
    if (inBuildTree())
        return (toolDir() / "profile").string();
    // Installed: a throwaway profile of ParCalc's own, never the user's LibreOffice one.
    const char* cache = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    const std::filesystem::path base = cache && *cache ? std::filesystem::path(cache)
                                       : home && *home ? std::filesystem::path(home) / ".cache"
                                                       : std::filesystem::temp_directory_path();
    return (base / "parcalc" / "profile").string();
}

std::string defaultOxtPath()
{
    if (inBuildTree())
        return (toolDir() / "parcalc.oxt").string();
    return (toolDir() / PARCALC_OXT_FROM_BIN / "parcalc.oxt").lexically_normal().string();
}

int runExtension(const Args& args)
{
    std::string action, profile = defaultProfileDir(), oxt = defaultOxtPath();
    po::options_description opts("parcalc extension add|remove|list");
    addHelpOption(opts);
    addProfileOption(opts, profile, "option-profile-extension");
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

    std::error_code ec;
    if (action == "add" && !std::filesystem::is_regular_file(oxt, ec))
    {
        std::cerr << "parcalc: " << cliText("oxt-missing", {{"oxt", oxt}}) << "\n";
        return kExitUsage;
    }
    client::OfficeSession office({profile});
    if (action == "add")
    {
        client::removeExtension(office, kExtensionId); // reinstall = remove + add
        client::addExtension(office, oxt);
        std::cout << cliText("installed", {{"profile", profile}}) << "\n";
    }
    else if (action == "remove")
    {
        const bool removed = client::removeExtension(office, kExtensionId);
        std::cout << cliText(removed ? "removed" : "not-installed") << "\n";
    }
    else
    {
        for (const auto& ext : client::userExtensions(office))
            std::cout << ext.identifier << " " << ext.version << "\n";
    }
    return kExitOk;
}

} // namespace parcalc::cli
