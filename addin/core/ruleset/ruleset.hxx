// RuleSet: the appendix rows, the typed checks, the scoring tree and the grade
// schemes a rule-set file declares. Plain data, filled by ruleset_loader in one pass
// over the JSON; the validator and scoring never see JSON.
#pragma once

#include "core/functions/grade.hxx"
#include "core/ruleset/local_text.hxx"
#include "core/ruleset/scoring_rules.hxx"
#include "core/text/label_match.hxx"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parcalc
{

enum class Severity
{
    Error,
    Warning,
    Info,
};

std::string_view severityName(Severity severity); // "error" | "warning" | "info"
std::optional<Severity> severityFromName(std::string_view name);

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

struct RowDef
{
    std::string id;    // stable row id ("4.6.0", "2.2.1.a")
    std::string stt;   // STT as printed; "" for unnumbered sub-rows, may be "Trong đó"
    std::string label; // Vietnamese label as printed
    std::vector<std::string> aliases; // other accepted wordings of the label
    RowKind kind = RowKind::Count;
    std::string unit;
    // Filled by RuleSet::buildIndex: folded label and aliases, so matching never folds twice;
    // whether the row has an STT of its own (not "" nor "Trong đó").
    std::vector<FoldedLabel> foldedLabels;
    bool numbered = true;
};

enum class CheckKind
{
    Ratio,       // row = numerator / denominator, in %
    PartLeWhole, // sum(parts) <= whole
    SumEquals,   // sum(parts) == total
    Range,       // min <= value <= max
    OneOf,       // value in a list of words
    RequiredIf,  // row must have a value when a condition on another row holds
    Integer,     // whole number
    NonNegative, // >= 0
    Cumulative,  // lũy kế: must not decrease from the previous period
};

std::string_view checkKindName(CheckKind kind);
std::optional<CheckKind> checkKindFromName(std::string_view name);

enum class CompareOp
{
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Present, // the row holds a number or a word (not empty, not a no-data marker)
};

std::optional<CompareOp> compareOpFromName(std::string_view name);
bool compare(double lhs, CompareOp op, double rhs);

// One typed check. Row references are indices into RuleSet::rows (resolved by the loader), so
// the validator never looks ids up in its loops.
struct Check
{
    CheckKind kind = CheckKind::Range;
    Severity severity = Severity::Error;
    std::size_t anchor = 0;          // row the finding is reported on
    std::vector<std::size_t> rows;   // integer / non-negative / cumulative / range targets
    std::vector<std::size_t> parts;  // sum-equals, part-le-whole
    std::size_t whole = 0;           // part-le-whole: whole; sum-equals: total
    std::size_t numerator = 0;       // ratio
    std::size_t denominator = 0;     // ratio
    bool requireAllParts = false;    // sum-equals: skip unless every part has a number
    std::optional<double> min, max;  // range (percent rows: in percent points)
    std::vector<std::string> values; // one-of
    std::size_t conditionRow = 0;    // required-if
    CompareOp conditionOp = CompareOp::Present;
    double conditionValue = 0;
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
