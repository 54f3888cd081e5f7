// cell_input: reading a score cell (number, blank, not-applicable marker, text).
#include "core/functions/cell_input.hxx"

#include "core/text/vn_number.hxx"

namespace parcalc
{

CellReading readCell(const CellInput& cell)
{
    switch (cell.type)
    {
    case CellInput::Type::Empty:
        return {CellClass::Empty, 0.0};
    case CellInput::Type::Number:
        return {CellClass::Number, cell.number};
    case CellInput::Type::Text:
        break;
    }
    const VnNumber n = parseVnNumber(cell.text);
    switch (n.kind)
    {
    case CellKind::Empty:
        return {CellClass::Empty, 0.0};
    case CellKind::Number:
        if (n.ambiguous)
            return {CellClass::NotANumber, 0.0};
        return {CellClass::Number, n.value};
    case CellKind::NoData:
        if (isNotApplicableMarker(n.marker))
            return {CellClass::NotApplicable, 0.0};
        return {CellClass::NotANumber, 0.0};
    case CellKind::NotANumber:
        break;
    }
    return {CellClass::NotANumber, 0.0};
}

} // namespace parcalc
