// consolidation_sheets: the output workbook of a consolidation as plain cells, for the
// office to store (.ods, .xlsx) and for CSV: "Tổng hợp" (the appendix template filled with
// the totals, titled with the consolidating unit and the period, so `parcalc` reads it as
// an appendix again), "Theo đơn vị" (the total beside one column per unit, the cells a
// unit has findings on marked), "Phát hiện" (each unit's findings), "Nguồn" (every file,
// its unit, period, status and why it was left out). Every sheet speaks `language` (texts
// from consolidation_texts), except the form's own words on "Tổng hợp", which stay
// Vietnamese so the sheet is still the template and reads back as an appendix.
#pragma once

#include "core/base/cell_grid.hxx"
#include "core/consolidation/consolidation.hxx"
#include "core/text/language.hxx"

#include <string>
#include <utility>
#include <vector>

namespace parcalc
{

struct OutputSheet
{
    CellGrid grid; // its sheet name set; percent cells carry NumberFormatKind::Percent
    std::vector<std::size_t> boldRows;
    std::vector<std::pair<std::size_t, std::size_t>> marked; // (row, col): a finding there
};

// `consolidatingUnit`: who consolidates ("UBND tỉnh Bắc Kạn"); "" names only the count.
std::vector<OutputSheet> consolidationSheets(const Consolidation& consolidation,
                                             const RuleSet& ruleSet,
                                             const std::string& consolidatingUnit,
                                             Language language);

// "Theo đơn vị" as CSV (UTF-8 with a BOM, CRLF; numbers in C notation, ratios as fractions).
std::string consolidationCsv(const Consolidation& consolidation, const RuleSet& ruleSet,
                             Language language);

} // namespace parcalc
