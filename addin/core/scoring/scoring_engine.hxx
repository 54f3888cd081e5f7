// scoring_engine: applies the scoring rules of a rule set. Three entry points:
// - applyScoringRule: one criterion's rule on a measured value, with the points
//   and the reason in Vietnamese and English ("tỷ lệ đúng hạn 89,4 % < 95 %: −2");
// - parPoints / parMax: the Calc functions PARPOINTS and PARMAX;
// - estimateScore: every criterion the appendix data decides (rule, inputs used,
//   points earned and lost and why), the criteria left to a person, and the
//   estimated index and grade over what is known (PARSCORE semantics).
// Pure C++, never throws; the UNO layer, the CLI and the sidebar call it.
#pragma once

#include "core/base/expected.hxx"
#include "core/functions/cell_input.hxx"
#include "core/ruleset/scoring_loader.hxx"
#include "core/validation/validator.hxx"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parcalc
{

struct RuleOutcome
{
    double points = 0.0;
    LocalText why; // the rule as applied and its result: "... ≥ 95 %: đủ điểm" / "...: −2"
};

// The points one rule gives the measured value of a leaf criterion (rates as fractions),
// without building any text: what PARPOINTS calls per cell. Errors (InvalidArgument): a
// negative or non-finite value; a node that is not a scored leaf; a manual rule whose
// points are outside 0..max.
Expected<double> scoringRulePoints(const ScoringNode& node, double value);

// The same with the reason. `rate`: the value is a rate (a fraction, shown as a
// percentage); `name`: what the value is, for the reason.
Expected<RuleOutcome> applyScoringRule(const ScoringNode& node, double value, bool rate,
                                       const LocalText& name);

// The rule in a few words: "tỷ lệ thuận, mục tiêu 100 %" / "proportional, target 100 %".
LocalText ruleSummary(const ScoringRuleSet& rules, const ScoringNode& node);

// What explanations call a criterion's input: its "name" in the rule set, else a
// default from the input kind ("tỷ lệ đúng hạn" / "on-time rate", "dòng 6.1" / "row 6.1").
LocalText inputName(const ScoringRuleSet& rules, const ScoringNode& node);
// Whether the input is a rate (shown as a percentage, written as a fraction).
bool inputIsRate(const ScoringRuleSet& rules, const ScoringNode& node);

// PARPOINTS(criterion; value...): `values` as Calc passed them (ranges flattened).
// One value is the measured quantity itself (a rate as a fraction: 54,7 % = 0.547;
// the cases of a deduction; the points of a manual criterion); several values are
// the input's references in rule-set order (rate: numerator, denominator; on-time
// rate: on time, resolved, then early / base / late in progress if declared; sum:
// one per term, weights applied). A not-applicable marker ("Không phát sinh",
// "KPS", "N/A", "-") or a 0/0 rate makes the criterion not applicable: full points
// or excluded, as the criterion states.
// What PARPOINTS shows for an excluded criterion: a marker PARSCORE leaves out of both
// sums (vn_number's isNotApplicableMarker), so a score column stays summable.
inline constexpr std::string_view kNotApplicableText = "Không áp dụng";

struct PointsResult
{
    bool excluded = false; // not applicable, removed from the maximum (no points)
    double points = 0.0;
};
// Errors: unknown criterion, or a field / criterion with sub-criteria -> NotAvailable;
// wrong number of values, an empty, negative, non-finite or non-numeric value, a
// rate whose numerator exceeds a zero denominator -> InvalidArgument.
Expected<PointsResult> parPoints(const ScoringRuleSet& rules, std::string_view criterion,
                                 const std::vector<CellInput>& values);

// PARMAX(criterion): the maximum points of a field, criterion or sub-criterion;
// "tổng" / "total" (any case, accents) -> the whole set's maximum. Unknown -> NotAvailable.
Expected<double> parMax(const ScoringRuleSet& rules, std::string_view criterion);

// --- The estimated score from an appendix -----------------------------------

enum class CriterionStatus
{
    Scored,        // the data decides it: points computed
    NotApplicable, // no cases (0/0, "Không phát sinh"): full points or excluded, per the rule
    Manual,        // scored by a person, or needs a manual input the appendix lacks
    Pending,       // the appendix should decide it but the value is missing or unusable
};

std::string_view criterionStatusName(CriterionStatus status); // "scored", "not-applicable"...

// An appendix value a criterion used.
struct InputUsed
{
    std::string id;   // row id or manual input name
    std::string cell; // A1 address of the value cell ("" for manual inputs / rows not found)
    // as read: "15.739", "96 %", "Không phát sinh", Có/Yes; empty when the cell is (the
    // JSON report writes its Vietnamese side, the sheet's own words)
    LocalText shown;
};

struct CriterionEstimate
{
    std::size_t node = 0; // ScoringRules::nodes index
    CriterionStatus status = CriterionStatus::Pending;
    double max = 0.0;
    double points = 0.0;  // Scored; NotApplicable with the "full" policy: max
    bool counted = false; // in the estimated index (Scored, or not applicable with full points)
    std::vector<InputUsed> inputs;
    LocalText working; // how the value came from the data: "3.3.1.b / 3.3.1.a = 199 / 199"
    LocalText why;     // the rule applied and its result, or why it cannot be scored
    std::vector<std::string>
        needs; // Manual: manual inputs the criterion needs (none: scored by hand)

    double lost() const { return counted ? max - points : 0.0; }
};

struct FieldEstimate
{
    std::size_t node = 0;
    double max = 0.0;      // the field's maximum
    double earned = 0.0;   // points of its counted criteria
    double known = 0.0;    // maximum of its counted criteria
    double manual = 0.0;   // maximum left to a person
    double pending = 0.0;  // maximum the data should decide but cannot yet
    double excluded = 0.0; // maximum removed as not applicable
};

struct ScoreEstimate
{
    std::vector<CriterionEstimate> criteria; // every scored leaf, in tree order
    std::vector<FieldEstimate> fields;
    double totalMax = 0.0;
    double earned = 0.0, known = 0.0, manual = 0.0, pending = 0.0, excluded = 0.0;
    // earned / known × 100 (PARSCORE over the counted criteria); NotAvailable when none counts.
    Expected<double> index = makeError(ErrorKind::NotAvailable, "no criterion decided");
    std::string grade, gradeEn; // of the estimated index, "" when there is none
    // The index if every manual / pending criterion got 0 points, or full points.
    std::optional<double> lowest, highest;

    std::size_t count(CriterionStatus status) const;
};

// Manual inputs the caller knows (name -> value; rates as fractions).
using ManualValues = std::unordered_map<std::string, double>;

ScoreEstimate estimateScore(const AppendixData& data, const ScoringRuleSet& rules,
                            const ManualValues& manual = {});

} // namespace parcalc
