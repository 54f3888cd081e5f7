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

constexpr std::array<std::pair<RowAggregate, std::string_view>, 6> kRowAggregates{{
    {RowAggregate::Sum, "sum"},
    {RowAggregate::Ratio, "ratio"},
    {RowAggregate::MinMedianMax, "min-median-max"},
    {RowAggregate::YesCount, "yes-count"},
    {RowAggregate::ChoiceCount, "choice-count"},
    {RowAggregate::None, "none"},
}};

} // namespace

std::string_view rowAggregateName(RowAggregate how)
{
    return nameOf(kRowAggregates, how);
}
std::optional<RowAggregate> rowAggregateFromName(std::string_view name)
{
    return lookup(kRowAggregates, name);
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
