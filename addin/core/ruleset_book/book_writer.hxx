// book_writer: a RuleSet written back as the sheets of the authoring workbook (for
// `parcalc ruleset export`): Hướng dẫn, Thông tin, Biểu thống kê, Tiêu chí, each with its
// header notes (English), its drop-down lists and the columns that must stay text.
// readRuleSetBook of these sheets gives the same model back.
#pragma once

#include "core/base/cell_grid.hxx"
#include "core/ruleset/ruleset.hxx"

#include <cstddef>
#include <string>
#include <vector>

namespace parcalc::book
{

// A closed choice on one column, from the line under the header down to lastRow.
struct ChoiceList
{
    std::size_t column = 0;
    std::size_t lastRow = 0; // grid row, inclusive
    std::vector<std::string> words;
};

struct BookSheet
{
    CellGrid grid; // its sheetName is the sheet's
    std::size_t headerRow = 0;
    std::vector<std::string> headerNotes; // one per column of the header row ("" for none)
    std::vector<ChoiceList> choices;
    std::vector<std::size_t> textColumns; // typed "= 1.2.2 / 1.2.1" or 1.1 stays text
};

// Lines below the last one that keep the drop-down lists, for what a province adds.
inline constexpr std::size_t kSpareLines = 200;

std::vector<BookSheet> writeRuleSetBook(const RuleSet& ruleSet);

// The Hướng dẫn sheet: how to fill the workbook, one worked example per check and rule kind.
BookSheet guideSheet();

} // namespace parcalc::book
