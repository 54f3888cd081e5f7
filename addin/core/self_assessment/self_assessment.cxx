// self_assessment: recognising a self-assessment sheet: its header, its rows
// and their id tree. The sums are checked in self_assessment_check.cxx.
#include "core/self_assessment/self_assessment.hxx"

#include "core/text/number_format.hxx"
#include "core/text/text_fold.hxx"
#include "core/text/vn_number.hxx"

#include <algorithm>
#include <unordered_map>

namespace parcalc
{
namespace
{

constexpr std::size_t kHeaderSearchRows = 40;

bool contains(const std::string& folded, std::string_view word)
{
    return folded.find(word) != std::string::npos;
}

std::string cellText(const Cell& cell)
{
    if (cell.type == CellType::Text)
        return cell.text;
    if (cell.type == CellType::Number)
        return plainNumberText(cell.number);
    return {};
}

enum class HeaderRole
{
    None,
    Id,
    Label,
    Max,
    Score,
    ScoreWeak, // "điểm đạt", "điểm đánh giá": a score column unless a "tự đánh giá" one exists
    Evidence,
};

HeaderRole roleOf(const std::string& f)
{
    if (f.empty())
        return HeaderRole::None;
    if (contains(f, "toi da") || contains(f, "diem chuan"))
        return HeaderRole::Max;
    if (contains(f, "tu danh gia") || contains(f, "tu cham") || contains(f, "diem tu"))
        return HeaderRole::Score;
    if (contains(f, "diem dat") || contains(f, "dat duoc") || contains(f, "diem danh gia"))
        return HeaderRole::ScoreWeak;
    if (contains(f, "kiem chung") || contains(f, "ghi chu"))
        return HeaderRole::Evidence;
    if (f == "stt" || f == "tt" || f == "so tt" || f == "so thu tu" || f.rfind("ma ", 0) == 0 ||
        f == "ma")
        return HeaderRole::Id;
    if (contains(f, "tieu chi") || contains(f, "linh vuc") || contains(f, "noi dung"))
        return HeaderRole::Label;
    return HeaderRole::None;
}

// Columns named by the header texts of one row (or two rows joined per column).
std::optional<SelfAssessmentColumns> columnsOf(const std::vector<std::string>& folded)
{
    std::optional<std::size_t> id, label, max, score, weak, evidence;
    for (std::size_t c = 0; c < folded.size(); ++c)
    {
        switch (roleOf(folded[c]))
        {
        case HeaderRole::Id:
            if (!id)
                id = c;
            break;
        case HeaderRole::Label:
            if (!label)
                label = c;
            break;
        case HeaderRole::Max:
            if (!max)
                max = c;
            break;
        case HeaderRole::Score:
            if (!score)
                score = c;
            break;
        case HeaderRole::ScoreWeak:
            if (!weak)
                weak = c;
            break;
        case HeaderRole::Evidence:
            if (!evidence)
                evidence = c;
            break;
        case HeaderRole::None:
            break;
        }
    }
    if (!score)
        score = weak;
    if (!max || !score || *max == *score)
        return std::nullopt;
    SelfAssessmentColumns cols;
    cols.max = *max;
    cols.score = *score;
    cols.evidence = evidence;
    cols.label = label;
    if (id)
        cols.id = *id;
    else
    {
        // The leftmost named header cell that is not max / score / evidence, else column A.
        cols.id = 0;
        for (std::size_t c = 0; c < folded.size(); ++c)
            if (!folded[c].empty() && c != *max && c != *score && c != evidence)
            {
                cols.id = c;
                break;
            }
    }
    if (!cols.label && cols.id + 1 < folded.size() && cols.id + 1 != cols.max &&
        cols.id + 1 != cols.score)
        cols.label = cols.id + 1;
    return cols;
}

int romanValue(const std::string& s)
{
    static const std::pair<const char*, int> numerals[] = {
        {"I", 1},   {"II", 2},   {"III", 3}, {"IV", 4}, {"V", 5},   {"VI", 6},
        {"VII", 7}, {"VIII", 8}, {"IX", 9},  {"X", 10}, {"XI", 11}, {"XII", 12}};
    for (const auto& [text, value] : numerals)
        if (s == text)
            return value;
    return 0;
}

// "6.1.1", "6.1.", "II" -> "2", 6.1 (a number) -> "6.1"; "" when the cell is no criterion number.
std::string criterionId(const Cell& cell)
{
    if (cell.type == CellType::Number)
    {
        if (cell.number <= 0 || cell.number >= 1000)
            return {};
        return plainNumberText(cell.number);
    }
    if (cell.type != CellType::Text)
        return {};
    std::string s = cell.text;
    const auto begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    s = s.substr(begin, s.find_last_not_of(" \t\r\n") - begin + 1);
    while (!s.empty() && (s.back() == '.' || s.back() == ')'))
        s.pop_back();
    if (int roman = romanValue(s))
        return std::to_string(roman);
    // digits groups separated by '.', the last group may be a letter ("6.2.3.a")
    if (s.empty() || !std::isdigit(static_cast<unsigned char>(s[0])))
        return {};
    bool lastDot = false;
    for (std::size_t i = 0; i < s.size(); ++i)
    {
        const char c = s[i];
        if (std::isdigit(static_cast<unsigned char>(c)))
            lastDot = false;
        else if (c == '.' && !lastDot)
            lastDot = true;
        else if (std::isalpha(static_cast<unsigned char>(c)) && lastDot && i + 1 == s.size())
            return s;
        else
            return {};
    }
    return lastDot ? std::string() : s;
}

ScoreCell readScoreCell(const CellGrid& grid, std::size_t row, std::size_t col)
{
    ScoreCell out;
    out.cell = grid.address(row, col);
    const Cell& cell = grid.at(row, col);
    switch (cell.type)
    {
    case CellType::Empty:
        return out;
    case CellType::Error:
        out.state = ScoreCell::State::Invalid;
        out.shown = cell.text.empty() ? "#VALUE!" : cell.text;
        return out;
    case CellType::Number:
        out.state = ScoreCell::State::Number;
        out.value = cell.number;
        out.shown = formatVnShort(cell.number, 3);
        return out;
    case CellType::Text:
        break;
    }
    out.shown = cell.text;
    const VnNumber n = parseVnNumber(cell.text);
    switch (n.kind)
    {
    case CellKind::Empty:
        out.shown.clear();
        return out;
    case CellKind::Number:
        if (!n.ambiguous && !n.percent)
        {
            out.state = ScoreCell::State::Number;
            out.value = n.value;
            return out;
        }
        break;
    case CellKind::NoData:
        if (isNotApplicableMarker(n.marker))
        {
            out.state = ScoreCell::State::NotApplicable;
            return out;
        }
        break;
    case CellKind::NotANumber:
        break;
    }
    out.state = ScoreCell::State::Invalid;
    return out;
}

bool isTotalLabel(const std::string& folded)
{
    return folded.rfind("tong", 0) == 0;
}

bool isIndexLabel(const std::string& folded)
{
    return folded.rfind("chi so", 0) == 0;
}

// Header row(s) and columns: a single row first, then two rows joined per column.
std::optional<std::pair<std::size_t, SelfAssessmentColumns>> findHeader(const CellGrid& grid,
                                                                        std::size_t& dataRow)
{
    const std::size_t limit = std::min(grid.rows(), kHeaderSearchRows);
    std::vector<std::vector<std::string>> folded(limit);
    for (std::size_t r = 0; r < limit; ++r)
        for (std::size_t c = 0; c < grid.cols(); ++c)
            folded[r].push_back(grid.at(r, c).type == CellType::Text ? foldText(grid.at(r, c).text)
                                                                     : std::string());
    for (std::size_t r = 0; r < limit; ++r)
        if (auto cols = columnsOf(folded[r]))
        {
            dataRow = r + 1;
            return std::make_pair(r, *cols);
        }
    // A two-row header: "Điểm" above "Tối đa" | "Tự đánh giá".
    for (std::size_t r = 0; r + 1 < limit; ++r)
    {
        std::vector<std::string> joined(grid.cols());
        for (std::size_t c = 0; c < grid.cols(); ++c)
            joined[c] = folded[r][c] +
                        (folded[r][c].empty() || folded[r + 1][c].empty() ? "" : " ") +
                        folded[r + 1][c];
        if (auto cols = columnsOf(joined))
        {
            dataRow = r + 2;
            return std::make_pair(r, *cols);
        }
    }
    return std::nullopt;
}

} // namespace

SelfAssessmentSheet recognizeSelfAssessment(const CellGrid& grid)
{
    SelfAssessmentSheet sheet;
    sheet.sheet = grid.sheetName();
    std::size_t dataRow = 0;
    const auto header = findHeader(grid, dataRow);
    if (!header)
        return sheet;
    sheet.headerRow = header->first;
    sheet.columns = header->second;
    const SelfAssessmentColumns& cols = sheet.columns;
    for (std::size_t r = 0; r < sheet.headerRow; ++r)
        for (std::size_t c = 0; c < grid.cols(); ++c)
            if (grid.at(r, c).type == CellType::Text && !grid.at(r, c).text.empty())
                sheet.titles.push_back(grid.at(r, c).text);

    std::unordered_map<std::string, std::size_t> byId;
    std::size_t lastRow = sheet.headerRow;
    std::size_t afterTotal = 0;
    for (std::size_t r = dataRow; r < grid.rows(); ++r)
    {
        const Cell& idCell = grid.at(r, cols.id);
        const std::string idText = cellText(idCell);
        const std::string labelText = cols.label ? cellText(grid.at(r, *cols.label)) : "";
        const std::string idFolded = foldText(idText), labelFolded = foldText(labelText);
        if (sheet.totalRow)
        {
            // Below the total: only a "Chỉ số" row, a few lines down at most.
            if (++afterTotal > 5)
                break;
            if (isIndexLabel(idFolded) || isIndexLabel(labelFolded))
            {
                ScoreCell index = readScoreCell(grid, r, cols.score);
                if (index.state == ScoreCell::State::Empty)
                    index = readScoreCell(grid, r, cols.max); // "Chỉ số" merged over two columns
                if (index.state != ScoreCell::State::Empty)
                    sheet.index = index;
                break;
            }
            continue;
        }
        SelfAssessmentRow row;
        row.gridRow = r;
        row.max = readScoreCell(grid, r, cols.max);
        row.score = readScoreCell(grid, r, cols.score);
        if (cols.evidence)
        {
            row.evidence = cellText(grid.at(r, *cols.evidence));
            row.evidenceCell = grid.address(r, *cols.evidence);
        }
        const bool hasValue =
            row.max.state != ScoreCell::State::Empty || row.score.state != ScoreCell::State::Empty;
        if (isTotalLabel(idFolded) || (idText.empty() && isTotalLabel(labelFolded)))
        {
            if (!hasValue)
                continue;
            row.total = true;
            row.label = idText.empty() ? labelText : idText;
            sheet.totalRow = sheet.rows.size();
            sheet.rows.push_back(std::move(row));
            lastRow = r;
            continue;
        }
        row.id = criterionId(idCell);
        if (row.id.empty() || !hasValue || byId.count(row.id))
            continue; // notes, blank lines, a repeated number
        row.label = labelText;
        byId.emplace(row.id, sheet.rows.size());
        sheet.rows.push_back(std::move(row));
        lastRow = r;
    }
    if (sheet.rows.empty())
        return sheet;
    sheet.found = true;
    // The tree: a row's parent is its nearest listed ancestor by id ("6.1.1" -> "6.1" -> "6").
    for (std::size_t i = 0; i < sheet.rows.size(); ++i)
    {
        SelfAssessmentRow& row = sheet.rows[i];
        if (row.total)
            continue;
        std::string id = row.id;
        for (auto dot = id.rfind('.'); dot != std::string::npos; dot = id.rfind('.'))
        {
            id.resize(dot);
            if (auto it = byId.find(id); it != byId.end())
            {
                row.parent = it->second;
                sheet.rows[it->second].children.push_back(i);
                break;
            }
        }
        if (!row.parent)
            sheet.top.push_back(i);
    }
    std::size_t lastCol = std::max(
        {cols.id, cols.max, cols.score, cols.label.value_or(0), cols.evidence.value_or(0)});
    sheet.range = grid.address(sheet.headerRow, 0) + ":" + grid.address(lastRow, lastCol);
    return sheet;
}

} // namespace parcalc
