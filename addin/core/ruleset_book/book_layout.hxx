// book_layout: the sheets of the rule-set authoring workbook and their columns (header in
// Vietnamese, its English in the header's note), shared by the reader and the writer so
// the two cannot drift; and a problem found in a workbook, named by sheet and cell.
#pragma once

#include "core/base/cell_grid.hxx"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc::book
{

inline constexpr std::string_view kInfoSheet = "Thông tin";
inline constexpr std::string_view kRowsSheet = "Biểu thống kê";
inline constexpr std::string_view kCriteriaSheet = "Tiêu chí";
inline constexpr std::string_view kGuideSheet = "Hướng dẫn";

struct Column
{
    std::string_view header; // Vietnamese, as the workbook shows it
    std::string_view noteEn; // English, in the header cell's note
};

// Thông tin: one item a line; column A names it, B holds a value or an id, C/D a
// Vietnamese/English text, E a unit.
enum InfoColumn : std::size_t
{
    kInfoItem,
    kInfoValue,
    kInfoVi,
    kInfoEn,
    kInfoUnit,
    kInfoColumns
};
// The items of Thông tin (column A).
inline constexpr std::string_view kItemId = "Mã bộ quy tắc";
inline constexpr std::string_view kItemVersion = "Phiên bản";
inline constexpr std::string_view kItemProvince = "Tỉnh";
inline constexpr std::string_view kItemLevel = "Cấp";
inline constexpr std::string_view kItemYears = "Năm áp dụng";
inline constexpr std::string_view kItemTitle = "Tên bộ quy tắc";
inline constexpr std::string_view kItemDescription = "Mô tả";
inline constexpr std::string_view kItemScoringNote = "Ghi chú chấm điểm";
inline constexpr std::string_view kItemGrade = "Xếp loại";
inline constexpr std::string_view kItemManualInput = "Số liệu nhập tay";

// Biểu thống kê: one appendix row a line; a line with no row id and no label adds one more
// check to the row above; a line whose row id is "*" checks every row of the kinds in its
// Loại cell.
enum RowsColumn : std::size_t
{
    kRowId,
    kRowStt,
    kRowLabel,
    kRowUnit,
    kRowKind,
    kRowCheck,
    kRowSeverity,
    kRowCumulative,
    kRowAliases,
    kRowsColumns
};
inline constexpr std::string_view kAllRowsMark = "*";

// Tiêu chí: one field, criterion or sub-criterion a line, its parent by id.
enum CriteriaColumn : std::size_t
{
    kCritId,
    kCritParent,
    kCritLabelVi,
    kCritLabelEn,
    kCritMax,
    kCritRule,
    kCritParams,
    kCritInput,
    kCritNameVi,
    kCritNameEn,
    kCritNotApplicable,
    kCritEvidence,
    kCritComment,
    kCriteriaColumns
};

const std::vector<Column>& infoColumns();
const std::vector<Column>& rowsColumns();
const std::vector<Column>& criteriaColumns();

// A problem in a workbook: where (sheet, A1 cell; cell "" for the whole sheet or book)
// and what, in Vietnamese and English.
struct BookProblem
{
    std::string sheet;
    std::string cell;
    std::string vi;
    std::string en;

    std::string where() const;      // "Tiêu chí!F12", "Tiêu chí", ""
    std::string describeVi() const; // "Tiêu chí!F12: không có loại quy tắc …"
    std::string describe() const;   // English
};

} // namespace parcalc::book
