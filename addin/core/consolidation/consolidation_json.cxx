// consolidation_json: units, then rows with their totals and one value per unit.
#include "core/consolidation/consolidation_json.hxx"

#include "core/findings/finding_json.hxx"

namespace parcalc
{
namespace
{

using Json = nlohmann::ordered_json;

Json optionalNumber(const std::optional<double>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json figureJson(const UnitFigure& figure, RowAggregate how)
{
    switch (figure.state)
    {
    case UnitFigure::State::Number:
        if (how == RowAggregate::YesCount)
            return Json(figure.number != 0);
        return Json(figure.number);
    case UnitFigure::State::Text:
        return Json(figure.text);
    case UnitFigure::State::NotArising: // nothing arose: a count of 0, no ratio
        return how == RowAggregate::Sum ? Json(0) : Json(nullptr);
    case UnitFigure::State::Missing:
        break;
    }
    return Json(nullptr);
}

Json unitJson(const SelectedUnit& unit)
{
    const UnitInput& input = unit.input;
    Json out;
    out["file"] = input.file;
    out["unit"] = textOrNull(input.unit);
    out["period"] = textOrNull(input.period);
    out["status"] = std::string(unitStatusName(input.status));
    out["included"] = unit.included;
    out["reason"] = textOrNull(unit.reason());
    out["reason_en"] = textOrNull(unit.reasonEn());
    return out;
}

Json rowJson(const ConsolidatedRow& row, const Consolidation& consolidation,
             const RuleSet& ruleSet)
{
    const RowDef& def = ruleSet.rows[row.row];
    Json out;
    out["id"] = def.id;
    out["kind"] = std::string(rowKindName(def.kind));
    out["aggregate"] = std::string(rowAggregateName(row.how));
    out["total"] = optionalNumber(row.total);
    out["not_arising"] = row.notArising;
    out["min"] = optionalNumber(row.min);
    out["median"] = optionalNumber(row.median);
    out["max"] = optionalNumber(row.max);
    out["answered"] = row.answered;
    Json choices = Json::object();
    for (const ChoiceCount& choice : row.choices)
        choices[choice.choice] = choice.units;
    out["choices"] = row.how == RowAggregate::ChoiceCount ? choices : Json(nullptr);
    Json missing = Json::array();
    for (std::size_t unit : row.missing)
        missing.push_back(consolidation.selection.units[unit].input.displayName());
    out["missing"] = missing;
    Json byUnit = Json::array();
    for (const UnitFigure& figure : row.byUnit)
        byUnit.push_back(figureJson(figure, row.how));
    out["by_unit"] = byUnit;
    return out;
}

} // namespace

Json consolidationJson(const Consolidation& consolidation, const RuleSet& ruleSet)
{
    Json out;
    out["schema_version"] = kReportSchemaVersion;
    out["ruleset"] = {{"id", consolidation.rulesetId}, {"version", consolidation.rulesetVersion}};
    out["period"] = textOrNull(consolidation.selection.period);
    Json units = Json::array();
    for (const SelectedUnit& unit : consolidation.selection.units)
        units.push_back(unitJson(unit));
    out["units"] = units;
    Json rows = Json::array();
    for (const ConsolidatedRow& row : consolidation.rows)
        rows.push_back(rowJson(row, consolidation, ruleSet));
    out["rows"] = rows;
    return out;
}

std::string consolidationJsonText(const Consolidation& consolidation, const RuleSet& ruleSet)
{
    return consolidationJson(consolidation, ruleSet).dump(2) + "\n";
}

} // namespace parcalc
