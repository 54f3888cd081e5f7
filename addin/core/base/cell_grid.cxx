// CellGrid: storage, growth and A1 addresses.
#include "core/base/cell_grid.hxx"

#include <algorithm>

namespace parcalc
{

std::string columnName(std::size_t col)
{
    std::string name;
    ++col; // bijective base 26: A..Z, AA..
    while (col > 0)
    {
        const std::size_t digit = (col - 1) % 26;
        name.insert(name.begin(), static_cast<char>('A' + digit));
        col = (col - 1) / 26;
    }
    return name;
}

std::string a1Address(std::size_t sheetRow, std::size_t sheetCol)
{
    return columnName(sheetCol) + std::to_string(sheetRow + 1);
}

CellGrid::CellGrid(std::size_t rows, std::size_t cols)
    : m_rows(rows), m_cols(cols), m_cells(rows * cols)
{
}

const Cell& CellGrid::at(std::size_t row, std::size_t col) const
{
    static const Cell kEmpty;
    if (row >= m_rows || col >= m_cols)
        return kEmpty;
    return m_cells[row * m_cols + col];
}

void CellGrid::set(std::size_t row, std::size_t col, Cell cell)
{
    if (row >= m_rows || col >= m_cols)
    {
        const std::size_t rows = std::max(m_rows, row + 1);
        const std::size_t cols = std::max(m_cols, col + 1);
        if (cols == m_cols)
        {
            // New rows only: row-major, so they append (amortised O(1) per row; copying the
            // whole grid here made building a sheet row by row quadratic, issue 6).
            m_cells.resize(rows * cols);
            m_rows = rows;
            m_cells[row * m_cols + col] = std::move(cell);
            return;
        }
        std::vector<Cell> cells(rows * cols);
        for (std::size_t r = 0; r < m_rows; ++r)
            for (std::size_t c = 0; c < m_cols; ++c)
                cells[r * cols + c] = std::move(m_cells[r * m_cols + c]);
        m_cells = std::move(cells);
        m_rows = rows;
        m_cols = cols;
    }
    m_cells[row * m_cols + col] = std::move(cell);
}

} // namespace parcalc
