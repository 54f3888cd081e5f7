// par_number: PARNUMBER (the other functions live in their own files).
#include "core/functions/par_number.hxx"

#include "core/text/vn_number.hxx"

namespace parcalc
{

Expected<double> parNumber(std::string_view utf8)
{
    const VnNumber n = parseVnNumber(utf8);
    switch (n.kind)
    {
    case CellKind::Number:
        return n.value;
    case CellKind::Empty:
        return makeError(ErrorKind::NotAvailable, "blank text");
    case CellKind::NoData:
        return makeError(ErrorKind::NotAvailable, "a no-data marker");
    case CellKind::NotANumber:
        break;
    }
    return makeError(ErrorKind::NotANumber, "text that is not a number");
}

} // namespace parcalc
