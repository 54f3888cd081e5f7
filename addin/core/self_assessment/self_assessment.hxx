// self_assessment: a filled self-assessment sheet (bảng tự đánh giá, chấm điểm:
// STT / lĩnh vực, tiêu chí / điểm tối đa / điểm tự đánh giá / tài liệu kiểm chứng),
// recognised by its header, and its arithmetic checked: sub-criteria add up to
// their criterion, criteria to their field, fields to the total, no score above
// its maximum, the index = total / maximum × 100. Seed 000 (fields add to 64,7,
// the report says 65,7) and seed 002 (field 6 written 10 where its sub-criteria
// give 11,09) are the cases it exists for. Findings use the public Finding shape.
#pragma once

#include "core/base/cell_grid.hxx"
#include "core/findings/finding.hxx"
#include "core/self_assessment/evidence_check.hxx"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace parcalc
{

struct SelfAssessmentColumns
{
    std::size_t id = 0;                  // STT / mã tiêu chí
    std::optional<std::size_t> label;    // lĩnh vực, tiêu chí, nội dung
    std::size_t max = 2;                 // điểm tối đa
    std::size_t score = 3;               // điểm tự đánh giá / tự chấm / đạt được
    std::optional<std::size_t> evidence; // tài liệu kiểm chứng / ghi chú
};

// A score or maximum cell as read.
struct ScoreCell
{
    enum class State
    {
        Empty,
        Number,
        NotApplicable, // "KPS", "N/A", "-", "Không áp dụng": left out of the sums
        Invalid,       // text that is not a number, a formula error
    };
    State state = State::Empty;
    double value = 0.0;
    std::string shown; // "12,89", "KPS", the text as typed
    std::string cell;  // A1 address
};

struct SelfAssessmentRow
{
    std::size_t gridRow = 0;
    std::string id; // normalised: "6", "6.1", "6.1.1" ("II" -> "2"); "" for the total
    std::string label;
    bool total = false;
    ScoreCell max;
    ScoreCell score;
    std::string evidence;     // the tài liệu kiểm chứng cell's text, trimmed ("" when none)
    std::string evidenceCell; // its A1 address ("" without an evidence column)
    std::optional<std::size_t> parent; // index into SelfAssessmentSheet::rows
    std::vector<std::size_t> children;
};

struct SelfAssessmentSheet
{
    bool found = false;
    std::string sheet;
    std::string range; // "A4:E13": header to the last criterion or total row
    SelfAssessmentColumns columns;
    std::size_t headerRow = 0;
    std::vector<SelfAssessmentRow> rows; // criteria in sheet order, then the total if any
    std::vector<std::size_t> top;        // rows without a parent (the fields)
    std::optional<std::size_t> totalRow; // index into rows
    std::optional<ScoreCell> index;      // a "Chỉ số" row's value below the table, if any
    std::vector<std::string> titles;     // texts above the header (unit, year)
};

// Finds the header (a row, or two rows, naming "điểm tối đa" and "tự đánh giá" /
// "tự chấm" / "điểm đạt") within the first 40 rows and reads the rows below it.
SelfAssessmentSheet recognizeSelfAssessment(const CellGrid& grid);

struct SelfAssessmentCheck
{
    SelfAssessmentSheet sheet;
    std::vector<Finding> findings; // messages filled, in sheet order
    // Over the fields (or the total row when no field has a number): PARSCORE semantics.
    double scoreSum = 0.0;
    double maxSum = 0.0;
    std::optional<double> index; // scoreSum / maxSum × 100
};

// Checks a recognised sheet. Rules (tolerance 0,005 point: scores are written with
// two decimals, sub-criteria may be full-precision formulas):
// - score-above-max: a score above its row's maximum;
// - score-sum-mismatch: a row's score differs from the sum of its children's scores
//   (checked only when every child has a score or a not-applicable marker); the
//   total row against the fields (variant "total");
// - max-sum-mismatch: the same for the maxima;
// - score-index-mismatch: a "Chỉ số" row whose value is neither the rounded nor the
//   truncated total / maximum × 100 (to the decimals it shows).
// - evidence-missing, evidence-file-not-found: see evidence_check.hxx (`evidence`).
SelfAssessmentCheck checkSelfAssessment(const CellGrid& grid, const EvidenceRules& evidence = {});

// The first sheet of a workbook holding a self-assessment table (nullopt: none).
std::optional<SelfAssessmentCheck> checkSelfAssessmentWorkbook(const std::vector<CellGrid>& sheets,
                                                               const EvidenceRules& evidence = {});

} // namespace parcalc
