// cell_input: one spreadsheet cell as the scoring functions see it (empty,
// number or text, without UNO types), and how a score cell's text is read.
#pragma once

#include <string_view>

namespace parcalc
{

// A cell handed over by the UNO layer without copying: a void any -> empty,
// a double -> number, a string -> text (UTF-8, valid for the duration of the call).
struct CellInput
{
    enum class Type
    {
        Empty,
        Number,
        Text,
    };
    Type type = Type::Empty;
    double number = 0.0;
    std::string_view text;

    static CellInput empty() { return CellInput{}; }
    static CellInput fromNumber(double value) { return CellInput{Type::Number, value, {}}; }
    static CellInput fromText(std::string_view utf8) { return CellInput{Type::Text, 0.0, utf8}; }
};

// What a cell means to a scoring function.
enum class CellClass
{
    Number,        // `number` is set (a number, or a text that is one unambiguously)
    Empty,         // empty cell or blank text
    NotApplicable, // a PARSCORE not-applicable marker: "-", N/A, KPS, Không áp dụng...
    NotANumber,    // any other text, incl. "Chưa thực hiện" and ambiguous "1.234"
};

struct CellReading
{
    CellClass cls = CellClass::Empty;
    double number = 0.0;
};

// Reads a cell for the scoring functions. Numbers pass through untouched; text is
// read with parseVnNumber ("12,89" -> 12.89) except when the separator reading is
// ambiguous ("1.234"): a score must not silently become a thousand times larger.
CellReading readCell(const CellInput& cell);

} // namespace parcalc
