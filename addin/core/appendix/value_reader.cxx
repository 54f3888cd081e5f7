// value_reader: cell + row kind -> RowValue, using vn_number for texts.
#include "core/appendix/value_reader.hxx"

#include "core/text/number_format.hxx"

#include <algorithm>
#include <cmath>

namespace parcalc
{
namespace
{

// A percent-row number x without a '%' sign: at most 1 reads as a fraction (0.25 -> 25 %,
// 0.023 -> 2.3 %, as Calc stores a %-formatted cell), with x itself as the other reading;
// above 1 it is already in percent points ("2,30" -> 2.30 %).
void setPercent(RowValue& out, double x, int decimals)
{
    if (std::fabs(x) <= 1.0)
    {
        const int d = std::max(decimals - 2, 0);
        out.number = roundTo(x * 100.0, d);
        out.decimals = d;
        if (x != 0.0)
            out.alternative = PercentReading{x, decimals};
    }
    else
    {
        out.number = x;
        out.decimals = decimals;
    }
}

void readTextCell(RowValue& out, const std::string& text, RowKind kind);

// A number as a cell formatted as text (@) shows it: Calc's General form in Vietnamese,
// decimal comma, no thousands dots ("136284", "1,045").
std::string textFormatShown(double x)
{
    std::string text = plainNumberText(x);
    std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

void readNumberCell(RowValue& out, const Cell& cell, RowKind kind)
{
    const double x = cell.number;
    const int decimals = shownDecimals(x);
    if (cell.format == NumberFormatKind::Date)
    {
        // 01/06/2023 in a count row is the serial 45078, not 45078 of anything
        out.state = ValueState::Text;
        out.text = formatSerialDate(x);
        out.dateFormat = true;
        return;
    }
    if (cell.format == NumberFormatKind::Text)
    {
        // Digits in a text-formatted (@) cell: an Excel writer may store them as a number
        // or as a string; read both the same way, as the text the cell shows, so both give
        // number-as-text (retyping the cell would make it text anyway)
        readTextCell(out, textFormatShown(x), kind);
        return;
    }
    out.state = ValueState::Number;
    if (isPercentKind(kind) && cell.percentFormat())
    {
        // formatted as %: unambiguous, 1.045 is 104,5 % (whatever its size); read as the
        // cell shows it (0.00% -> 2 decimals), a formula's full-precision result included
        out.decimals = cell.formatDecimals >= 0 ? std::min(cell.formatDecimals, decimals - 2)
                                                : decimals - 2;
        out.decimals = std::max(out.decimals, 0);
        out.number = roundTo(x * 100.0, out.decimals);
        if (out.decimals < decimals - 2) // the format hides digits: 0,304 shown as 30 %
            out.stored = formatVn(x, decimals);
    }
    else if (isPercentKind(kind))
        setPercent(out, x, decimals);
    else
    {
        out.number = x;
        // shown as the format shows it ("#,##0": 12,4 shows 12), judged on what is stored
        out.decimals = cell.formatDecimals >= 0 ? std::min(cell.formatDecimals, decimals)
                                                : decimals;
        if (out.decimals < decimals)
            out.stored = formatVn(x, decimals);
    }
}

void readTextCell(RowValue& out, const std::string& text, RowKind kind)
{
    out.text = text;
    const VnNumber n = parseVnNumber(text);
    switch (n.kind)
    {
    case CellKind::Empty:
        out.state = ValueState::Empty;
        return;
    case CellKind::NoData:
        out.state = ValueState::NoData;
        out.marker = n.marker;
        return;
    case CellKind::NotANumber:
    case CellKind::Number:
        break;
    }
    if (kind == RowKind::YesNo)
    {
        // "Có", "x", "Không", "1", "0"; anything else stays text for the one-of check
        if (auto yes = parseYesNo(text))
        {
            out.state = ValueState::Number;
            out.number = *yes ? 1.0 : 0.0;
            return;
        }
    }
    if (n.kind == CellKind::NotANumber)
    {
        out.state = ValueState::Text;
        return;
    }
    out.state = ValueState::Number;
    out.fromText = true;
    if (isPercentKind(kind))
    {
        if (n.percent)
        {
            out.number = n.typed;
            out.decimals = n.decimals;
        }
        else
            setPercent(out, n.value, n.decimals);
    }
    else
    {
        // a '%' on a count row ("25%") keeps the fraction; the checks judge it
        out.number = n.value;
        out.decimals = n.decimals;
    }
}

} // namespace

RowValue readRowValue(const Cell& value, const Cell& note, RowKind kind)
{
    RowValue out;
    switch (value.type)
    {
    case CellType::Empty:
        break;
    case CellType::Error:
        out.state = ValueState::Error;
        out.text = value.text.empty() ? "#VALUE!" : value.text;
        return out;
    case CellType::Number:
        if (kind == RowKind::YesNo && value.number != 0.0 && value.number != 1.0)
        {
            out.state = ValueState::Text; // 2 is neither yes nor no
            out.text = plainNumberText(value.number);
            return out;
        }
        readNumberCell(out, value, kind); // never leaves the value empty
        break;
    case CellType::Text:
        readTextCell(out, value.text, kind);
        break;
    }
    out.textFormat = out.fromText && value.format == NumberFormatKind::Text;
    if (out.state == ValueState::Empty && note.type == CellType::Text)
    {
        // "Chưa thực hiện" written in Ghi chú explains the blank value
        const VnNumber n = parseVnNumber(note.text);
        if (n.kind == CellKind::NoData)
        {
            out.state = ValueState::NoData;
            out.marker = n.marker;
            out.noDataInNote = true;
            out.text = note.text;
        }
    }
    return out;
}

std::vector<PercentReading> percentReadings(const RowValue& value)
{
    std::vector<PercentReading> readings{{value.number, value.decimals}};
    if (value.alternative)
        readings.push_back(*value.alternative);
    return readings;
}

std::string displayValue(const RowValue& value, RowKind kind)
{
    switch (value.state)
    {
    case ValueState::Empty:
        return {};
    case ValueState::NoData:
    case ValueState::Text:
    case ValueState::Error:
        return value.text;
    case ValueState::Number:
        break;
    }
    if (value.fromText)
        return value.text; // as typed: "2,30", "136.284"
    if (kind == RowKind::YesNo)
        return value.number != 0.0 ? "1" : "0";
    if (isPercentKind(kind))
        return formatVnPercent(value.number, std::max(value.decimals, 0));
    return formatVn(value.number, std::min(value.decimals, 6));
}

} // namespace parcalc
