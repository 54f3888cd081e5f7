// Turning Calc's add-in arguments (an `any` holding a number, a text, void for
// an omitted argument, or a range as sequence<sequence<any>>) into core
// inputs, and core results into what Calc shows. Conversion only: the math
// lives in addin/core.
#pragma once

#include "core/base/expected.hxx"
#include "core/functions/cell_input.hxx"
#include "uno/base/guarded.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <optional>
#include <string>

namespace parcalc::uno
{

using AnyGrid = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// A Calc error value for a core error: a NaN carrying Calc's error code, which
// the formula engine shows as Err:502, #DIV/0!, #N/A or #VALUE!.
double calcError(ErrorKind kind);

// A finite double for Calc, or the error of `result`; non-finite -> Err:502.
double toCalc(const Expected<double>& result);

// A cell for the core. Text is converted into `buffer`, which must outlive the result.
CellInput toCellInput(const css::uno::Any& cell, std::string& buffer);

// True if an optional argument was left out (void) or is a blank text. Calc
// passes an empty single cell as 0.0, so callers decide what 0 means. Any other
// type (an interface, a sequence...) is an argument given, and a wrong one.
bool isOmitted(const css::uno::Any& arg);

// True for what Calc can put in one cell of an argument: void (empty), a number,
// a boolean or a text. Anything else reaches us only from other UNO callers.
bool isCellValue(const css::uno::Any& cell);

// The one number in a scalar argument or a 1x1 range; numbers written as text
// the Vietnamese way are read too. Error otherwise, saying which argument.
Expected<double> scalarNumber(const css::uno::Any& arg, const char* argName);

// Optional number: nullopt when omitted.
Expected<std::optional<double>> optionalNumber(const css::uno::Any& arg, const char* argName);

// Thrown by CellGrid for a sequence<sequence<any>> whose rows differ in length:
// Calc never passes one, other UNO callers may. calcGuarded() turns it into Err:502.
struct RaggedRange
{
};

// A range argument, or a scalar seen as a 1x1 range; row-major access. A range
// of 0 rows or 0 columns has size() 0; at() must not be called on it.
class CellGrid
{
public:
    explicit CellGrid(const css::uno::Any& arg); // throws RaggedRange
    sal_Int32 rows() const { return m_rows; }
    sal_Int32 cols() const { return m_cols; }
    std::size_t size() const { return std::size_t(m_rows) * std::size_t(m_cols); }
    const css::uno::Any& at(std::size_t index) const;
    const css::uno::Any& at(sal_Int32 row, sal_Int32 col) const { return (*m_grid)[row][col]; }
    bool isRange() const { return m_isRange; }

private:
    const css::uno::Any& m_scalar;
    const AnyGrid* m_grid = nullptr; // the range inside the argument's Any: never copied
    bool m_isRange = false;
    sal_Int32 m_rows = 1;
    sal_Int32 m_cols = 1;
};

// guarded() for a Calc function: a ragged range is invalid input, shown as
// Err:502 like every other malformed argument, not an exception.
template <class F> auto calcGuarded(F&& body) -> decltype(body())
{
    using Result = decltype(body());
    return guarded(
        [&]() -> Result
        {
            try
            {
                return body();
            }
            catch (const RaggedRange&)
            {
                return Result(calcError(ErrorKind::InvalidArgument));
            }
        });
}

} // namespace parcalc::uno
