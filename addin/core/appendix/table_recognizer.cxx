// table_recognizer: header search, page-break header skipping, wrapped-label joining.
#include "core/appendix/table_recognizer.hxx"

#include "core/text/number_format.hxx"
#include "core/text/text_fold.hxx"
#include "core/text/unicode.hxx"

#include <boost/algorithm/string/predicate.hpp>

#include <algorithm>

namespace parcalc
{
namespace
{

enum class HeaderWord
{
    None,
    Stt,
    Label,
    Unit,
    Value,
    Merged, // "Kết quả thống kê" spanning unit + value
    Note,
};

// Headers are short; longer texts are never folded (keeps ICU out of data cells).
constexpr std::size_t kMaxHeaderBytes = 48;

std::string_view textOf(const Cell& cell)
{
    return cell.type == CellType::Text ? std::string_view(cell.text) : std::string_view{};
}

// ASCII whitespace only (boost::trim would build a std::locale per call); NBSP and other
// Unicode spaces are left to foldText where it matters.
std::string trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return std::string(text);
}

HeaderWord classify(std::string_view text)
{
    if (text.empty() || text.size() > kMaxHeaderBytes)
        return HeaderWord::None;
    const std::string f = foldText(text);
    using boost::algorithm::starts_with;
    if (f == "stt" || f == "tt" || f == "so tt" || f == "so thu tu" || f == "thu tu")
        return HeaderWord::Stt;
    if (starts_with(f, "chi tieu") || starts_with(f, "ten chi tieu") || starts_with(f, "noi dung"))
        return HeaderWord::Label;
    if (f == "don vi tinh" || f == "dvt") // not "đơn vị": that is a unit in a data row
        return HeaderWord::Unit;
    if (starts_with(f, "ket qua thong ke"))
        return HeaderWord::Merged;
    if (starts_with(f, "so lieu") || f == "gia tri" || f == "ket qua")
        return HeaderWord::Value;
    if (f == "ghi chu")
        return HeaderWord::Note;
    return HeaderWord::None;
}

// Cheap pre-test before folding: an STT header starts with S/s/T/t and is short.
bool mayBeSttHeader(std::string_view text)
{
    const std::string t = trimmed(text);
    return !t.empty() && t.size() <= 16 &&
           (t[0] == 'S' || t[0] == 's' || t[0] == 'T' || t[0] == 't');
}

std::optional<TableColumns> headerAt(const CellGrid& grid, std::size_t row, std::size_t sttCol,
                                     std::size_t& headerRows)
{
    TableColumns cols;
    cols.stt = sttCol;
    std::optional<std::size_t> label, unit, value, merged, note;
    bool secondRowUsed = false;
    const std::size_t end = std::min(grid.cols(), sttCol + 12);
    for (std::size_t c = sttCol + 1; c < end; ++c)
    {
        const HeaderWord top = classify(textOf(grid.at(row, c)));
        const HeaderWord below = classify(textOf(grid.at(row + 1, c)));
        auto take = [&](HeaderWord word, bool second)
        {
            std::optional<std::size_t>* slot = nullptr;
            switch (word)
            {
            case HeaderWord::Label:
                slot = &label;
                break;
            case HeaderWord::Unit:
                slot = &unit;
                break;
            case HeaderWord::Value:
                slot = &value;
                break;
            case HeaderWord::Merged:
                slot = &merged;
                break;
            case HeaderWord::Note:
                slot = &note;
                break;
            default:
                return;
            }
            if (!*slot)
            {
                *slot = c;
                secondRowUsed = secondRowUsed || second;
            }
        };
        take(top, false);
        if (below == HeaderWord::Unit || below == HeaderWord::Value)
            take(below, true);
    }
    if (!value && merged)
    {
        // merged header with no second row: unit then value under "Kết quả thống kê"
        unit = unit ? unit : merged;
        value = *merged + 1;
    }
    if (!label || !value)
        return std::nullopt;
    cols.label = *label;
    cols.unit = unit;
    cols.value = *value;
    cols.note = note;
    headerRows = secondRowUsed ? 2 : 1;
    return cols;
}

bool startsLowercase(std::string_view text)
{
    if (text.empty())
        return false;
    size_t i = 0;
    const int32_t c = unicode::nextCodePoint(text, i);
    return c == '(' || (c > 0 && unicode::isLower(c));
}

std::string sttOf(const Cell& cell)
{
    if (cell.type == CellType::Number)
        return plainNumberText(cell.number);
    std::string t = trimmed(textOf(cell));
    while (!t.empty() && (t.back() == '.' || t.back() == ')'))
        t.pop_back();
    return t;
}

class Builder
{
public:
    Builder(const CellGrid& grid, RecognizedTable& table) : m_grid(grid), m_table(table) {}

