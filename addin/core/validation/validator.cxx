// validator: recognise -> match -> read -> check -> messages.
#include "core/validation/validator.hxx"

#include "core/appendix/table_titles.hxx"
#include "core/findings/finding_messages.hxx"
#include "core/validation/checks.hxx"

#include <algorithm>

namespace parcalc
{
namespace
{

// Index of the sheet whose table matches most rule-set rows, if any has a table.
std::optional<std::size_t> pickSheet(const std::vector<CellGrid>& sheets, const RuleSet& ruleSet,
                                     std::vector<AppendixData>& read)
{
    std::optional<std::size_t> best;
    std::size_t bestRows = 0;
    read.reserve(sheets.size());
    for (std::size_t i = 0; i < sheets.size(); ++i)
    {
        read.push_back(readAppendix(sheets[i], ruleSet));
        const AppendixData& data = read.back();
        if (data.table.found && (!best || data.match.rowsFound > bestRows))
        {
            best = i;
            bestRows = data.match.rowsFound;
        }
    }
    return best;
}

ValidationResult notFound(const std::vector<const CellGrid*>& sheets, const RuleSet& ruleSet)
{
    ValidationResult result;
    result.rowsExpected = ruleSet.rows.size();
    std::string names;
    for (const CellGrid* grid : sheets)
        names += (names.empty() ? "" : ", ") + ("\"" + grid->sheetName() + "\"");
    if (!sheets.empty())
        result.sheet = sheets.front()->sheetName();
    Finding f = makeFinding(FindingCode::TableNotFound, Severity::Error, "", "");
    f.sheet = result.sheet;
    f.detail = names.empty() ? "(không có trang tính / no sheet)" : names;
    fillMessages(f);
    result.findings.push_back(std::move(f));
    return result;
}

// A table without a single figure is a blank template: one warning for the
// table says it better than an empty-value warning on each of its rows.
void collapseBlankTable(const ValidationResult& result, const AppendixData& data,
                        std::vector<Finding>& findings)
{
    const bool anyFigure =
        std::any_of(data.values.begin(), data.values.end(),
                    [](const RowValue& v) { return v.state != ValueState::Empty; });
    if (anyFigure)
        return;
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [](const Finding& f)
                                  { return f.code == FindingCode::EmptyValue; }),
                   findings.end());
    Finding f = makeFinding(FindingCode::EmptyValue, Severity::Warning, "", "");
    f.sheet = result.sheet;
    f.variant = "table";
    f.detail = result.sheet + "!" + result.range;
    findings.push_back(std::move(f));
}

// A table split over sheets: a row missing here but found in another sheet's table says
// where it is, so the reviewer sees a split table rather than rows left out.
void pointToOtherSheets(const std::vector<CellGrid>& sheets, const RuleSet& ruleSet,
                        const std::vector<AppendixData>& read, std::size_t picked,
                        std::vector<Finding>& findings)
{
    for (Finding& f : findings)
    {
        if (f.code != FindingCode::MissingRow)
            continue;
        const auto row = ruleSet.find(f.row);
        for (std::size_t i = 0; row && i < read.size(); ++i)
        {
            if (i == picked || !read[i].table.found || !read[i].match.sheetRowOf[*row])
                continue;
            f.variant = "other-sheet";
            f.ref = sheets[i].sheetName() + "!" + read[i].cells[*row];
            fillMessages(f);
            break;
        }
    }
}

