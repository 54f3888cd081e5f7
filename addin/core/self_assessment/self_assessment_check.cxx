// self_assessment_check: the sums of a recognised self-assessment sheet (each
// parent the sum of its children, the total, the index) and the findings.
#include "core/self_assessment/self_assessment.hxx"

#include "core/findings/finding_messages.hxx"
#include "core/text/number_format.hxx"

#include <algorithm>
#include <cmath>

namespace parcalc
{
namespace
{

constexpr double kTolerance = 0.005 + 1e-9; // half a hundredth of a point

struct Sum
{
    bool complete = true; // every part has a number or a not-applicable marker
    bool any = false;     // at least one part has a number
    double value = 0.0;
    std::string ids;
};

Sum sumOf(const SelfAssessmentSheet& sheet, const std::vector<std::size_t>& parts, bool scores)
{
    Sum s;
    for (std::size_t i : parts)
    {
        const SelfAssessmentRow& row = sheet.rows[i];
        const ScoreCell& cell = scores ? row.score : row.max;
        s.ids += (s.ids.empty() ? "" : " + ") + row.id;
        if (cell.state == ScoreCell::State::Number)
        {
            s.value += cell.value;
            s.any = true;
        }
        else if (cell.state != ScoreCell::State::NotApplicable)
            s.complete = false;
    }
    return s;
}

void compareSum(const SelfAssessmentSheet& sheet, const SelfAssessmentRow& row,
                const std::vector<std::size_t>& parts, bool scores, std::vector<Finding>& out)
{
    const ScoreCell& cell = scores ? row.score : row.max;
    if (parts.empty() || cell.state != ScoreCell::State::Number)
        return;
    const Sum sum = sumOf(sheet, parts, scores);
    if (!sum.complete || !sum.any || std::fabs(sum.value - cell.value) <= kTolerance)
        return;
    Finding f = makeFinding(scores ? FindingCode::ScoreSumMismatch : FindingCode::MaxSumMismatch,
                            Severity::Error, row.total ? row.label : row.id, cell.cell,
                            formatVnShort(sum.value, 3), cell.shown);
    f.ref = sum.ids;
    if (row.total)
        f.variant = "total";
    out.push_back(std::move(f));
}

// The index as written, against total / max × 100 (the total row's, else the fields')
// rounded or truncated to its decimals. A wrong total is reported on the total row.
void checkIndex(const SelfAssessmentCheck& check, const ScoreCell& index, std::vector<Finding>& out)
{
    double score = check.scoreSum, max = check.maxSum;
    if (check.sheet.totalRow)
    {
        const SelfAssessmentRow& total = check.sheet.rows[*check.sheet.totalRow];
        if (total.score.state == ScoreCell::State::Number &&
            total.max.state == ScoreCell::State::Number)
        {
            score = total.score.value;
            max = total.max.value;
        }
    }
    if (index.state != ScoreCell::State::Number || max <= 0.0)
        return;
    const double computed = score / max * 100.0;
    double written = index.value;
    if (written <= 1.0 && computed > 1.0)
        written *= 100.0; // a cell formatted as % (0,9197 shown as 91,97 %)
    // A formula's full-precision result, or a number typed with the decimals it shows.
    auto same = [](double a, double b) { return std::fabs(a - b) <= 1e-7; };
    if (std::fabs(computed - written) <= 1e-6)
        return;
    const int decimals = shownDecimals(written, 6);
    if (same(roundTo(computed, decimals), written) || same(truncateTo(computed, decimals), written))
        return;
    Finding f = makeFinding(FindingCode::ScoreIndexMismatch, Severity::Error, "Chỉ số", index.cell,
                            formatVnShort(computed, 3), index.shown);
    f.ref = formatVnShort(score, 3) + " / " + formatVnShort(max, 3) + " × 100";
    out.push_back(std::move(f));
}

} // namespace

SelfAssessmentCheck checkSelfAssessment(const CellGrid& grid, const EvidenceRules& evidence)
{
    SelfAssessmentCheck check;
    check.sheet = recognizeSelfAssessment(grid);
    const SelfAssessmentSheet& sheet = check.sheet;
    if (!sheet.found)
        return check;
    std::vector<Finding>& findings = check.findings;
    for (const SelfAssessmentRow& row : sheet.rows)
    {
        if (row.score.state == ScoreCell::State::Number &&
            row.max.state == ScoreCell::State::Number && row.score.value > row.max.value + 1e-6)
            findings.push_back(makeFinding(FindingCode::ScoreAboveMax, Severity::Error,
                                           row.total ? row.label : row.id, row.score.cell,
                                           row.max.shown, row.score.shown));
        const std::vector<std::size_t>& parts = row.total ? sheet.top : row.children;
        compareSum(sheet, row, parts, true, findings);
        compareSum(sheet, row, parts, false, findings);
    }
    // The index over the fields, PARSCORE-like: not-applicable fields leave both sums. A
    // sheet with no score yet (a blank template) has no index.
    bool scored = false;
    for (std::size_t i : sheet.top)
    {
        const SelfAssessmentRow& row = sheet.rows[i];
        if (row.score.state == ScoreCell::State::NotApplicable)
            continue;
        if (row.score.state == ScoreCell::State::Number)
        {
            check.scoreSum += row.score.value;
            scored = true;
        }
        if (row.max.state == ScoreCell::State::Number)
            check.maxSum += row.max.value;
    }
    if (!scored && sheet.totalRow)
    {
        const SelfAssessmentRow& total = sheet.rows[*sheet.totalRow];
        if (total.score.state == ScoreCell::State::Number &&
            total.max.state == ScoreCell::State::Number)
        {
            check.scoreSum = total.score.value;
            check.maxSum = total.max.value;
            scored = true;
        }
    }
    if (scored && check.maxSum > 0.0)
        check.index = check.scoreSum / check.maxSum * 100.0;
    if (sheet.index)
        checkIndex(check, *sheet.index, findings);
    for (Finding& f : checkEvidence(sheet, evidence))
        findings.push_back(std::move(f));

    // Sheet order: by the row of the cell (all findings name a cell on this sheet).
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const Finding& a, const Finding& b)
                     {
                         auto rowOf = [](const std::string& cell)
                         {
                             std::size_t i = 0;
                             while (i < cell.size() &&
                                    std::isalpha(static_cast<unsigned char>(cell[i])))
                                 ++i;
                             return std::atol(cell.c_str() + i);
                         };
                         return rowOf(a.cell) < rowOf(b.cell);
                     });
    for (Finding& f : findings)
    {
        f.sheet = sheet.sheet;
        fillMessages(f);
    }
    return check;
}

std::optional<SelfAssessmentCheck> checkSelfAssessmentWorkbook(const std::vector<CellGrid>& sheets,
                                                               const EvidenceRules& evidence)
{
    for (const CellGrid& grid : sheets)
    {
        SelfAssessmentCheck check = checkSelfAssessment(grid, evidence);
        if (check.sheet.found)
            return check;
    }
    return std::nullopt;
}

} // namespace parcalc
