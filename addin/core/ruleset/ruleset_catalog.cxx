// Resolving rule-set choices against the bundled catalogue.
#include "core/ruleset/ruleset_catalog.hxx"

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
        {choice, "$",
         "không có tệp hay bộ quy tắc nào tên \"" + choice + "\"; các bộ có sẵn: " + known,
         "no file or bundled rule set named \"" + choice + "\"; bundled: " + known});
    return load;
}

} // namespace parcalc
