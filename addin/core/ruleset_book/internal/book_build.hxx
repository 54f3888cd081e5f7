// book_build: what the sheet readers share while they turn a workbook into rule-set
// JSON: the JSON itself, where each JSON path came from (sheet + cell, so the loader's
// errors can name cells), the problems found, and a sheet located by its header row.
#pragma once

#include "core/ruleset_book/book_layout.hxx"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace parcalc::book::detail
{

// A sheet whose columns are found by their headers (any order; a missing column reads empty).
class SheetTable
{
public:
    SheetTable(const CellGrid& grid, const std::vector<Column>& columns);

    bool found() const { return m_headerRow.has_value(); }
    std::size_t firstRow() const { return m_headerRow ? *m_headerRow + 1 : 0; }
    std::size_t endRow() const { return m_grid.rows(); }
    const CellGrid& grid() const { return m_grid; }

    const Cell& cell(std::size_t row, std::size_t column) const;
    std::string text(std::size_t row, std::size_t column) const;
    // The A1 address of a column's cell on `row` (the first column's when it is missing).
    std::string address(std::size_t row, std::size_t column) const;
    bool blankLine(std::size_t row) const;

private:
    const CellGrid& m_grid;
    std::optional<std::size_t> m_headerRow;
    std::vector<std::optional<std::size_t>> m_columns; // layout column -> grid column
};

struct BookBuild
{
    nlohmann::json root = nlohmann::json::object();
    std::vector<std::pair<std::string, BookProblem>> places; // JSON path -> where (no text)
    std::vector<BookProblem> problems;

    void place(const std::string& path, const SheetTable& sheet, std::size_t row,
               std::size_t column);
    void problem(const SheetTable& sheet, std::size_t row, std::size_t column, std::string vi,
                 std::string en);
    void problem(const SheetTable& sheet, std::size_t row, std::size_t column,
                 const LocalText& why);
    // "không có loại quy tắc 'ti le'; chọn một trong: …"
    void unknownTerm(const SheetTable& sheet, std::size_t row, std::size_t column,
                     const struct TermList& terms, const std::string& typed);
    // The place of the longest registered prefix of `path`; nullptr when none.
    const BookProblem* placeOf(const std::string& path) const;
};

void readInfoSheet(const SheetTable& sheet, BookBuild& build);
void readRowsSheet(const SheetTable& sheet, BookBuild& build);
void readCriteriaSheet(const SheetTable& sheet, BookBuild& build);

} // namespace parcalc::book::detail