    void collect();

private:
    const Cell& cell(std::size_t row, std::optional<std::size_t> col) const
    {
        static const Cell kEmpty;
        return col ? m_grid.at(row, *col) : kEmpty;
    }
    bool isRepeatedHeader(std::size_t row) const;
    bool isRowEmpty(std::size_t row) const;
    bool startsNewTable(std::size_t headerRow) const;
    void endBefore(std::size_t headerRow);

    const CellGrid& m_grid;
    RecognizedTable& m_table;
};

bool Builder::isRowEmpty(std::size_t row) const
{
    const TableColumns& c = m_table.columns;
    return cell(row, c.stt).isEmpty() && cell(row, c.label).isEmpty() &&
           cell(row, c.unit).isEmpty() && cell(row, c.value).isEmpty() &&
           cell(row, c.note).isEmpty();
}

bool Builder::isRepeatedHeader(std::size_t row) const
{
    const TableColumns& c = m_table.columns;
    const std::string_view stt = textOf(cell(row, c.stt));
    if (!stt.empty())
        return mayBeSttHeader(stt) && classify(stt) == HeaderWord::Stt;
    // the second header row: only "Đơn vị tính" / "Số liệu" under the merged header
    if (!cell(row, c.label).isEmpty())
        return false;
    const Cell& valueCell = cell(row, c.value);
    if (valueCell.type == CellType::Number)
        return false;
    const HeaderWord unit = classify(textOf(cell(row, c.unit)));
    const HeaderWord value = classify(textOf(valueCell));
    return unit == HeaderWord::Unit || value == HeaderWord::Value;
}

// A repeated header whose next row starts the numbering again (the table's first STT,
// "1") opens a second table; a page-break header is followed by the next rows instead.
bool Builder::startsNewTable(std::size_t headerRow) const
{
    const TableColumns& c = m_table.columns;
    if (m_table.rows.size() < 2 || m_table.rows.front().stt.empty() ||
        textOf(cell(headerRow, c.stt)).empty())
        return false;
    for (std::size_t r = headerRow + 1; r < m_grid.rows() && r <= headerRow + 3; ++r)
    {
        if (isRowEmpty(r) || isRepeatedHeader(r))
            continue;
        const Cell& label = cell(r, c.label);
        const std::string text = trimmed(textOf(label));
        if (text == "2" || text == "(2)" || (label.type == CellType::Number && label.number == 2))
            continue; // the column-number row (1) (2) (3)...
        return sttOf(cell(r, c.stt)) == m_table.rows.front().stt;
    }
    return false;
}

// Ends the table above a second table's header: the title lines pasted with it (text in
// the STT column only) go too.
void Builder::endBefore(std::size_t headerRow)
{
    const TableColumns& c = m_table.columns;
    while (!m_table.rows.empty())
    {
        const SheetRow& last = m_table.rows.back();
        if (!last.label.empty() || !last.unit.empty() || !cell(last.gridRow, c.value).isEmpty())
            break;
        m_table.rows.pop_back();
    }
    m_table.lastRow = m_table.rows.empty() ? m_table.firstRow : m_table.rows.back().gridRow;
    m_table.secondHeaderRow = headerRow;
    m_table.secondHeaderCol = c.stt;
}

void Builder::collect()
{
    const TableColumns& c = m_table.columns;
    std::size_t emptyRun = 0;
    m_table.lastRow = m_table.firstRow;
    for (std::size_t r = m_table.firstRow; r < m_grid.rows(); ++r)
    {
        if (isRowEmpty(r))
        {
            // three blank rows end the table (signatures and notes may follow)
            if (++emptyRun >= 3 && !m_table.rows.empty())
                break;
            continue;
        }
        if (isRepeatedHeader(r))
        {
            if (startsNewTable(r))
            {
                endBefore(r);
                return;
            }
            emptyRun = 0;
            m_table.lastRow = r;
            continue;
        }
        emptyRun = 0;
        m_table.lastRow = r;
        SheetRow row;
        row.gridRow = r;
        row.stt = sttOf(cell(r, c.stt));
        row.label = trimmed(textOf(cell(r, c.label)));
        row.unit = trimmed(textOf(cell(r, c.unit)));
        if (!row.stt.empty() && row.stt.size() <= 12 && (row.stt[0] == 'T' || row.stt[0] == 't') &&
            foldText(row.stt) == "trong do")
        {
            row.ofWhich = true;
            row.stt.clear();
        }
        const bool continuation = row.stt.empty() && !row.ofWhich && row.unit.empty() &&
                                  cell(r, c.value).isEmpty() && cell(r, c.note).isEmpty() &&
                                  !row.label.empty() && !m_table.rows.empty() &&
                                  startsLowercase(row.label);
        if (continuation)
        {
            m_table.rows.back().label += " " + row.label;
            continue;
        }
        m_table.rows.push_back(std::move(row));
    }
}

} // namespace

