// vn_number: reads a cell text the way Vietnamese civil servants type numbers
// ("136.284", "2,30", "25%", "03", "-", "Không phát sinh", "Có") and reports
// what the text is, so PARNUMBER and the appendix validator share one reading.
#pragma once

#include <optional>
#include <string_view>

namespace parcalc
{

// What a cell text is.
enum class CellKind
{
    Number,     // a number (value, percent, decimals... are set)
    Empty,      // blank or whitespace only
    NoData,     // an explicit no-data marker: see NoDataMarker
    NotANumber, // any other text, including sentences ("Chưa có đánh giá kết quả")
};

// Which explicit no-data marker a cell holds. Matching is whole-text, case-,
// accent- and space-insensitive, trailing '.', ':', ';', ',' ignored.
enum class NoDataMarker
{
    None,
    Dash,          // "-", "–", "—", "--"
    NotArising,    // "Không phát sinh", "KPS": no cases in the period (0/0)
    NotApplicable, // "N/A", "NA", "Không áp dụng"
    NotDone,       // "Chưa thực hiện", "Chưa có số liệu", "Đang cập nhật"...: not done or
                   // not known yet, so no figure given (a sentence starting so counts too)
};

// The result of reading one cell text. Only the fields of its kind are meaningful;
// the rest keep their defaults.
struct VnNumber
{
    CellKind kind = CellKind::Empty;
    double value = 0.0;       // the number; a percent is a fraction: "25%" -> 0.25
    double typed = 0.0;       // the number as written, before '%': "2,3%" -> 2.3
    bool percent = false;     // a '%' sign was present
    int decimals = 0;         // digits shown after the decimal separator, as typed:
                              // "2,30" -> 2, "25%" -> 0, "92,307" -> 3, "2.3%" -> 1
    bool leadingZero = false; // integer part has a superfluous leading zero: "03", "007"
    bool ambiguous = false;   // "1.234" / "1,234": the separator may be either kind
    double alternative = 0.0; // if ambiguous: the other reading ("1.234" -> 1.234)
    NoDataMarker marker = NoDataMarker::None; // if kind == NoData
};

// Reads a UTF-8 cell text. Rules (after trimming spaces, incl. NBSP):
// - sign: leading '+', '-' or U+2212; '%' at the end (spaces allowed before it);
// - '.' and ',' both present: the last one is the decimal separator, the other
//   groups thousands ("1.234,5" -> 1234.5, "1,234.5" -> 1234.5);
// - one kind repeated ("1.234.567") or spaces between groups ("12 345"): thousands;
// - one ',' alone: decimal ("2,30" -> 2.3);
// - one '.' alone: thousands if followed by exactly 3 digits and preceded by a
//   1-3 digit group without leading zero ("136.284" -> 136284), else decimal
//   ("0.023", "2.3"); such a single separator between a 1-3 digit group and 3
//   digits is flagged ambiguous, with the other reading in `alternative`
//   ("136.284" reads 136284, alternative 136.284; "1,234" reads 1.234).
// Thousands groups after the first must have exactly 3 digits, else NotANumber.
// Plain numbers do not allocate; only texts that fail to parse as numbers are
// folded (ICU) to match markers.
VnNumber parseVnNumber(std::string_view utf8);

// Which marker the whole text is (NoDataMarker::None for any other text,
// including numbers). Folds with ICU unless the text is ASCII.
NoDataMarker noDataMarkerOf(std::string_view utf8);

// True for the markers PARSCORE removes from both sums: "-" (and dash variants),
// "N/A", "NA", "KPS", "Không áp dụng", "Không phát sinh". Not "Chưa thực hiện".
bool isNotApplicableMarker(NoDataMarker marker);
bool isNotApplicableMarker(std::string_view utf8);

// Reads a Có/không cell. true: "Có", "x", "1", "yes", "true" (any case/accents);
// false: "Không", "ko", "0", "no", "false", and a blank text; nullopt otherwise
// (a sentence, "2", "Chưa thực hiện"...). Numbers written as text go through
// parseVnNumber, so "1,0" is true.
std::optional<bool> parseYesNo(std::string_view utf8);

} // namespace parcalc
