// Document -> sheets -> core validator.
#include "document_validator.hxx"

#include "sheet_reader.hxx"

namespace parcalc::uno
{

parcalc::ValidationResult
validateDocument(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                 const parcalc::RuleSet& ruleSet,
                 const css::uno::Reference<css::sheet::XSpreadsheetDocument>& previous)
{
    const std::vector<parcalc::CellGrid> sheets = readSheets(document);
    if (!previous.is())
        return parcalc::validateWorkbook(sheets, ruleSet);
    const std::vector<parcalc::CellGrid> previousSheets = readSheets(previous);
    return parcalc::validateWorkbook(sheets, ruleSet, &previousSheets);
}

} // namespace parcalc::uno
