// RuleSet: the appendix rows, the typed checks (core/checks/check.hxx), the scoring
// tree and the grade schemes a rule-set file declares. Plain data, filled by ruleset_loader in one
// pass over the JSON; the validator and scoring never see JSON.
#pragma once

#include "core/checks/check.hxx"
#include "core/functions/grade.hxx"
#include "core/ruleset/scoring_rules.hxx"
#include "core/text/label_match.hxx"
#include "core/text/language.hxx"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parcalc
{

// What a row holds; decides how its value cell is read.
enum class RowKind
{
    Group,   // heading, no value of its own
    Count,   // whole number of things
    Money,   // amount (triệu đồng), may have decimals
    Ratio,   // percentage computed from two other rows
    Percent, // percentage reported as such
    YesNo,   // Có / Không
    Choice,  // one of a list of words
    Text,    // free text, not checked
};

std::string_view rowKindName(RowKind kind);
std::optional<RowKind> rowKindFromName(std::string_view name);
bool isPercentKind(RowKind kind);
bool isNumericKind(RowKind kind); // count, money, ratio, percent

// How consolidation (core/consolidation) totals a row over many units, when a rule set says
// so with "aggregate" on the row; without it the row's kind decides.
enum class RowAggregate
{
    Sum,          // "sum": counts and money
    Ratio,        // "ratio": recomputed from the summed parts of the row's ratio check
    MinMedianMax, // "min-median-max": no total, the spread over the units
    YesCount,     // "yes-count": how many units answered Có
    ChoiceCount,  // "choice-count": how many units gave each answer
    None,         // "none": not totalled (text, headings)
};
std::string_view rowAggregateName(RowAggregate how);
std::optional<RowAggregate> rowAggregateFromName(std::string_view name);

struct RowDef
{
    std::string id;    // stable row id ("4.6.0", "2.2.1.a")
    std::string stt;   // STT as printed; "" for unnumbered sub-rows, may be "Trong đó"
    std::string label; // Vietnamese label as printed
    std::vector<std::string> aliases; // other accepted wordings of the label
    RowKind kind = RowKind::Count;
    std::string unit;
    std::optional<RowAggregate> aggregate; // "aggregate" of the row, when the file gives it
    // Filled by RuleSet::buildIndex: folded label and aliases, so matching never folds twice;
    // whether the row has an STT of its own (not "" nor "Trong đó").
    std::vector<FoldedLabel> foldedLabels;
    bool numbered = true;
};

// A grade band as a rule set states it (labels in both languages); grade.hxx turns
// these into a GradeScheme.
struct RuleSetGrade
{
    double min = 0; // lower bound of the index, inclusive
    LocalText label;
};

struct RuleSet
{
    std::string id;
    std::string version;
    LocalText title;
    std::string level; // "huyen" | "xa"
    std::string province;
    std::vector<int> years;
    std::vector<RowDef> rows; // in table order
    std::vector<Check> checks;
    std::vector<RuleSetGrade> grades; // highest band first
    // "scoring", read by the loader (scoring_loader.hxx); nullopt when the file has none.
    std::optional<ScoringRules> scoring;
    // "grades" as the schemes scoring grades with (grade.hxx's default when the file has
    // none), built by the loader. Bands that make no scheme (an empty label) leave it unset
    // with the reason: validation does not need it, scoring refuses the rule set.
    struct GradeSchemes
    {
        GradeScheme vi, en;
    };
    std::optional<GradeSchemes> gradeSchemes;
    std::string gradeSchemesProblem; // English, why gradeSchemes is unset

    // Built by buildIndex (the loader calls it; call it after building a RuleSet by hand):
    // id -> index into rows, and the folded labels of every row.
    std::unordered_map<std::string, std::size_t> index;
    std::unordered_map<std::string, std::vector<std::size_t>> bySttText; // numbered rows only

    std::optional<std::size_t> find(std::string_view rowId) const;
    void buildIndex();
};

} // namespace parcalc
