// Conversions between Calc add-in arguments/results and core values.
#include "uno/functions/calc_args.hxx"

#include "core/text/vn_number.hxx"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace parcalc::uno
{
namespace
{

// Calc's FormulaError codes (formula/errorcodes.hxx), which Calc reads back
// from the low 32 bits of a quiet NaN's payload.
constexpr std::uint32_t kIllegalArgument = 502;
constexpr std::uint32_t kNoValue = 519;
constexpr std::uint32_t kDivisionByZero = 532;
constexpr std::uint32_t kNotAvailable = 0x7FFF;

double nanWithPayload(std::uint32_t code)
{
    const std::uint64_t bits = 0x7FF8000000000000ULL | code;
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

Error argError(ErrorKind kind, const char* argName, const char* what)
{
    return makeError(kind, std::string(argName) + ": " + what);
}

} // namespace

double calcError(ErrorKind kind)
{
    switch (kind)
    {
    case ErrorKind::InvalidArgument:
        return nanWithPayload(kIllegalArgument);
    case ErrorKind::NoCases:
        return nanWithPayload(kDivisionByZero);
    case ErrorKind::NotAvailable:
        return nanWithPayload(kNotAvailable);
    case ErrorKind::NotANumber:
        return nanWithPayload(kNoValue);
    }
    return nanWithPayload(kIllegalArgument);
}

double toCalc(const Expected<double>& result)
{
    if (!result)
        return calcError(result.error().kind);
    return std::isfinite(*result) ? *result : calcError(ErrorKind::InvalidArgument);
}

CellInput toCellInput(const css::uno::Any& cell, std::string& buffer)
{
    switch (cell.getValueTypeClass())
    {
    case css::uno::TypeClass_DOUBLE:
        return CellInput::fromNumber(*static_cast<const double*>(cell.getValue()));
    case css::uno::TypeClass_LONG:
        return CellInput::fromNumber(*static_cast<const sal_Int32*>(cell.getValue()));
    case css::uno::TypeClass_BOOLEAN:
        return CellInput::fromNumber(*static_cast<const sal_Bool*>(cell.getValue()) ? 1 : 0);
    case css::uno::TypeClass_STRING:
    {
        // ASCII text (numbers typed as text, codes) is copied as is; only
        // other text goes through the UTF-8 converter and its rtl_String.
        const OUString& text = *static_cast<const OUString*>(cell.getValue());
        const sal_Int32 n = text.getLength();
        buffer.resize(std::size_t(n));
        for (sal_Int32 i = 0; i < n; ++i)
        {
            const sal_Unicode c = text[i];
            if (c >= 0x80)
            {
                buffer = toUtf8(text);
                break;
            }
            buffer[std::size_t(i)] = char(c);
        }
        return CellInput::fromText(buffer);
    }
    default:
        return CellInput::empty();
    }
}

bool isCellValue(const css::uno::Any& cell)
{
    switch (cell.getValueTypeClass())
    {
    case css::uno::TypeClass_VOID:
    case css::uno::TypeClass_DOUBLE:
    case css::uno::TypeClass_LONG:
    case css::uno::TypeClass_BOOLEAN:
    case css::uno::TypeClass_STRING:
        return true;
    default:
        return false;
    }
}

bool isOmitted(const css::uno::Any& arg)
{
    // A range or an inline array is always an argument given; so is an
    // interface or any other non-cell type (toCellInput would see it as empty).
    if (!isCellValue(arg))
        return false;
    std::string buffer;
    const CellInput in = toCellInput(arg, buffer);
    return in.type == CellInput::Type::Empty ||
           (in.type == CellInput::Type::Text && parseVnNumber(in.text).kind == CellKind::Empty);
}

CellGrid::CellGrid(const css::uno::Any& arg) : m_scalar(arg)
{
    // Calc passes ranges and inline arrays as sequence<sequence<any>>. Reading it
    // in place saves the `>>=` (type check, acquire/release) and the
    // copy-on-write copy a non-const operator[] would make of a shared sequence.
    if (arg.getValueTypeClass() == css::uno::TypeClass_SEQUENCE &&
        arg.getValueType() == cppu::UnoType<AnyGrid>::get())
    {
        m_grid = static_cast<const AnyGrid*>(arg.getValue());
        m_isRange = true;
        m_rows = m_grid->getLength();
        m_cols = m_rows ? (*m_grid)[0].getLength() : 0;
        // at() indexes rows by the first row's length: a shorter row would be
        // read past its end.
        for (sal_Int32 row = 1; row < m_rows; ++row)
            if ((*m_grid)[row].getLength() != m_cols)
                throw RaggedRange();
    }
}

const css::uno::Any& CellGrid::at(std::size_t index) const
{
    if (!m_isRange)
        return m_scalar;
    return (*m_grid)[sal_Int32(index / m_cols)][sal_Int32(index % m_cols)];
}

Expected<double> scalarNumber(const css::uno::Any& arg, const char* argName)
{
    const CellGrid grid(arg);
    if (grid.size() != 1)
        return argError(ErrorKind::InvalidArgument, argName, "expects one cell, not a range");
    if (!isCellValue(grid.at(0)))
        return argError(ErrorKind::InvalidArgument, argName, "is not a cell value");
    std::string buffer;
    const CellInput in = toCellInput(grid.at(0), buffer);
    if (in.type == CellInput::Type::Number)
        return in.number;
    if (in.type == CellInput::Type::Empty)
        return argError(ErrorKind::InvalidArgument, argName, "is missing");
    // A count or amount typed as text: "17.604" is 17604, the Vietnamese reading
    // (PARNUMBER reads it the same way). Scores in ranges are stricter: readCell.
    const VnNumber parsed = parseVnNumber(in.text);
    switch (parsed.kind)
    {
    case CellKind::Number:
        return parsed.value;
    case CellKind::Empty:
        return argError(ErrorKind::InvalidArgument, argName, "is missing");
    case CellKind::NoData:
        return argError(ErrorKind::NotAvailable, argName, "holds a no-data marker");
    case CellKind::NotANumber:
        break;
    }
    return argError(ErrorKind::NotANumber, argName, "is not a number");
}

Expected<std::optional<double>> optionalNumber(const css::uno::Any& arg, const char* argName)
{
    if (isOmitted(arg))
        return std::optional<double>();
    const Expected<double> value = scalarNumber(arg, argName);
    if (!value)
        return value.error();
    return std::optional<double>(*value);
}

} // namespace parcalc::uno
