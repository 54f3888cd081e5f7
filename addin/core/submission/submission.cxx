// submission: appendix, self-assessment sheet or neither, and the findings of each.
#include "core/submission/submission.hxx"

#include "core/findings/finding_messages.hxx"
#include "core/self_assessment/self_assessment.hxx"

namespace parcalc
{

std::string_view submissionKindName(SubmissionKind kind)
{
    switch (kind)
    {
    case SubmissionKind::Appendix:
        return "appendix";
    case SubmissionKind::SelfAssessment:
        return "self-assessment";
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
    const auto selfAssessment = checkSelfAssessmentWorkbook(workbook);
    if (!selfAssessment)
        return verdict; // Neither: validateWorkbook's table-not-found
    // A unit's self-assessment score sheet sent instead of its appendix: no error of the
    // file, so say what it is instead.
    verdict.kind = SubmissionKind::SelfAssessment;
    Finding f = makeFinding(FindingCode::TableNotFound, Severity::Info, "", "");
    f.sheet = selfAssessment->sheet.sheet;
    f.variant = "self-assessment";
    f.detail = selfAssessment->sheet.sheet + "!" + selfAssessment->sheet.range;
    fillMessages(f);
    verdict.result.findings = {f};
    return verdict;
}

} // namespace parcalc