std::string RecognizedTable::range(const CellGrid& grid) const
{
    if (!found)
        return {};
    std::size_t left = std::min(columns.stt, columns.label);
    std::size_t right = std::max({columns.stt, columns.label, columns.value});
    if (columns.unit)
        right = std::max(right, *columns.unit);
    if (columns.note)
        right = std::max(right, *columns.note);
    return grid.address(headerRow, left) + ":" + grid.address(lastRow, right);
}

namespace
{

struct HeaderHit
{
    std::size_t row = 0;
    std::size_t col = 0;
    std::size_t rows = 1; // header rows: 1 or 2
    TableColumns columns;
};

// The first appendix header at or below `from`.
std::optional<HeaderHit> findHeader(const CellGrid& grid, std::size_t from)
{
    for (std::size_t r = from; r < grid.rows(); ++r)
    {
        for (std::size_t c = 0; c < grid.cols(); ++c)
        {
            const std::string_view text = textOf(grid.at(r, c));
            if (!mayBeSttHeader(text) || classify(text) != HeaderWord::Stt)
                continue;
            HeaderHit hit;
            if (auto cols = headerAt(grid, r, c, hit.rows))
            {
                hit.row = r;
                hit.col = c;
                hit.columns = *cols;
                return hit;
            }
        }
    }
    return std::nullopt;
}

} // namespace

RecognizedTable recognizeTable(const CellGrid& grid)
{
    RecognizedTable table;
    const auto header = findHeader(grid, 0);
    if (!header)
        return table;
    table.found = true;
    table.columns = header->columns;
    table.headerRow = header->row;
    table.firstRow = header->row + header->rows;
    for (std::size_t r = 0; r < table.headerRow; ++r)
    {
        for (std::size_t c = 0; c < grid.cols(); ++c)
        {
            const std::string t = trimmed(textOf(grid.at(r, c)));
            if (!t.empty())
                table.titles.push_back(t);
        }
    }
    // a column-number row under the header: (1) (2) (3)... or 1 2 3...
    const auto isOrdinal = [&](std::size_t col, double n)
    {
        const Cell& cell = grid.at(table.firstRow, col);
        if (cell.type == CellType::Number)
            return cell.number == n;
        const std::string t = trimmed(textOf(cell));
        return t == plainNumberText(n) || t == "(" + plainNumberText(n) + ")";
    };
    if (isOrdinal(table.columns.stt, 1) && isOrdinal(table.columns.label, 2))
        ++table.firstRow;
    Builder(grid, table).collect();
    if (!table.secondHeaderRow)
        if (const auto second = findHeader(grid, table.lastRow + 1))
        {
            table.secondHeaderRow = second->row;
            table.secondHeaderCol = second->col;
        }
    return table;
}

} // namespace parcalc