ValidationResult finish(const CellGrid& grid, const RuleSet& ruleSet, const AppendixData& data,
                        const AppendixData* previous)
{
    ValidationResult result;
    result.tableFound = true;
    result.sheet = grid.sheetName();
    result.range = data.table.range(grid);
    result.rowsFound = data.match.rowsFound;
    result.rowsExpected = ruleSet.rows.size();
    result.unit = unitFromTitles(data.table.titles);
    result.period = periodFromTitles(data.table.titles);

    std::vector<bool> found(ruleSet.rows.size());
    for (std::size_t r = 0; r < found.size(); ++r)
        found[r] = data.match.sheetRowOf[r].has_value();
    const CheckInput input{
        ruleSet,          data.values, found, data.cells, previous ? &previous->values : nullptr,
        grid.typedCells()};
    std::vector<Finding>& findings = result.findings;
    findings = data.match.findings;
    checkRowValues(input, findings);
    collapseBlankTable(result, data, findings);
    runChecks(input, findings);
    if (data.table.secondHeaderRow)
    {
        Finding f =
            makeFinding(FindingCode::SecondTable, Severity::Warning, "",
                        grid.address(*data.table.secondHeaderRow, data.table.secondHeaderCol));
        f.detail = result.range;
        findings.push_back(std::move(f));
    }

    // Table order: by rule-set row; rows the template lacks last, in sheet order.
    std::vector<std::pair<std::size_t, std::size_t>> order; // (rule row, position)
    order.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i)
    {
        auto index = ruleSet.find(findings[i].row);
        const bool known = index && findings[i].code != FindingCode::UnexpectedRow;
        order.emplace_back(known ? *index : ruleSet.rows.size(), i);
    }
    std::sort(order.begin(), order.end());
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (const auto& entry : order)
        sorted.push_back(std::move(findings[entry.second]));
    findings = std::move(sorted);
    for (Finding& f : findings)
    {
        f.sheet = result.sheet;
        fillMessages(f);
    }
    return result;
}

} // namespace

std::size_t ValidationResult::count(Severity severity) const
{
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(),
                                                  [&](const Finding& f)
                                                  { return f.severity == severity; }));
}

const RowValue* AppendixData::value(const RuleSet& ruleSet, std::string_view rowId) const
{
    auto index = ruleSet.find(rowId);
    return index && *index < values.size() ? &values[*index] : nullptr;
}

AppendixData readAppendix(const CellGrid& grid, const RuleSet& ruleSet)
{
    AppendixData data;
    data.table = recognizeTable(grid);
    data.values.resize(ruleSet.rows.size());
    data.cells.resize(ruleSet.rows.size());
    if (!data.table.found)
        return data;
    data.match = matchRows(data.table, ruleSet, grid);
    const TableColumns& cols = data.table.columns;
    static const Cell kEmpty;
    for (std::size_t r = 0; r < ruleSet.rows.size(); ++r)
    {
        const auto& s = data.match.sheetRowOf[r];
        if (!s)
            continue;
        const std::size_t gridRow = data.table.rows[*s].gridRow;
        const Cell& note = cols.note ? grid.at(gridRow, *cols.note) : kEmpty;
        data.values[r] = readRowValue(grid.at(gridRow, cols.value), note, ruleSet.rows[r].kind);
        data.cells[r] = grid.address(gridRow, cols.value);
    }
    return data;
}

ValidationResult validate(const CellGrid& grid, const RuleSet& ruleSet, const CellGrid* previous)
{
    const AppendixData data = readAppendix(grid, ruleSet);
    if (!data.table.found)
        return notFound({&grid}, ruleSet);
    std::optional<AppendixData> before;
    if (previous)
        before = readAppendix(*previous, ruleSet);
    return finish(grid, ruleSet, data, before && before->table.found ? &*before : nullptr);
}

ValidationResult validateWorkbook(const std::vector<CellGrid>& sheets, const RuleSet& ruleSet,
                                  const std::vector<CellGrid>* previous)
{
    std::vector<AppendixData> read;
    const auto index = pickSheet(sheets, ruleSet, read);
    if (!index)
    {
        std::vector<const CellGrid*> all;
        for (const CellGrid& grid : sheets)
            all.push_back(&grid);
        return notFound(all, ruleSet);
    }
    std::optional<AppendixData> before;
    if (previous)
    {
        std::vector<AppendixData> readBefore;
        if (auto i = pickSheet(*previous, ruleSet, readBefore))
            before = std::move(readBefore[*i]);
    }
    ValidationResult result =
        finish(sheets[*index], ruleSet, read[*index], before ? &*before : nullptr);
    pointToOtherSheets(sheets, ruleSet, read, *index, result.findings);
    return result;
}

} // namespace parcalc
