// The boundary cases of the Calc functions (issue 6, "UNO boundary"): every
// argument of every XParCalcFunctions method given a wrong type, an empty, a
// ragged and a huge range, an error value; plus each function's own edges.
// One table, run in-process (boundary_calls, label unit) and over the bridge
// against soffice (boundary_office, label office).
//
// Expected outcomes are worked out from the README ("Calc functions") and the
// IDL, not copied from outputs: Err:502 invalid input (wrong type, missing,
// wrong shape, non-finite), #DIV/0! nothing to compute from, #N/A nothing
// applies / unknown name, #VALUE! text that is not a number.
#pragma once

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XInterface.hpp>
#include <org/parcalc/XParCalcFunctions.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace parcalc::boundary
{

// Calc's FormulaError codes (LibreOffice formula/errorcodes.hxx), carried in
// the low bits of a quiet NaN.
constexpr std::uint32_t kErr502 = 502; // Err:502 IllegalArgument
constexpr std::uint32_t kValue = 519;  // #VALUE! NoValue
constexpr std::uint32_t kDiv0 = 532;   // #DIV/0! DivisionByZero
constexpr std::uint32_t kNA = 0x7FFF;  // #N/A NotAvailable

struct Expect
{
    enum class Kind
    {
        Number,
        Error,
        Text,
    } kind = Kind::Error;
    double number = 0;
    std::uint32_t code = kErr502;
    std::string text; // UTF-8
};

Expect number(double value);
Expect error(std::uint32_t code);
Expect text(std::string utf8);

using Functions = css::uno::Reference<org::parcalc::XParCalcFunctions>;

struct FunctionCase
{
    std::string name; // "parScore/achieved=nested"
    std::function<css::uno::Any(const Functions&)> call;
    Expect expect;
};

// Where 10^6-cell ranges are passed: each costs ~0.5 s over the bridge, so the
// office run gives them to the first argument of each function only (and to
// the edge cases), the in-process run to every argument.
enum class HugeRanges
{
    FirstArgument,
    EveryArgument,
};

// `anInterface` is passed where a cell value belongs (any live object).
std::vector<FunctionCase>
functionCases(const css::uno::Reference<css::uno::XInterface>& anInterface, HugeRanges huge);

// "" when `result` is what `expect` says, else what differs.
std::string mismatch(const css::uno::Any& result, const Expect& expect);

// The Calc error code in a NaN (-1 for a number that is no error).
std::int64_t errorCodeOf(double value);

} // namespace parcalc::boundary
