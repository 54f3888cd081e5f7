// consolidation_sheets: the four sheets of the output workbook, cell by cell.
#include "core/consolidation/consolidation_sheets.hxx"

#include "core/base/severity.hxx"
#include "core/consolidation/consolidation_texts.hxx"
#include "core/reports/batch_report.hxx"
#include "core/text/number_format.hxx"

namespace parcalc
{
namespace
{

// The form's own words on "Tổng hợp", Vietnamese in either language: the sheet is the
// appendix template attached to the report, and table_recognizer / value_reader read it back
// as an appendix by these words.
const std::string kFormNotArising = "Không phát sinh";

// Appends one row of cells to `grid`.
void addRow(CellGrid& grid, const std::vector<Cell>& cells)
{
    const std::size_t row = grid.rows();
    for (std::size_t col = 0; col < cells.size(); ++col)
        grid.set(row, col, cells[col]);
    if (cells.empty())
        grid.set(row, 0, Cell::empty());
}

Cell text(const std::string& s)
{
    return s.empty() ? Cell::empty() : Cell::makeText(s);
}

Cell number(double value, RowKind kind)
{
    return Cell::makeNumber(value, isPercentKind(kind) ? NumberFormatKind::Percent
                                                       : NumberFormatKind::General);
}

std::string percentText(double fraction)
{
    return formatVnPercent(fraction * 100);
}

std::string unitNames(const Consolidation& c, const std::vector<std::size_t>& units)
{
    std::string out;
    for (std::size_t unit : units)
        out += (out.empty() ? "" : ", ") + c.selection.units[unit].input.displayName();
    return out;
}

// The total's cell on "Tổng hợp" and "Theo đơn vị"; `notArising` is how the sheet says 0/0.
Cell totalCell(const ConsolidatedRow& row, RowKind kind, const std::string& notArising)
{
    if (row.notArising)
        return Cell::makeText(notArising);
    if (row.how == RowAggregate::ChoiceCount)
    {
        std::string counts;
        for (const ChoiceCount& choice : row.choices)
            counts +=
                (counts.empty() ? "" : "; ") + choice.choice + ": " + std::to_string(choice.units);
        return text(counts);
    }
    if (!row.total)
        return Cell::empty();
    return row.how == RowAggregate::YesCount ? Cell::makeNumber(*row.total)
                                             : number(*row.total, kind);
}

// The Ghi chú of a total: how it was made when that is not a plain sum, who is missing.
std::string totalNote(const Consolidation& c, const ConsolidatedRow& row, Language language)
{
    std::string note;
    if (row.how == RowAggregate::YesCount)
        note = consolidationText("note-yes-count", language,
                                 {{"yes", formatVnShort(row.total.value_or(0), 0)},
                                  {"answered", std::to_string(row.answered)}});
    else if (row.how == RowAggregate::MinMedianMax && row.min)
        note = consolidationText("note-spread", language,
                                 {{"min", percentText(*row.min)},
                                  {"median", percentText(*row.median)},
                                  {"max", percentText(*row.max)}});
    if (!row.missing.empty())
        note += (note.empty() ? "" : ". ") +
                consolidationText("note-missing", language, {{"units", unitNames(c, row.missing)}});
    return note;
}

const ConsolidatedRow* totalled(const Consolidation& c, std::size_t row)
{
    for (const ConsolidatedRow& r : c.rows)
        if (r.row == row)
            return &r;
    return nullptr;
}

OutputSheet summarySheet(const Consolidation& c, const RuleSet& ruleSet, const std::string& by,
                         Language language)
{
    OutputSheet sheet;
    CellGrid& g = sheet.grid;
    g.setSheetName(consolidationText("sheet-summary", language));
    addRow(g, {text("Phụ lục")});
    addRow(g, {text("BIỂU TỔNG HỢP SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH " +
                    c.selection.period)});
    // The unit alone in its brackets, the way table_titles finds it in an appendix.
    addRow(g, {text(by.empty() ? "" : "(Kèm theo Báo cáo tổng hợp của " + by + ")")});
    addRow(g, {text(consolidationText("summary-from", language,
                                      {{"count", std::to_string(c.selection.included().size())},
                                       {"sheet", consolidationText("sheet-sources", language)}}))});
    addRow(g, {});
    sheet.boldRows = {1, 5, 6};
    addRow(g, {text("STT"), text("Chỉ tiêu thống kê"), text("Kết quả thống kê"), Cell::empty(),
               text("Ghi chú")});
    addRow(g, {Cell::empty(), Cell::empty(), text("Đơn vị tính"), text("Số liệu")});
    for (std::size_t i = 0; i < ruleSet.rows.size(); ++i)
    {
        const RowDef& def = ruleSet.rows[i];
        const ConsolidatedRow* row = totalled(c, i);
        addRow(g, {text(def.stt), text(def.label), text(def.unit),
                   row ? totalCell(*row, def.kind, kFormNotArising) : Cell::empty(),
                   text(row ? totalNote(c, *row, language) : "")});
    }
    return sheet;
}

Cell unitCell(const UnitFigure& figure, const ConsolidatedRow& row, RowKind kind, Language language)
{
    switch (figure.state)
    {
    case UnitFigure::State::Number:
        if (row.how == RowAggregate::YesCount)
            return Cell::makeText(consolidationText(figure.number != 0 ? "yes" : "no", language));
        return number(figure.number, kind);
    case UnitFigure::State::NotArising:
        return Cell::makeText(consolidationText("not-arising", language));
    case UnitFigure::State::Text:
        return text(figure.text);
    case UnitFigure::State::Missing:
        break;
    }
    return Cell::empty();
}

bool hasFinding(const UnitInput& input, const std::string& rowId)
{
    for (const Finding& f : input.findings)
        if (f.row == rowId && f.severity != Severity::Info)
            return true;
    return false;
}

// The header cells of `keys` in `language`.
std::vector<Cell> header(std::initializer_list<std::string_view> keys, Language language)
{
    std::vector<Cell> cells;
    for (std::string_view key : keys)
        cells.push_back(text(consolidationText(key, language)));
    return cells;
}

OutputSheet byUnitSheet(const Consolidation& c, const RuleSet& ruleSet, Language language)
{
    OutputSheet sheet;
    CellGrid& g = sheet.grid;
    g.setSheetName(consolidationText("sheet-by-unit", language));
    const std::vector<std::size_t> included = c.selection.included();
    std::vector<Cell> cols =
        header({"col-stt", "col-indicator", "col-measure", "col-total"}, language);
    for (std::size_t unit : included)
        cols.push_back(text(c.selection.units[unit].input.displayName()));
    addRow(g, cols);
    sheet.boldRows = {0};
    for (const ConsolidatedRow& row : c.rows)
    {
        const RowDef& def = ruleSet.rows[row.row];
        std::vector<Cell> cells{
            text(def.stt), text(def.label), text(def.unit),
            totalCell(row, def.kind, consolidationText("not-arising", language))};
        for (std::size_t k = 0; k < included.size(); ++k)
        {
            const UnitInput& input = c.selection.units[included[k]].input;
            cells.push_back(unitCell(row.byUnit[included[k]], row, def.kind, language));
            if (hasFinding(input, def.id))
                sheet.marked.emplace_back(g.rows(), 4 + k);
        }
        addRow(g, cells);
    }
    return sheet;
}

OutputSheet findingsSheet(const Consolidation& c, Language language)
{
    OutputSheet sheet;
    CellGrid& g = sheet.grid;
    g.setSheetName(consolidationText("sheet-findings", language));
    addRow(g, header({"col-unit", "col-file", "col-severity", "col-code", "col-row", "col-cell",
                      "col-message"},
                     language));
    sheet.boldRows = {0};
    for (const SelectedUnit& unit : c.selection.units)
        if (unit.input.appendix())
            for (const Finding& f : unit.input.findings)
                addRow(g, {text(unit.input.displayName()), text(unit.input.file),
                           text(severityLabel(f.severity, language)),
                           text(std::string(findingCodeName(f.code))), text(f.row), text(f.cell),
                           text(language == Language::Vi ? f.message : f.messageEn)});
    return sheet;
}

std::string_view statusKey(UnitStatus status)
{
    switch (status)
    {
    case UnitStatus::Valid:
        return "status-valid";
    case UnitStatus::Invalid:
        return "status-invalid";
    case UnitStatus::SelfAssessment:
        return "status-self-assessment";
    case UnitStatus::NotAppendix:
        return "status-not-appendix";
    case UnitStatus::Unreadable:
        break;
    }
    return "status-unreadable";
}

OutputSheet sourcesSheet(const Consolidation& c, Language language)
{
    OutputSheet sheet;
    CellGrid& g = sheet.grid;
    g.setSheetName(consolidationText("sheet-sources", language));
    addRow(g, header({"col-file", "col-unit", "col-period", "col-status", "col-used",
                      "col-why-left-out"},
                     language));
    sheet.boldRows = {0};
    for (const SelectedUnit& unit : c.selection.units)
        addRow(g, {text(unit.input.file), text(unit.input.unit), text(unit.input.period),
                   text(consolidationText(statusKey(unit.input.status), language)),
                   text(consolidationText(unit.included ? "yes" : "no", language)),
                   text(unit.reason(language))});
    return sheet;
}

std::string csvCell(const Cell& cell)
{
    switch (cell.type)
    {
    case CellType::Number:
        return plainNumberText(cell.number);
    case CellType::Text:
    case CellType::Error:
        return cell.text;
    case CellType::Empty:
        break;
    }
    return {};
}

} // namespace

std::vector<OutputSheet> consolidationSheets(const Consolidation& consolidation,
                                             const RuleSet& ruleSet,
                                             const std::string& consolidatingUnit,
                                             Language language)
{
    return {summarySheet(consolidation, ruleSet, consolidatingUnit, language),
            byUnitSheet(consolidation, ruleSet, language), findingsSheet(consolidation, language),
            sourcesSheet(consolidation, language)};
}

std::string consolidationCsv(const Consolidation& consolidation, const RuleSet& ruleSet,
                             Language language)
{
    const CellGrid grid = byUnitSheet(consolidation, ruleSet, language).grid;
    std::vector<std::vector<std::string>> rows(grid.rows());
    for (std::size_t r = 0; r < grid.rows(); ++r)
        for (std::size_t col = 0; col < grid.cols(); ++col)
            rows[r].push_back(csvCell(grid.at(r, col)));
    return csvText(rows);
}

} // namespace parcalc
