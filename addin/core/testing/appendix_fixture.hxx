// appendix_fixture (tests only): builds a clean, consistent appendix table from a
// rule set, lets a test plant mistakes in it, and lays it out on a grid in several
// ways (title rows, offset, one- or two-row header, repeated headers).
#pragma once

#include "core/base/cell_grid.hxx"
#include "core/ruleset/ruleset.hxx"

#include <string>
#include <vector>

namespace parcalc::testing
{

struct FixtureRow
{
    std::string id; // rule-set row id ("" for a planted extra row); not written to the grid
    std::string stt;
    std::string label;
    std::string unit;
    Cell value;
    std::string note;
};

struct FixtureLayout
{
    std::size_t titleRows = 2; // text rows above the header
    std::size_t blankRows = 1; // empty rows between titles and header
    std::size_t firstCol = 0;  // column of STT on the grid
    std::size_t originRow = 0; // grid origin on the sheet
    std::size_t originCol = 0;
    bool twoRowHeader = true;   // "Kết quả thống kê" over "Đơn vị tính" / "Số liệu"
    bool columnNumbers = false; // a (1) (2) (3) (4) (5) row under the header
    std::size_t repeatHeaderEvery = 0; // repeat the header after every N rows (0: never)
    bool numericStt = false;           // STT typed as numbers where they are ("1", "1.1")
    std::string labelHeader = "Chỉ tiêu thống kê";
    std::string sheetName = "Phụ lục";
};

class AppendixFixture
{
public:
    // Clean values: counts 10 (raised so every part <= whole and sum holds), ratios computed
    // from their parts, percentages 50 %, yes/no "Có", choices the first word allowed.
    explicit AppendixFixture(const RuleSet& ruleSet);

    FixtureRow& row(const std::string& id);
    void set(const std::string& id, Cell value) { row(id).value = std::move(value); }
    void erase(const std::string& id);
    void insertAfter(const std::string& id, FixtureRow extra);
    // Makes the ratio rows agree with their parts again after a count was changed.
    void recomputeRatios();

    std::vector<FixtureRow>& rows() { return m_rows; }
    CellGrid build(const FixtureLayout& layout = {}) const;

private:
    const RuleSet& m_ruleSet;
    std::vector<FixtureRow> m_rows;
};

} // namespace parcalc::testing
