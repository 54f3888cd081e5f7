// The validation service shared by the sidebar, the batch tool and the tests:
// a spreadsheet document in, the core validator's result out. Reads each sheet
// with one range call; all judgement is in addin/core/validator.
#pragma once

#include "validator.hxx"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace parcalc::uno
{

// Validates the sheet holding the appendix table. `previous` (may be empty):
// the same unit's document for the previous period, for the lũy kế checks.
parcalc::ValidationResult
validateDocument(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                 const parcalc::RuleSet& ruleSet,
                 const css::uno::Reference<css::sheet::XSpreadsheetDocument>& previous = {});

} // namespace parcalc::uno
