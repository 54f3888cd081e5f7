// consolidation_sheets: the four sheets of the output workbook, cell by cell.
#include "core/consolidation/consolidation_sheets.hxx"

#include "core/base/severity.hxx"
#include "core/reports/batch_report.hxx"
#include "core/text/number_format.hxx"

namespace parcalc
{
namespace
{

const std::string kNotArising = "Không phát sinh";

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

// The total's cell on "Tổng hợp" and "Theo đơn vị".
Cell totalCell(const ConsolidatedRow& row, RowKind kind)
{
    if (row.notArising)
        return Cell::makeText(kNotArising);
    if (row.how == RowAggregate::ChoiceCount)
    {
        std::string counts;
        for (const ChoiceCount& choice : row.choices)
            counts += (counts.empty() ? "" : "; ") + choice.choice + ": " +
                      std::to_string(choice.units);
        return text(counts);
    }
    if (!row.total)
        return Cell::empty();
    return row.how == RowAggregate::YesCount ? Cell::makeNumber(*row.total) : number(*row.total, kind);
}

// The Ghi chú of a total: how it was made when that is not a plain sum, who is missing.
std::string totalNote(const Consolidation& c, const ConsolidatedRow& row)
{
    std::string note;
    if (row.how == RowAggregate::YesCount)
        note = formatVnShort(row.total.value_or(0), 0) + "/" + std::to_string(row.answered) +
               " đơn vị trả lời Có";
    else if (row.how == RowAggregate::MinMedianMax && row.min)
        note = "Không cộng (không có số liệu thành phần): thấp nhất " + percentText(*row.min) +
               ", trung vị " + percentText(*row.median) + ", cao nhất " + percentText(*row.max);
    if (!row.missing.empty())
        note += (note.empty() ? "" : ". ") + std::string("Thiếu số liệu: ") +
                unitNames(c, row.missing);
    return note;
}

const ConsolidatedRow* totalled(const Consolidation& c, std::size_t row)
{
    for (const ConsolidatedRow& r : c.rows)
        if (r.row == row)
            return &r;
    return nullptr;
}

OutputSheet summarySheet(const Consolidation& c, const RuleSet& ruleSet, const std::string& by)
{
    OutputSheet sheet;
    CellGrid& g = sheet.grid;
    g.setSheetName("Tổng hợp");
    addRow(g, {text("Phụ lục")});
    addRow(g, {text("BIỂU TỔNG HỢP SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH " +
                    c.selection.period)});
    // The unit alone in its brackets, the way table_titles finds it in an appendix.
    addRow(g, {text(by.empty() ? "" : "(Kèm theo Báo cáo tổng hợp của " + by + ")")});
    addRow(g, {text("Tổng hợp từ " + std::to_string(c.selection.included().size()) +
                    " đơn vị (xem trang Nguồn)")});
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
                   row ? totalCell(*row, def.kind) : Cell::empty(),
                   text(row ? totalNote(c, *row) : "")});
    }
    return sheet;
}

Cell unitCell(const UnitFigure& figure, const ConsolidatedRow& row, RowKind kind)
{
    switch (figure.state)
    {
    case UnitFigure::State::Number:
        if (row.how == RowAggregate::YesCount)
            return Cell::makeText(figure.number != 0 ? "Có" : "Không");
        return number(figure.number, kind);
    case UnitFigure::State::NotArising:
        return Cell::makeText(kNotArising);
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

OutputSheet byUnitSheet(const Consolidation& c, const RuleSet& ruleSet)
{
    OutputSheet sheet;
    CellGrid& g = sheet.grid;
    g.setSheetName("Theo đơn vị");
    const std::vector<std::size_t> included = c.selection.included();
    std::vector<Cell> header{text("STT"), text("Chỉ tiêu thống kê"), text("Đơn vị tính"),
                             text("Tổng hợp")};
    for (std::size_t unit : included)
        header.push_back(text(c.selection.units[unit].input.displayName()));
    addRow(g, header);
    sheet.boldRows = {0};
    for (const ConsolidatedRow& row : c.rows)
    {
        const RowDef& def = ruleSet.rows[row.row];
        std::vector<Cell> cells{text(def.stt), text(def.label), text(def.unit),
                                totalCell(row, def.kind)};
        for (std::size_t k = 0; k < included.size(); ++k)
        {
            const UnitInput& input = c.selection.units[included[k]].input;
            cells.push_back(unitCell(row.byUnit[included[k]], row, def.kind));
            if (hasFinding(input, def.id))
                sheet.marked.emplace_back(g.rows(), 4 + k);
        }
        addRow(g, cells);
    }
    return sheet;
}

OutputSheet findingsSheet(const Consolidation& c)
{
    OutputSheet sheet;
    CellGrid& g = sheet.grid;
    g.setSheetName("Phát hiện");
    addRow(g, {text("Đơn vị / Unit"), text("Tệp / File"), text("Mức độ / Severity"),
               text("Mã / Code"), text("Dòng / Row"), text("Ô / Cell"), text("Nội dung"),
               text("Message")});
    sheet.boldRows = {0};
    for (const SelectedUnit& unit : c.selection.units)
        if (unit.input.appendix())
            for (const Finding& f : unit.input.findings)
                addRow(g, {text(unit.input.displayName()), text(unit.input.file),
                           text(std::string(severityLabel(f.severity, Language::Vi))),
                           text(std::string(findingCodeName(f.code))), text(f.row), text(f.cell),
                           text(f.message), text(f.messageEn)});
    return sheet;
}

std::string statusText(UnitStatus status)
{
    switch (status)
    {
    case UnitStatus::Valid:
        return "hợp lệ / valid";
    case UnitStatus::Invalid:
        return "có lỗi / has errors";
    case UnitStatus::SelfAssessment:
        return "bảng tự đánh giá / self-assessment sheet";
    case UnitStatus::NotAppendix:
        return "không phải biểu số liệu / not an appendix";
    case UnitStatus::Unreadable:
        break;
    }
    return "không đọc được / unreadable";
}

OutputSheet sourcesSheet(const Consolidation& c)
{
    OutputSheet sheet;
    CellGrid& g = sheet.grid;
    g.setSheetName("Nguồn");
    addRow(g, {text("Tệp / File"), text("Đơn vị / Unit"), text("Kỳ báo cáo / Period"),
               text("Trạng thái / Status"), text("Tổng hợp / Used"), text("Lý do bỏ qua"),
               text("Why left out")});
    sheet.boldRows = {0};
    for (const SelectedUnit& unit : c.selection.units)
        addRow(g, {text(unit.input.file), text(unit.input.unit), text(unit.input.period),
                   text(statusText(unit.input.status)), text(unit.included ? "có / yes" : "không / no"),
                   text(unit.reason()), text(unit.reasonEn())});
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
                                             const std::string& consolidatingUnit)
{
    return {summarySheet(consolidation, ruleSet, consolidatingUnit),
            byUnitSheet(consolidation, ruleSet), findingsSheet(consolidation),
            sourcesSheet(consolidation)};
}

std::string consolidationCsv(const Consolidation& consolidation, const RuleSet& ruleSet)
{
    const CellGrid grid = byUnitSheet(consolidation, ruleSet).grid;
    std::vector<std::vector<std::string>> rows(grid.rows());
    for (std::size_t r = 0; r < grid.rows(); ++r)
        for (std::size_t col = 0; col < grid.cols(); ++col)
            rows[r].push_back(csvCell(grid.at(r, col)));
    return csvText(rows);
}

} // namespace parcalc
