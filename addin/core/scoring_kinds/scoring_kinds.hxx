// scoring_kinds: what each scoring rule kind does, one table entry per kind: its name
// in rule-set files, the members it takes, how the loader reads them, the points it
// gives a measured value, the reason it states and its summary in a few words. The
// entries live in the family files beside this one (bands_rule, proportional_rules,
// threshold_rules, deduction_rule, manual_rule); the list, in ScoringRuleKind's order,
// in scoring_kinds.cxx. Nothing else switches on the kind.
#pragma once

#include "core/base/expected.hxx"
#include "core/ruleset/json_reader.hxx"
#include "core/text/language.hxx"
#include "core/ruleset/scoring_rules.hxx"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

// What the loader gives a kind's reader: the JSON reader (errors with their path).
class RuleReading
{
public:
    explicit RuleReading(detail::JsonReader& reader) : json(reader) {}

    // A number >= 0 (or > 0 when `positive`), required or optional.
    std::optional<double> amount(const detail::Json& object, const std::string& path,
                                 std::string_view key, bool required, bool positive = false);

    detail::JsonReader& json;
};

// A rule applied: what its reason is written from.
struct RuleApplied
{
    double value = 0.0;  // the measured value (rates as fractions)
    double points = 0.0; // what the rule gave
    double max = 0.0;    // the criterion's maximum
    bool rate = false;   // the value is a rate, shown as a percentage
    const LocalText& name; // what the value is: "tỷ lệ đúng hạn" / "on-time rate"
};

struct ScoringRuleKindInfo
{
    ScoringRuleKind kind;
    std::string_view name;              // as rule-set files write it: "rate-target"
    std::vector<std::string_view> keys; // its members besides "kind" and "comment"
    // Reads the kind's members into `rule`; problems go to in.json.
    void (*read)(RuleReading& in, const detail::Json& item, const std::string& path,
                 ScoringRule& rule);
    // The points of a value (finite, >= 0) on a criterion worth `max`.
    Expected<double> (*points)(const ScoringRule& rule, double max, double value);
    // The rule as applied, before its result: "tỷ lệ đúng hạn 89,4 % < 95 %".
    LocalText (*reason)(const ScoringRule& rule, const RuleApplied& applied);
    // The rule in a few words: "tỷ lệ thuận, mục tiêu 100 %".
    LocalText (*summary)(const ScoringRule& rule, double max, bool rate);
};

// Every kind, in ScoringRuleKind's order.
const std::vector<const ScoringRuleKindInfo*>& scoringRuleKinds();
const ScoringRuleKindInfo& scoringRuleKindInfo(ScoringRuleKind kind);
const ScoringRuleKindInfo* scoringRuleKindNamed(std::string_view name);

std::string_view scoringRuleKindName(ScoringRuleKind kind);
// "bands, proportional, …, manual": for messages that list the choices.
std::string scoringRuleKindList();

// Reads a leaf's "rule" object: its kind, then that kind's members. False when anything
// is wrong (reported to in.json).
bool readScoringRule(RuleReading& in, const detail::Json& item, const std::string& path,
                     ScoringRule& rule);

} // namespace parcalc
