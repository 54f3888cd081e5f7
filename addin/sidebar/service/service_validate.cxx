// One check of a document: open and a spreadsheet, read with range calls,
// validated with its rule set, and converted to the report the panel reads.
#include "sidebar/service/service_parts.hxx"

#include "sidebar/model/fix_planner.hxx"
#include "sidebar/service/finding_fields.hxx"
#include "uno/base/ustrings.hxx"
#include "uno/io/sheet_reader.hxx"

#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>

namespace parcalc::sidebar::service
{

using uno::fromUtf8;

// A closed document's model still answers queryInterface, but its methods throw
// a DisposedException that says only where in LibreOffice, or hand back null
// (getSheets) for our UNO_QUERY_THROW to report as an "unsatisfied query".
// Checked first, so the caller learns what happened.
void requireOpen(const css::uno::Reference<css::frame::XModel>& model)
{
    if (!model.is())
        return;
    try
    {
        model->getURL();
    }
    catch (const css::lang::DisposedException&)
    {
        throw css::lang::DisposedException("ParCalc: the document was closed", {});
    }
}

css::uno::Reference<css::sheet::XSpreadsheetDocument>
openSpreadsheet(const css::uno::Reference<css::frame::XModel>& model)
{
    requireOpen(model);
    return spreadsheetOf(model);
}

void requireWritable(const css::uno::Reference<css::frame::XModel>& model, Language language)
{
    if (isReadOnly(model))
        throw css::lang::IllegalArgumentException(fromUtf8(uiText(language, "message.readOnly")),
                                                  {}, 0);
}

const CellGrid* Checked::sheet(const std::string& name) const
{
    for (const auto& grid : sheets)
        if (grid.sheetName() == name)
            return &grid;
    return nullptr;
}

Checked check(const css::uno::Reference<css::frame::XModel>& model, Language language)
{
    auto doc = openSpreadsheet(model);
    Checked c;
    c.choice = documentChoice(model);
    RuleSetChoice chosen = ruleSetOrDefault(RuleSetCache::shared(), c.choice);
    c.ruleSetError = describeErrors(chosen.choiceErrors, language);
    if (!chosen.ruleSet) // the bundled default is broken: a build error, caught by the tests
        throw css::uno::RuntimeException(fromUtf8("ParCalc: bundled rule set: " +
                                                  describeErrors(chosen.defaultErrors, language)));
    c.ruleSet = std::move(chosen.ruleSet);
    c.sheets = uno::readSheets(doc);
    SubmissionVerdict verdict = checkSubmission(c.sheets, *c.ruleSet);
    c.kind = verdict.kind;
    c.result = std::move(verdict.result);
    return c;
}

namespace
{

org::parcalc::FindingInfo toInfo(const Finding& f, const std::optional<CellFix>& fix)
{
    org::parcalc::FindingInfo info;
    info.Code = fromUtf8(findingCodeName(f.code));
    info.Severity = fromUtf8(severityName(f.severity));
    for (const auto& [plain, text] : findingTextFields<Finding>())
        info.*text = fromUtf8(f.*plain);
    info.Fixable = fix.has_value();
    info.FixValue = fix ? fromUtf8(fix->display) : OUString();
    return info;
}

} // namespace

org::parcalc::ValidationReport
validationReport(const css::uno::Reference<css::frame::XModel>& document, Language language)
{
    const Checked c = check(document, language);
    const ValidationResult& r = c.result;
    org::parcalc::ValidationReport report;
    report.TableFound = r.tableFound;
    report.Submission = fromUtf8(submissionKindName(c.kind));
    for (const auto& [plain, text] : reportTextFields<ValidationResult>())
        report.*text = fromUtf8(r.*plain);
    report.RowsFound = sal_Int32(r.rowsFound);
    report.RowsExpected = sal_Int32(r.rowsExpected);
    report.RuleSetChoice = fromUtf8(c.choice);
    report.RuleSetId = fromUtf8(c.ruleSet->id);
    report.RuleSetVersion = fromUtf8(c.ruleSet->version);
    report.RuleSetTitle = fromUtf8(language == Language::Vi || c.ruleSet->title.en.empty()
                                       ? c.ruleSet->title.vi
                                       : c.ruleSet->title.en);
    report.RuleSetError = fromUtf8(c.ruleSetError);
    report.Errors = sal_Int32(r.count(Severity::Error));
    report.Warnings = sal_Int32(r.count(Severity::Warning));
    report.Infos = sal_Int32(r.count(Severity::Info));
    const CellGrid* grid = c.sheet(r.sheet);
    const AppendixData table = grid ? readAppendix(*grid, *c.ruleSet) : AppendixData{};
    report.Findings.realloc(sal_Int32(r.findings.size()));
    for (std::size_t i = 0; i < r.findings.size(); ++i)
    {
        const Finding& f = r.findings[i];
        std::optional<CellFix> fix;
        if (grid && f.sheet == r.sheet)
            fix = planFix(f, table, *c.ruleSet);
        report.Findings[sal_Int32(i)] = toInfo(f, fix);
    }
    report.MarkedCells = sal_Int32(markedCellCount(spreadsheetOf(document)));
    report.ReadOnly = isReadOnly(document);
    return report;
}

} // namespace parcalc::sidebar::service
