// unit_input: the submission verdict plus the values of the validated sheet.
#include "core/consolidation/unit_input.hxx"

#include "core/submission/submission.hxx"
#include "core/validation/validator.hxx"

#include <array>
#include <utility>

namespace parcalc
{

std::string_view unitStatusName(UnitStatus status)
{
    constexpr std::array<std::string_view, 5> kNames{"valid", "invalid", "self-assessment",
                                                     "not-appendix", "unreadable"};
    return kNames[std::size_t(status)];
}

std::string UnitInput::displayName() const
{
    if (!unit.empty())
        return unit;
    const std::size_t slash = file.find_last_of('/');
    return slash == std::string::npos ? file : file.substr(slash + 1);
}

UnitInput unitFromWorkbook(const std::string& file, const std::vector<CellGrid>& sheets,
                           const RuleSet& ruleSet, std::int64_t modified)
{
    UnitInput input;
    input.file = file;
    input.modified = modified;
    SubmissionVerdict verdict = checkSubmission(sheets, ruleSet);
    input.unit = verdict.result.unit;
    input.period = verdict.result.period;
    const bool valid = verdict.result.valid();
    input.findings = std::move(verdict.result.findings);
    switch (verdict.kind)
    {
    case SubmissionKind::SelfAssessment:
        input.status = UnitStatus::SelfAssessment;
        return input;
    case SubmissionKind::Neither:
    case SubmissionKind::RuleSetBook:
        input.status = UnitStatus::NotAppendix;
        return input;
    case SubmissionKind::Appendix:
        break;
    }
    input.status = valid ? UnitStatus::Valid : UnitStatus::Invalid;
    // The values of the sheet the verdict is about (validateWorkbook's choice, by name).
    for (const CellGrid& sheet : sheets)
        if (sheet.sheetName() == verdict.result.sheet)
        {
            AppendixData data = readAppendix(sheet, ruleSet);
            input.values = std::move(data.values);
            input.cells = std::move(data.cells);
            break;
        }
    input.values.resize(ruleSet.rows.size());
    input.cells.resize(ruleSet.rows.size());
    return input;
}

UnitInput unreadableUnit(const std::string& file, std::string reason, std::string reasonEn)
{
    UnitInput input;
    input.file = file;
    input.status = UnitStatus::Unreadable;
    input.reason = std::move(reason);
    input.reasonEn = std::move(reasonEn);
    return input;
}

} // namespace parcalc
