// unit_selection: which submitted files a consolidation uses and why the others are left
// out: not an appendix (a self-assessment sheet, no table), unreadable, with errors under
// --exclude-invalid, or an older file of a unit and period given twice. Files naming
// different periods refuse the run unless mixing is allowed.
#pragma once

#include "core/consolidation/unit_input.hxx"
#include "core/text/language.hxx"

#include <string>
#include <vector>

namespace parcalc
{

struct ConsolidationOptions
{
    bool excludeInvalid = false;    // leave out appendices with errors (default: flag them)
    bool allowMixedPeriods = false; // consolidate files of different periods anyway
};

enum class LeftOut
{
    No,
    Unreadable,
    NotAppendix,
    SelfAssessment,
    Invalid,   // errors, and --exclude-invalid
    Duplicate, // the same unit and period as a newer file
};

struct SelectedUnit
{
    UnitInput input;
    bool included = false;
    LeftOut leftOut = LeftOut::No;
    std::string keptFile; // Duplicate: the file kept instead
    std::string reason(Language language) const; // why left out ("" when included)
    std::string reason() const { return reason(Language::Vi); }
    std::string reasonEn() const { return reason(Language::En); }
};

struct UnitSelection
{
    std::vector<SelectedUnit> units; // in input order
    // The period of the included files ("" when none names one); with mixed periods allowed,
    // every distinct period joined by "; ".
    std::string period;
    std::vector<std::string> periods; // the distinct periods named, in input order
    bool refused = false;             // mixed periods, not allowed
    std::string problem, problemEn;   // why refused

    std::vector<std::size_t> included() const; // indices into units
};

UnitSelection selectUnits(std::vector<UnitInput> inputs, const ConsolidationOptions& options);

} // namespace parcalc
