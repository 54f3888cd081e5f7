// submission: appendix, self-assessment sheet or neither, and the findings of each.
#include "core/submission/submission.hxx"

#include "core/findings/finding_messages.hxx"
#include "core/ruleset_book/book_layout.hxx"
#include "core/self_assessment/self_assessment.hxx"

#include <optional>

namespace parcalc
{
namespace
{

// The authoring workbook's sheets a workbook has ("Thông tin, Biểu thống kê, Tiêu chí"), when
// it has Thông tin and one of the two others; nothing otherwise. Its Tiêu chí sheet looks
// like a self-assessment sheet (STT, criteria, maximum points), so this is asked first.
std::optional<std::string> ruleSetBookSheets(const std::vector<CellGrid>& workbook)
{
    bool info = false, others = false;
    std::string names;
    for (std::string_view name : {book::kInfoSheet, book::kRowsSheet, book::kCriteriaSheet})
        for (const CellGrid& sheet : workbook)
            if (sheet.sheetName() == name)
            {
                info = info || name == book::kInfoSheet;
                others = others || name != book::kInfoSheet;
                names += (names.empty() ? "" : ", ") + std::string(name);
                break;
            }
    if (!info || !others)
        return std::nullopt;
    return names;
}

// The info finding of a file that is not an appendix but something ParCalc reads with
// another command (`variant` of table-not-found says which).
Finding notAnAppendix(const std::string& sheet, const std::string& variant,
                      const std::string& detail)
{
    Finding f = makeFinding(FindingCode::TableNotFound, Severity::Info, "", "");
    f.sheet = sheet;
    f.variant = variant;
    f.detail = detail;
    fillMessages(f);
    return f;
}

} // namespace

std::string_view submissionKindName(SubmissionKind kind)
{
    switch (kind)
    {
    case SubmissionKind::Appendix:
        return "appendix";
    case SubmissionKind::SelfAssessment:
        return "self-assessment";
    case SubmissionKind::RuleSetBook:
        return "ruleset-book";
    case SubmissionKind::Neither:
        break;
    }
    return "neither";
}

SubmissionVerdict checkSubmission(const std::vector<CellGrid>& workbook, const RuleSet& ruleSet,
                                  const SubmissionOptions& options)
{
    SubmissionVerdict verdict;
    verdict.result = validateWorkbook(workbook, ruleSet, options.previous);
    if (verdict.result.tableFound)
    {
        verdict.kind = SubmissionKind::Appendix;
        return verdict;
    }
    // The rule-set workbook (parcalc ruleset build reads it) or a unit's self-assessment
    // score sheet sent instead of its appendix: no error of the file, so say what it is.
    if (const auto sheets = ruleSetBookSheets(workbook))
    {
        verdict.kind = SubmissionKind::RuleSetBook;
        verdict.result.findings = {
            notAnAppendix(std::string(book::kInfoSheet), "ruleset-book", *sheets)};
        return verdict;
    }
    const auto selfAssessment = checkSelfAssessmentWorkbook(workbook);
    if (!selfAssessment)
        return verdict; // Neither: validateWorkbook's table-not-found
    verdict.kind = SubmissionKind::SelfAssessment;
    verdict.result.findings = {
        notAnAppendix(selfAssessment->sheet.sheet, "self-assessment",
                      selfAssessment->sheet.sheet + "!" + selfAssessment->sheet.range)};
    return verdict;
}

} // namespace parcalc
