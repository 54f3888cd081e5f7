// unit_selection: the policies, each with the reason a reviewer reads in the report.
#include "core/consolidation/unit_selection.hxx"

#include "core/consolidation/consolidation_texts.hxx"
#include "core/text/text_fold.hxx"

#include <map>

namespace parcalc
{

std::string SelectedUnit::reason(Language language) const
{
    switch (leftOut)
    {
    case LeftOut::No:
        return {};
    case LeftOut::Unreadable:
        return consolidationText("left-out-unreadable", language,
                                 {{"reason", language == Language::Vi ? input.reason
                                                                      : input.reasonEn}});
    case LeftOut::NotAppendix:
        return consolidationText("left-out-not-appendix", language);
    case LeftOut::SelfAssessment:
        return consolidationText("left-out-self-assessment", language);
    case LeftOut::Invalid:
        return consolidationText("left-out-invalid", language);
    case LeftOut::Duplicate:
        return consolidationText("left-out-duplicate", language, {{"file", keptFile}});
    }
    return {};
}

std::vector<std::size_t> UnitSelection::included() const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < units.size(); ++i)
        if (units[i].included)
            out.push_back(i);
    return out;
}

namespace
{

LeftOut leftOutByStatus(UnitStatus status, const ConsolidationOptions& options)
{
    switch (status)
    {
    case UnitStatus::Valid:
        return LeftOut::No;
    case UnitStatus::Invalid:
        return options.excludeInvalid ? LeftOut::Invalid : LeftOut::No;
    case UnitStatus::SelfAssessment:
        return LeftOut::SelfAssessment;
    case UnitStatus::NotAppendix:
        return LeftOut::NotAppendix;
    case UnitStatus::Unreadable:
        return LeftOut::Unreadable;
    }
    return LeftOut::No;
}

// Of two files of one unit and period the newer is kept (on a tie, the later one given).
void leaveOutDuplicates(std::vector<SelectedUnit>& units)
{
    std::map<std::pair<std::string, std::string>, std::size_t> kept;
    for (std::size_t i = 0; i < units.size(); ++i)
    {
        SelectedUnit& unit = units[i];
        if (!unit.included || unit.input.unit.empty())
            continue; // a file naming no unit cannot be told apart from the others
        const auto key = std::make_pair(foldText(unit.input.unit), foldText(unit.input.period));
        const auto [it, first] = kept.emplace(key, i);
        if (first)
            continue;
        SelectedUnit& other = units[it->second];
        SelectedUnit& older = other.input.modified > unit.input.modified ? unit : other;
        SelectedUnit& newer = &older == &unit ? other : unit;
        older.included = false;
        older.leftOut = LeftOut::Duplicate;
        older.keptFile = newer.input.file;
        it->second = std::size_t(&newer - units.data());
    }
}

std::string joined(const std::vector<std::string>& parts)
{
    std::string out;
    for (const std::string& part : parts)
        out += (out.empty() ? "" : "; ") + part;
    return out;
}

} // namespace

UnitSelection selectUnits(std::vector<UnitInput> inputs, const ConsolidationOptions& options)
{
    UnitSelection selection;
    for (UnitInput& input : inputs)
    {
        SelectedUnit unit;
        unit.leftOut = leftOutByStatus(input.status, options);
        unit.included = unit.leftOut == LeftOut::No;
        unit.input = std::move(input);
        selection.units.push_back(std::move(unit));
    }
    leaveOutDuplicates(selection.units);

    std::vector<std::string> folded;
    std::string files;
    for (const SelectedUnit& unit : selection.units)
    {
        if (!unit.included || unit.input.period.empty())
            continue;
        const std::string key = foldText(unit.input.period);
        files += (files.empty() ? "" : ", ") + unit.input.file + " (" + unit.input.period + ")";
        bool seen = false;
        for (const std::string& f : folded)
            seen = seen || f == key;
        if (!seen)
        {
            folded.push_back(key);
            selection.periods.push_back(unit.input.period);
        }
    }
    selection.period = joined(selection.periods);
    if (selection.periods.size() > 1 && !options.allowMixedPeriods)
    {
        selection.refused = true;
        const TextArgs args{{"periods", selection.period}, {"files", files}};
        selection.problem = consolidationText("mixed-periods", Language::Vi, args);
        selection.problemEn = consolidationText("mixed-periods", Language::En, args);
    }
    return selection;
}

} // namespace parcalc
