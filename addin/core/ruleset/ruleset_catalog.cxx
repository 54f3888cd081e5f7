// Resolving rule-set choices against the bundled catalogue.
#include "core/ruleset/ruleset_catalog.hxx"

#include "core/ruleset/ruleset_messages.hxx"

#include <filesystem>
#include <system_error>

namespace parcalc
{

RuleSetLoad resolveRuleSet(std::string_view fileOrId)
{
    const std::string choice(fileOrId.empty() ? kDefaultRuleSetId : fileOrId);
    std::error_code ec;
    if (std::filesystem::is_regular_file(choice, ec))
        return loadRuleSetFile(choice);
    for (const BundledRuleSet& bundled : bundledRuleSets())
        if (bundled.id == choice)
            return parseRuleSet(bundled.json, bundled.fileName);

    std::string known;
    for (const BundledRuleSet& bundled : bundledRuleSets())
        known += (known.empty() ? "" : ", ") + std::string(bundled.id);
    RuleSetLoad load;
    load.errors.push_back(
        ruleSetError(choice, "$", "catalog.unknown", {{"choice", choice}, {"known", known}}));
    return load;
}

} // namespace parcalc
