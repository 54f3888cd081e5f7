// The rule sets shipped with ParCalc, compiled into the binary so the add-in,
// the sidebar and the batch tool find them without file lookups, and the
// resolution of a user's "--ruleset FILE|ID" choice.
#pragma once

#include "core/ruleset/ruleset_loader.hxx"

#include <string_view>
#include <vector>

namespace parcalc
{

struct BundledRuleSet
{
    std::string_view id;       // "default-huyen"
    std::string_view fileName; // "default-huyen.json"
    std::string_view json;
};

// In the order of rulesets/ listed in addin/core/CMakeLists.txt; the first is the default.
const std::vector<BundledRuleSet>& bundledRuleSets();

inline constexpr std::string_view kDefaultRuleSetId = "default-huyen";

// An existing file path is loaded as a file; otherwise `fileOrId` names a
// bundled rule set ("" = the default). Unknown ids give an error naming the
// bundled ones.
RuleSetLoad resolveRuleSet(std::string_view fileOrId);

} // namespace parcalc
