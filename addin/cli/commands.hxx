// The subcommands of the `parcalc` tool. Each takes the arguments after its
// name and returns the process exit code (see README: 0 ok, 1 invalid files,
// 2 usage or rule-set error, 3 unreadable files).
#pragma once

#include <string>
#include <vector>

namespace parcalc::cli
{

using Args = std::vector<std::string>;

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitUnreadable = 3;

int runExtension(const Args& args); // parcalc extension add|remove|list
int runValidate(const Args& args);  // parcalc validate
int runScore(const Args& args);     // parcalc score
int runConsolidate(const Args& args); // parcalc consolidate
int runRuleset(const Args& args);   // parcalc ruleset build|export|check

// The default throwaway profile: $PARCALC_PROFILE, else build/profile next to the tool.
std::string defaultProfileDir();
// The .oxt built next to the tool.
std::string defaultOxtPath();

} // namespace parcalc::cli
