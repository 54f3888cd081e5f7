// function_args: the rules that give the Calc functions' arguments their meaning, kept
// out of the UNO adapter (addin/uno/functions) so they are unit-tested without an office:
// which PARPOINTS argument names the rule set, when a PARPROP cap is no cap, which
// PARGRADE scheme argument means the default scheme.
#pragma once

#include "core/base/expected.hxx"
#include "core/functions/cell_input.hxx"
#include "core/functions/grade.hxx"

#include <cstddef>
#include <optional>

namespace parcalc
{

// PARPOINTS(criterion; value; …; [rule set]): the last value argument names the rule set
// when it is not the only one, is one cell (not a range), and holds a text that reads
// neither as a number ("12,5") nor as a no-data marker ("Không phát sinh", "-", N/A).
bool lastArgumentNamesRuleSet(const CellInput& last, bool lastIsRange, std::size_t valueArguments);

// PARPROP's cap: omitted, or 0 (Calc passes a blank cell as 0, and a cap of 0 points means
// nothing sensible), is "no cap of its own".
std::optional<double> propCap(std::optional<double> cap);

// PARGRADE's scheme given as one value (`scalar`: the argument itself, not a one-cell
// range): empty, or a scalar 0 (Calc's blank cell) -> the default scheme; a text -> the
// scheme of that name (NotAvailable when unknown); anything else -> InvalidArgument.
// A scheme given as a two-column range is built with GradeScheme::fromBands.
Expected<const GradeScheme*> gradeSchemeArgument(const CellInput& cell, bool scalar);

} // namespace parcalc
