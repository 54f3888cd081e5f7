// FodsWriter: writes a flat ODF spreadsheet (.fods) row by row, fast enough for
// the benchmark's sheets of 10^4-10^5 cells (filling them over UNO cell by cell
// would take minutes). Only what the benchmark needs: numbers, texts and
// formulas in ODFF syntax (of:=...), one or more tables.
#pragma once

#include <fstream>
#include <string>
#include <vector>

namespace parcalc::bench
{

struct Cell
{
    enum class Kind
    {
        Empty,
        Number,
        Text,
        Formula, // ODFF without the "of:=" prefix, e.g. SUM([.A1:.B1])
    };
    Kind kind = Kind::Empty;
    double number = 0.0;
    std::string text;

    static Cell empty() { return {}; }
    static Cell num(double value) { return {Kind::Number, value, {}}; }
    static Cell str(std::string value) { return {Kind::Text, 0.0, std::move(value)}; }
    static Cell formula(std::string odff) { return {Kind::Formula, 0.0, std::move(odff)}; }
};

class FodsWriter
{
public:
    explicit FodsWriter(const std::string& path); // throws std::runtime_error
    void beginTable(const std::string& name);
    void row(const std::vector<Cell>& cells);
    void endTable();
    void finish(); // closes the document; throws if writing failed

private:
    std::string m_path;
    std::ofstream m_out;
    std::string m_line;
};

// Column letters of a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA.
std::string columnName(int index);

} // namespace parcalc::bench
