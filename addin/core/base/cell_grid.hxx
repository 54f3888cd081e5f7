// CellGrid: the validator's input, a rectangular block of cells read from one
// sheet (UNO getDataArray, a CSV, a test). Knows where it sits on the sheet so
// findings can name real A1 addresses.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace parcalc
{

enum class CellType
{
    Empty,
    Number,
    Text,
    Error, // a formula error (#VALUE!, Err:502...); the caller marks these, getDataArray
           // alone returns them as empty
};

// The kind of number format a cell has, as the spreadsheet resolves it (Calc's
// css::util::NumberFormat type). Unknown: the source has no formats (CSV, TSV, a test).
enum class NumberFormatKind
{
    Unknown,
    General, // "General" / "Standard", or a plain number format (#,##0; 0.00)
    Percent, // the stored value is a fraction: 1.045 shows as 104,5 %
    Currency,
    Date,    // a date, a time or both: a serial number, not a count
    Text,    // "@": what is typed stays text, digits included
    Boolean,
    Other,   // scientific, fraction...
};

struct Cell
{
    CellType type = CellType::Empty;
    double number = 0.0; // Number: the value (a cell shown as 25 % holds 0.25)
    std::string text;    // Text: UTF-8 content; Error: the error text if known
    // The cell's number format, when the reader knows it. Percent is what matters most:
    // without it a % row's 0.25 is read as 25 % and 97 as 97 %, but 1.2 stays ambiguous.
    NumberFormatKind format = NumberFormatKind::Unknown;
    // Decimals the format shows (0.00% -> 2), -1 when unknown.
    int formatDecimals = -1;

    bool percentFormat() const { return format == NumberFormatKind::Percent; }

    static Cell empty() { return Cell{}; }
    static Cell makeNumber(double value, NumberFormatKind format = NumberFormatKind::Unknown)
    {
        return Cell{CellType::Number, value, {}, format, -1};
    }
    // Tests and fixtures: `percent` true = formatted as a percentage.
    static Cell makeNumber(double value, bool percent)
    {
        return makeNumber(value, percent ? NumberFormatKind::Percent : NumberFormatKind::Unknown);
    }
    static Cell makeText(std::string value)
    {
        return Cell{CellType::Text, 0.0, std::move(value), NumberFormatKind::Unknown, -1};
    }
    static Cell makeError(std::string what = {})
    {
        return Cell{CellType::Error, 0.0, std::move(what), NumberFormatKind::Unknown, -1};
    }

    bool isEmpty() const { return type == CellType::Empty; }
};

// "A", "Z", "AA" for 0, 25, 26.
std::string columnName(std::size_t col);
// "D12" for sheet row 11, sheet column 3 (both 0-based).
std::string a1Address(std::size_t sheetRow, std::size_t sheetCol);

class CellGrid
{
public:
    CellGrid() = default;
    CellGrid(std::size_t rows, std::size_t cols);

    std::size_t rows() const { return m_rows; }
    std::size_t cols() const { return m_cols; }

    // Outside the grid: an empty cell (tables often end before the used area does).
    const Cell& at(std::size_t row, std::size_t col) const;
    // Grows the grid (keeping it rectangular) when (row, col) is outside it.
    void set(std::size_t row, std::size_t col, Cell cell);

    const std::string& sheetName() const { return m_sheetName; }
    void setSheetName(std::string name) { m_sheetName = std::move(name); }

    // Sheet position of the grid's cell (0, 0), 0-based (a used area starting at B3: 2, 1).
    std::size_t originRow() const { return m_originRow; }
    std::size_t originCol() const { return m_originCol; }
    void setOrigin(std::size_t row, std::size_t col)
    {
        m_originRow = row;
        m_originCol = col;
    }

    // False for sources without cell types (CSV imported as text): every value is
    // text there, so "number stored as text" says nothing about the file.
    bool typedCells() const { return m_typedCells; }
    void setTypedCells(bool typed) { m_typedCells = typed; }

    // A1 address on the sheet of grid cell (row, col).
    std::string address(std::size_t row, std::size_t col) const
    {
        return a1Address(m_originRow + row, m_originCol + col);
    }

private:
    std::size_t m_rows = 0;
    std::size_t m_cols = 0;
    std::vector<Cell> m_cells; // row-major
    std::string m_sheetName;
    std::size_t m_originRow = 0;
    std::size_t m_originCol = 0;
    bool m_typedCells = true;
};

} // namespace parcalc
