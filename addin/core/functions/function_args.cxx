// function_args: what the Calc functions' arguments mean.
#include "core/functions/function_args.hxx"

#include <string>

namespace parcalc
{

bool lastArgumentNamesRuleSet(const CellInput& last, bool lastIsRange, std::size_t valueArguments)
{
    return valueArguments >= 2 && !lastIsRange && last.type == CellInput::Type::Text &&
           readCell(last).cls == CellClass::NotANumber;
}

std::optional<double> propCap(std::optional<double> cap)
{
    if (cap && *cap == 0.0)
        return std::nullopt;
    return cap;
}

Expected<const GradeScheme*> gradeSchemeArgument(const CellInput& cell, bool scalar)
{
    if (scalar && (cell.type == CellInput::Type::Empty ||
                   (cell.type == CellInput::Type::Number && cell.number == 0.0)))
        return &defaultGradeScheme();
    if (cell.type != CellInput::Type::Text)
        return makeError(ErrorKind::InvalidArgument, "scheme: expects a name or a range");
    const GradeScheme* scheme = findGradeScheme(cell.text);
    if (!scheme)
        return makeError(ErrorKind::NotAvailable, "scheme: unknown name");
    return scheme;
}

} // namespace parcalc
