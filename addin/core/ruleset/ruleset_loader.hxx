// ruleset_loader: reads a rule-set JSON file into a RuleSet, or says precisely
// what is wrong (file, JSON path, problem in Vietnamese and English). Never throws.
#pragma once

#include "core/ruleset/ruleset.hxx"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

struct RuleSetError
{
    std::string file;      // as given by the caller
    std::string path;      // JSON path: "$", "$.checks[3].parts[1]"
    std::string message;   // Vietnamese
    std::string messageEn; // English

    // "file: $.checks[3].kind: unknown check kind "sum"" (English; for logs and the CLI)
    std::string describe() const;
    std::string describeVi() const;
};

struct RuleSetLoad
{
    std::optional<RuleSet> ruleSet; // set only when errors is empty
    std::vector<RuleSetError> errors;

    bool ok() const { return ruleSet.has_value(); }
};

// The rule-set format version this loader reads ("format": 1 in the file).
inline constexpr int kRuleSetFormat = 1;

// Rule-set files larger than this are refused before reading (the bundled ones are < 100 KB).
inline constexpr std::size_t kMaxRuleSetBytes = std::size_t(4) << 20;

RuleSetLoad parseRuleSet(std::string_view jsonText, std::string_view fileName);
RuleSetLoad loadRuleSetFile(const std::string& path);

} // namespace parcalc
