// scoring_rules: the scoring tree of a rule set ("scoring" in the rule-set file):
// fields -> criteria -> sub-criteria, each with its maximum points, and on every
// scored criterion a typed rule, the input it measures (appendix rows or named
// manual inputs) and what "not applicable" means for it. Plain data, filled by
// the rule-set loader into RuleSet::scoring; scoring_engine applies it.
#pragma once

#include "core/functions/ontime.hxx"
#include "core/text/language.hxx"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parcalc
{

// How a measured value becomes points (see rulesets/README.md, "Scoring"); the order of
// core/scoring_kinds' table.
enum class ScoringRuleKind
{
    Bands,        // points of the highest band whose lower bound the value reaches
    Proportional, // max × value / target, capped (PARPROP)
    Linear,       // slope × value, capped (default: the criterion's max)
    Threshold,    // all or nothing: value >= at_least (or <= at_most)
    Deduction,    // max − cases × per_case, never below floor (PARDEDUCT)
    RateTarget,   // a rate must reach a level; short of it: all lost, or per_point per % point
    Manual,       // scored by a person; the value given is the points
};

// Each kind's name, members, reading and points: its entry in core/scoring_kinds.

// What a criterion gets when its input does not apply (0/0, "Không phát sinh", "KPS").
enum class NotApplicablePolicy
{
    Exclude, // removed from the maximum, as PARSCORE does (default)
    Full,    // full points
};

struct ScoringBand
{
    double min = 0.0; // lower bound, inclusive (rates as fractions: 95 % = 0.95)
    double points = 0.0;
};

struct ScoringRule
{
    ScoringRuleKind kind = ScoringRuleKind::Manual;
    std::vector<ScoringBand> bands; // Bands: highest bound first
    double target = 1.0;            // Proportional: value worth full points; RateTarget: level
    std::optional<double> cap;      // Proportional, Linear: most points (default: max)
    double slope = 0.0;             // Linear: points per unit of the value
    double bound = 0.0;             // Threshold: the at_least / at_most bound
    bool atMost = false;            // Threshold, RateTarget: the value must stay <= bound/target
    double perCase = 0.0;           // Deduction: points lost per case
    std::optional<double> floor;    // Deduction: lowest points (default 0)
    std::optional<double> perPoint; // RateTarget: points lost per percentage point short
};

// A value a rule reads: an appendix row of the rule set, or a named manual input
// (something the appendix does not report, e.g. the IT tasks completed).
struct ScoringRef
{
    std::string id;
    bool manual = false;
    std::size_t index = 0; // RuleSet::rows index, or ScoringRules::manualInputs index
};

enum class ScoringInputKind
{
    None,       // manual rules: the points are typed by a person
    Value,      // one value
    Rate,       // numerator / denominator (0/0 = not applicable)
    OnTimeRate, // ONTIMERATE over rows (ontime.hxx conventions)
    Sum,        // weighted sum of values (cases)
};

std::string_view scoringInputKindName(ScoringInputKind kind);

struct ScoringInput
{
    ScoringInputKind kind = ScoringInputKind::None;
    // Value: {value}; Rate: {numerator, denominator}; Sum: the terms;
    // OnTimeRate: {on_time, resolved} then the optional ones below.
    std::vector<ScoringRef> refs;
    std::vector<double> weights; // Sum: one per term (1 when not given)
    // OnTimeRate only.
    OnTimeConvention convention = OnTimeConvention::Resolved;
    std::optional<ScoringRef> early, base, lateInProgress;
    // How explanations name the value ("tỷ lệ đúng hạn"); empty: a default from the kind.
    LocalText name;
};

enum class ScoringLevel
{
    Field,
    Criterion,
    SubCriterion,
};

struct ScoringNode
{
    std::string id; // "6", "6.1", "6.1.1": unique in the tree
    LocalText label;
    double max = 0.0;
    ScoringLevel level = ScoringLevel::Field;
    std::optional<std::size_t> parent; // index into ScoringRules::nodes
    std::vector<std::size_t> children; // criteria of a field, sub-criteria of a criterion
    // Leaves (criteria without sub-criteria, sub-criteria) only:
    ScoringRule rule;
    ScoringInput input;
    NotApplicablePolicy notApplicable = NotApplicablePolicy::Exclude;
    std::string comment;
    // "evidence": true: a self-assessment scoring this node or anything below it above 0
    // must name its tài liệu kiểm chứng (self_assessment/evidence_check).
    bool evidence = false;

    bool leaf() const { return level != ScoringLevel::Field && children.empty(); }
};

struct ManualInput
{
    std::string id; // lower-case ASCII name, never an appendix row id: "it_tasks_done"
    LocalText label;
    bool rate = false; // a rate (fraction) rather than a count
};

struct ScoringRules
{
    std::vector<ScoringNode> nodes;  // tree order: field, its criteria, their sub-criteria
    std::vector<std::size_t> fields; // top-level nodes
    std::vector<ManualInput> manualInputs;
    LocalText note;        // optional free text ("example, not official")
    double totalMax = 0.0; // sum of the fields' maxima
    std::unordered_map<std::string, std::size_t> index; // node id -> nodes index

    const ScoringNode* find(std::string_view id) const;
    bool empty() const { return nodes.empty(); }
};

} // namespace parcalc
