// RuleSet: names of the enums as written in rule-set files, and the row index.
#include "core/ruleset/ruleset.hxx"

#include "core/text/text_fold.hxx"

#include <array>
#include <utility>

namespace parcalc
{
namespace
{

template <class E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, std::string_view>, N>& table,
                        std::string_view name)
{
    for (const auto& [value, text] : table)
        if (text == name)
            return value;
    return std::nullopt;
}

template <class E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value)
{
    for (const auto& [v, text] : table)
        if (v == value)
            return text;
    return {};
}

constexpr std::array<std::pair<Severity, std::string_view>, 3> kSeverities{{
    {Severity::Error, "error"},
    {Severity::Warning, "warning"},
    {Severity::Info, "info"},
}};

constexpr std::array<std::pair<RowKind, std::string_view>, 8> kRowKinds{{
    {RowKind::Group, "group"},
    {RowKind::Count, "count"},
    {RowKind::Money, "money"},
    {RowKind::Ratio, "ratio"},
    {RowKind::Percent, "percent"},
    {RowKind::YesNo, "yesno"},
    {RowKind::Choice, "choice"},
    {RowKind::Text, "text"},
}};

constexpr std::array<std::pair<CheckKind, std::string_view>, 9> kCheckKinds{{
    {CheckKind::Ratio, "ratio"},
    {CheckKind::PartLeWhole, "part-le-whole"},
    {CheckKind::SumEquals, "sum-equals"},
    {CheckKind::Range, "range"},
    {CheckKind::OneOf, "one-of"},
    {CheckKind::RequiredIf, "required-if"},
    {CheckKind::Integer, "integer"},
    {CheckKind::NonNegative, "non-negative"},
    {CheckKind::Cumulative, "cumulative"},
}};

constexpr std::array<std::pair<CompareOp, std::string_view>, 7> kCompareOps{{
    {CompareOp::Greater, ">"},
    {CompareOp::GreaterEqual, ">="},
    {CompareOp::Equal, "="},
    {CompareOp::NotEqual, "!="},
    {CompareOp::Less, "<"},
    {CompareOp::LessEqual, "<="},
    {CompareOp::Present, "present"},
}};

} // namespace

std::string_view severityName(Severity severity)
{
    return nameOf(kSeverities, severity);
}
std::optional<Severity> severityFromName(std::string_view name)
{
    return lookup(kSeverities, name);
}

std::string_view rowKindName(RowKind kind)
{
    return nameOf(kRowKinds, kind);
}
std::optional<RowKind> rowKindFromName(std::string_view name)
{
    return lookup(kRowKinds, name);
}

bool isPercentKind(RowKind kind)
{
    return kind == RowKind::Ratio || kind == RowKind::Percent;
}

bool isNumericKind(RowKind kind)
{
    return kind == RowKind::Count || kind == RowKind::Money || isPercentKind(kind);
}

std::string_view checkKindName(CheckKind kind)
{
    return nameOf(kCheckKinds, kind);
}
std::optional<CheckKind> checkKindFromName(std::string_view name)
{
    return lookup(kCheckKinds, name);
}

std::optional<CompareOp> compareOpFromName(std::string_view name)
{
    return lookup(kCompareOps, name);
}

bool compare(double lhs, CompareOp op, double rhs)
{
    switch (op)
    {
    case CompareOp::Greater:
        return lhs > rhs;
    case CompareOp::GreaterEqual:
        return lhs >= rhs;
    case CompareOp::Equal:
        return lhs == rhs;
    case CompareOp::NotEqual:
        return lhs != rhs;
    case CompareOp::Less:
        return lhs < rhs;
    case CompareOp::LessEqual:
        return lhs <= rhs;
    case CompareOp::Present:
        return true;
    }
    return false;
}

std::optional<std::size_t> RuleSet::find(std::string_view rowId) const
{
    auto it = index.find(std::string(rowId));
    if (it == index.end())
        return std::nullopt;
    return it->second;
}

void RuleSet::buildIndex()
{
    index.clear();
    bySttText.clear();
    for (std::size_t i = 0; i < rows.size(); ++i)
    {
        RowDef& row = rows[i];
        index.emplace(row.id, i);
        row.numbered = !row.stt.empty() && foldText(row.stt) != "trong do";
        if (row.numbered)
            bySttText[row.stt].push_back(i);
        row.foldedLabels.clear();
        row.foldedLabels.push_back(foldLabel(row.label));
        for (const std::string& alias : row.aliases)
            row.foldedLabels.push_back(foldLabel(alias));
    }
}

} // namespace parcalc
