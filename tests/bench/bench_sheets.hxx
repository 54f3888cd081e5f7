// The benchmark's generated documents: for each ParCalc function a sheet of
// 10^4+ formula cells with realistic arguments, in three variants (the real
// function, the no-op add-in function of the same argument shape, the nearest
// built-in formula), plus the province workload (700 units x 60 criteria).
// Data are deterministic: the three variants of a case hold the same cells.
#pragma once

#include "fods_writer.hxx"

#include <string>
#include <vector>

namespace parcalc::bench
{

enum class Variant
{
    Function, // ORG.PARCALC.FUNCTIONS.*
    Noop,     // ORG.PARCALC.BENCH.NOOP.*
    Builtin,  // Calc's own functions
    // Experiment: the no-op with its ranges declared sequence<sequence<double>>
    // instead of any (ORG.PARCALC.BENCH.NOOP.NOOPDOUBLES2).
    NoopDoubles,
};

const char* variantName(Variant v);

// Where the formula cells of a generated sheet sit (0-based), for checking
// that they all calculated.
struct FormulaBlock
{
    int firstColumn = 0;
    int columns = 1;
    int firstRow = 0;
    int rows = 0;
};

struct SheetCase
{
    std::string name;                // PARSCORE, ..., province
    std::vector<Variant> variants;   // which documents to generate
    bool textResult = false;         // the first formula column yields text in Function/Noop
};

// The cases, in output order: the seven functions, "province", then
// "range_args" (no-op calls over 60-cell ranges, any vs double arguments).
const std::vector<SheetCase>& sheetCases();

// Writes the document of one case and variant; `rows` formula rows (the
// province case has its own fixed size). Returns where the formulas are.
FormulaBlock writeSheet(const SheetCase& c, Variant v, int rows, const std::string& path);

// The constants the no-op add-in returns (tests/bench/noop/noop_addin.cxx).
inline constexpr double kNoopNumber = 42.0;
inline constexpr const char* kNoopText = "Tốt";

} // namespace parcalc::bench
