// fix_planner: the one obvious fix of a finding, decided without UNO, so the
// service only has to write what the plan says. Fixable findings:
//   ratio-mismatch   -> the ratio computed from its parts (a percentage)
//   number-as-text   -> the number the text stands for ("03" -> 3, "2,30" on a % row -> 2,3 %)
//   zero-denominator -> the words "Không phát sinh" (0/0 means no cases, not 0 %)
// Nothing else is ever fixed, and nothing is fixed without a user's click.
#pragma once

#include "core/base/cell_grid.hxx"
#include "core/findings/finding.hxx"
#include "core/ruleset/ruleset.hxx"
#include "core/validation/validator.hxx"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace parcalc::sidebar
{

// What ParCalc writes for 0 % reported for 0/0 (a no-data marker the validator accepts).
inline constexpr std::string_view kNotArisingText = "Không phát sinh";

enum class FixAction
{
    WriteNumber, // number, shown as a percentage with `decimals` when `percent`
    WriteText,   // text
};

struct CellFix
{
    FixAction action = FixAction::WriteNumber;
    std::string sheet;
    std::string cell;         // A1
    std::size_t sheetRow = 0; // 0-based
    std::size_t sheetCol = 0;
    double number = 0.0; // the cell value (a percentage as a fraction: 25 % -> 0.25)
    bool percent = false;
    int decimals = 0; // percent: decimals of the percentage shown ("0.00%" -> 2)
    std::string text;
    std::string display; // as a reviewer reads it: "25 %", "3", "Không phát sinh"
};

// Codes that may have a fix (the finding itself decides: a ratio without usable parts has none).
bool isFixableCode(FindingCode code);

// The fix of `finding`, read against the grid of the sheet it is on; nullopt when there is
// no single obvious fix.
std::optional<CellFix> planFix(const Finding& finding, const CellGrid& sheet,
                               const RuleSet& ruleSet);
// The same from the table already read (readAppendix of the finding's sheet): many findings,
// one reading.
std::optional<CellFix> planFix(const Finding& finding, const AppendixData& table,
                               const RuleSet& ruleSet);

// "D16" -> (15, 3) (0-based row, column); "$D$16" too. nullopt when not an A1 address.
std::optional<std::pair<std::size_t, std::size_t>> parseA1(std::string_view address);

} // namespace parcalc::sidebar
