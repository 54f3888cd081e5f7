// One-click fixes, planned from the validator's own reading of the table.
#include "sidebar/model/fix_planner.hxx"

#include "core/checks/check_kinds.hxx"
#include "core/text/number_format.hxx"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace parcalc::sidebar
{
namespace
{

bool isNumber(const RowValue& v)
{
    return v.state == ValueState::Number;
}

CellFix baseFix(const Finding& finding, std::size_t row, std::size_t col)
{
    CellFix fix;
    fix.sheet = finding.sheet;
    fix.cell = finding.cell;
    fix.sheetRow = row;
    fix.sheetCol = col;
    return fix;
}

// A percentage in percent points, rounded to at most `maxDecimals` (trailing zeros dropped).
void setPercent(CellFix& fix, double points, int maxDecimals)
{
    const double rounded = roundTo(points, maxDecimals);
    fix.action = FixAction::WriteNumber;
    fix.percent = true;
    fix.decimals = shownDecimals(rounded, maxDecimals);
    fix.number = rounded / 100.0;
    fix.display = formatVnPercent(rounded, fix.decimals);
}

} // namespace

bool isFixableCode(FindingCode code)
{
    return code == FindingCode::RatioMismatch || code == FindingCode::NumberAsText ||
           code == FindingCode::ZeroDenominator;
}

std::optional<std::pair<std::size_t, std::size_t>> parseA1(std::string_view address)
{
    std::size_t i = 0;
    auto skipDollar = [&]
    {
        if (i < address.size() && address[i] == '$')
            ++i;
    };
    skipDollar();
    std::size_t col = 0;
    const std::size_t colStart = i;
    while (i < address.size() && std::isalpha(static_cast<unsigned char>(address[i])))
    {
        col =
            col * 26 + std::size_t(std::toupper(static_cast<unsigned char>(address[i])) - 'A' + 1);
        if (col > 16384)
            return std::nullopt;
        ++i;
    }
    if (i == colStart)
        return std::nullopt;
    skipDollar();
    std::size_t row = 0;
    const std::size_t rowStart = i;
    while (i < address.size() && std::isdigit(static_cast<unsigned char>(address[i])))
    {
        row = row * 10 + std::size_t(address[i] - '0');
        if (row > 1048576)
            return std::nullopt;
        ++i;
    }
    if (i == rowStart || i != address.size() || row == 0)
        return std::nullopt;
    return std::make_pair(row - 1, col - 1);
}

std::optional<CellFix> planFix(const Finding& finding, const CellGrid& sheet,
                               const RuleSet& ruleSet)
{
    if (!isFixableCode(finding.code) || finding.cell.empty())
        return std::nullopt;
    return planFix(finding, readAppendix(sheet, ruleSet), ruleSet);
}

std::optional<CellFix> planFix(const Finding& finding, const AppendixData& data,
                               const RuleSet& ruleSet)
{
    if (!isFixableCode(finding.code) || finding.cell.empty())
        return std::nullopt;
    const auto pos = parseA1(finding.cell);
    const auto rowIndex = ruleSet.find(finding.row);
    if (!pos || !rowIndex)
        return std::nullopt;
    CellFix fix = baseFix(finding, pos->first, pos->second);

    if (!data.table.found || *rowIndex >= data.values.size() ||
        data.cells[*rowIndex] != finding.cell)
        return std::nullopt; // the sheet changed since the finding was made

    if (finding.code == FindingCode::ZeroDenominator)
    {
        fix.action = FixAction::WriteText;
        fix.text = std::string(kNotArisingText);
        fix.display = fix.text;
        return fix;
    }
    const RowValue& value = data.values[*rowIndex];
    const RowKind kind = ruleSet.rows[*rowIndex].kind;

    if (finding.code == FindingCode::NumberAsText)
    {
        if (!isNumber(value) || !value.fromText)
            return std::nullopt;
        if (isPercentKind(kind))
        {
            setPercent(fix, value.number, std::max(value.decimals, 0));
            return fix;
        }
        fix.action = FixAction::WriteNumber;
        fix.number = value.number;
        fix.display = formatVnShort(value.number, 6);
        return fix;
    }

    // RatioMismatch: the percentage a check says this row should hold (its ratio's).
    for (const Check& check : ruleSet.checks)
    {
        const CheckKindInfo& checkKind = checkKindOf(check);
        if (!checkKind.expects)
            continue;
        const RowExpectation e = checkKind.expects(check, ruleSet, data.values, *rowIndex);
        if (e.state == RowExpectation::State::Nothing || !e.percent)
            continue;
        if (e.state != RowExpectation::State::Known || !std::isfinite(e.value))
            return std::nullopt;
        setPercent(fix, e.value, std::max(value.decimals, 2));
        return fix;
    }
    return std::nullopt;
}

} // namespace parcalc::sidebar
