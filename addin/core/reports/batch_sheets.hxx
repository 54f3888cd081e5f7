// batch_sheets: the result document of a batch check inside Calc as plain cells and their
// dressing, from the same BatchReport `parcalc validate` writes: "Tổng hợp" (one row per
// file: unit, period, status, counts, the estimated index and grade when the rule set
// scores, a note, the path; the file name a hyperlink to the file at its first finding;
// the status cell coloured) and "Phát hiện" (one row per finding, the file name a
// hyperlink to the finding's cell). Both with a frozen, bold header and an autofilter.
// UNO-free: uno/io/workbook_document writes them.
#pragma once

#include "core/base/cell_grid.hxx"
#include "core/base/sheet_layout.hxx"
#include "core/reports/batch_report.hxx"

#include <optional>
#include <string>
#include <vector>

namespace parcalc
{

struct ResultSheet
{
    CellGrid grid; // its sheet name set
    SheetLayout layout;
};

// What a scoring rule set estimates for one file; `index` absent when nothing is decided.
struct FileScore
{
    std::optional<double> index;
    std::string grade, gradeEn;
};

struct BatchSheetsInput
{
    const BatchReport* report = nullptr;
    std::vector<std::string> fileUrls; // file:// URL of each report file, in report order
    // Per file when the rule set scores (then the two score columns), else empty.
    std::vector<std::optional<FileScore>> scores;
};

// Status cell backgrounds: valid green, invalid red, unreadable amber (0xRRGGBB).
inline constexpr std::uint32_t kValidFill = 0xC6EFCE;
inline constexpr std::uint32_t kInvalidFill = 0xFFC7CE;
inline constexpr std::uint32_t kUnreadableFill = 0xFFEB9C;

std::vector<ResultSheet> batchSheets(const BatchSheetsInput& input, Language language);

// A Calc jump mark of a cell: "'Biểu 1'.D12" (the name quoted, quotes doubled).
std::string jumpMark(const std::string& sheet, const std::string& cell);

// Where the file's row points: the URL at its first finding with a cell, else at its
// table's sheet, else the bare URL.
std::string fileLinkTarget(const std::string& url, const FileReport& file);
// A finding's row points at its cell (A1 of its sheet when it has none).
std::string findingLinkTarget(const std::string& url, const FileReport& file,
                              const Finding& finding);

} // namespace parcalc
