// The work behind org.parcalc.AppendixValidator (validation_service), one job
// per file: rule-set choice (service_rulesets), one check of a document and its
// report (service_validate), marks (service_marks), fixes (service_fixes),
// export (service_export). Free functions called inside the service's guarded
// methods; they throw the ParCalc messages the service hands on.
#pragma once

#include "core/ruleset/ruleset.hxx"
#include "core/ruleset/ruleset_cache.hxx"
#include "core/ruleset/ruleset_catalog.hxx"
#include "core/submission/submission.hxx"
#include "core/validation/validator.hxx"
#include "sidebar/model/ui_strings.hxx"
#include "sidebar/service/document_access.hxx"

#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/parcalc/FindingInfo.hpp>
#include <org/parcalc/ValidationReport.hpp>

#include <memory>
#include <string>
#include <vector>

namespace parcalc::sidebar::service
{

// --- rule sets (service_rulesets) --------------------------------------------------------------

std::string describeErrors(const std::vector<RuleSetError>& errors, Language language);
// The rule-set choice of a document: the session's (read-only documents) or its property.
std::string documentChoice(const css::uno::Reference<css::frame::XModel>& model);
// getBundledRuleSets: (id, title in the UI language) of every bundled rule set.
css::uno::Sequence<css::beans::StringPair> bundledRuleSetTitles(Language language);
// setRuleSet: IllegalArgumentException when the choice does not load.
void chooseRuleSet(const css::uno::Reference<css::frame::XModel>& document,
                   const OUString& fileOrId, Language language);
// useRuleSetBook (service_rulebook): `book` built into BOOK.json beside it and chosen for
// `target`; returns that file's path. Refused (IllegalArgumentException) when `book` is not
// saved or has problems (the first ones, sheet!cell: what, in the message).
std::string useRuleSetBook(const css::uno::Reference<css::frame::XModel>& book,
                           const css::uno::Reference<css::frame::XModel>& target,
                           Language language);

// --- one check of a document (service_validate) ------------------------------------------------

// A closed document: DisposedException saying so.
void requireOpen(const css::uno::Reference<css::frame::XModel>& model);
// The document of a call, open and a spreadsheet (IllegalArgumentException if not).
css::uno::Reference<css::sheet::XSpreadsheetDocument>
openSpreadsheet(const css::uno::Reference<css::frame::XModel>& model);
void requireWritable(const css::uno::Reference<css::frame::XModel>& model, Language language);

struct Checked
{
    std::vector<CellGrid> sheets;
    std::shared_ptr<const RuleSet> ruleSet;
    std::string choice;
    std::string ruleSetError;
    SubmissionKind kind = SubmissionKind::Neither;
    ValidationResult result;

    const CellGrid* sheet(const std::string& name) const;
};

Checked check(const css::uno::Reference<css::frame::XModel>& model, Language language);
// validate: the check as the panel reads it.
org::parcalc::ValidationReport
validationReport(const css::uno::Reference<css::frame::XModel>& document, Language language);

// --- marks (service_marks) ---------------------------------------------------------------------

std::size_t markedCellCount(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);
// markCells: one mark per cell with findings, as one undo step. Returns the cells marked.
sal_Int32 markFindings(const css::uno::Reference<css::frame::XModel>& document, Language language);
// Removes ParCalc's marks (colour and comment) and restores what the cells had. Call inside an
// UndoContext. Returns the number of cells cleared.
sal_Int32 clearMarksIn(const css::uno::Reference<css::frame::XModel>& model,
                       const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// --- fixes (service_fixes) ---------------------------------------------------------------------

// applyFix: false when the finding is stale or has no fix; one undo step otherwise.
sal_Bool applyFindingFix(const css::uno::Reference<css::frame::XModel>& document,
                         const org::parcalc::FindingInfo& finding, Language language);

// --- export (service_export) -------------------------------------------------------------------

void exportCheck(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XModel>& document, const OUString& url,
                 const OUString& format, Language uiLanguage);

} // namespace parcalc::sidebar::service
