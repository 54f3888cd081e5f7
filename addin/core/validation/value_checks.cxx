// Per-row reading checks: empty-value (with what the parts say, when they say
// it), not-a-number, number-as-text, date-value, not-reported, nothing-to-report.
#include "core/validation/checks.hxx"

#include "core/text/number_format.hxx"

namespace parcalc
{
namespace
{

// What the other rows say an empty row should hold (a ratio or a total), if they do: the
// first check that decides the row.
void fillComputed(const CheckInput& in, std::size_t row, Finding& f)
{
    for (const Check& check : in.ruleSet.checks)
    {
        const CheckKindInfo& kind = checkKindOf(check);
        if (!kind.expects)
            continue;
        const RowExpectation e = kind.expects(check, in.ruleSet, in.values, row);
        if (e.state == RowExpectation::State::Nothing)
            continue;
        if (e.state == RowExpectation::State::Known)
        {
            f.variant = "computed";
            f.expected = e.percent ? formatVnPercent(e.value, 2) : formatVnShort(e.value, 2);
            f.ref = e.ref;
        }
        return;
    }
}

// A marker instead of a figure (issue 12: no row goes unreported silently). "Not done / not
// known yet" is always a warning; "nothing arose / not applicable" is accepted silently where
// the row may be blank (0/0, a condition), and shown as information elsewhere.
void checkNoData(const RowValue& v, bool mayBeBlank, Finding f, std::vector<Finding>& out)
{
    f.actual = v.text;
    if (v.noDataInNote)
        f.variant = "note";
    if (v.marker == NoDataMarker::NotDone)
    {
        f.code = FindingCode::NotReported;
        f.severity = Severity::Warning;
    }
    else if (!mayBeBlank)
        f.code = FindingCode::NothingToReport;
    else
        return;
    out.push_back(std::move(f));
}

} // namespace

void checkRowValues(const CheckInput& in, std::vector<Finding>& out)
{
    const RuleSet& rs = in.ruleSet;
    // Rows that may stay blank: required only under a condition (required-if decides), and
    // ratios whose denominator is 0 (0/0 is left blank, rightly).
    std::vector<bool> mayBeBlank(rs.rows.size(), false);
    for (const Check& check : rs.checks)
        if (const auto blankRow = checkKindOf(check).blankRow)
            if (const auto row = blankRow(check, in.values))
                mayBeBlank[*row] = true;
    for (std::size_t r = 0; r < rs.rows.size(); ++r)
    {
        const RowDef& def = rs.rows[r];
        if (!in.found[r] || def.kind == RowKind::Group || def.kind == RowKind::Text)
            continue;
        const RowValue& v = in.values[r];
        switch (v.state)
        {
        case ValueState::Empty:
        {
            if (mayBeBlank[r])
                break;
            Finding f =
                makeFinding(FindingCode::EmptyValue, Severity::Warning, def.id, in.cells[r]);
            fillComputed(in, r, f);
            out.push_back(std::move(f));
            break;
        }
        case ValueState::Text:
            if (v.dateFormat && def.kind != RowKind::YesNo)
                out.push_back(makeFinding(FindingCode::DateValue, Severity::Error, def.id,
                                          in.cells[r], "", v.text));
            else if (isNumericKind(def.kind))
                out.push_back(makeFinding(FindingCode::NotANumber, Severity::Error, def.id,
                                          in.cells[r], "", v.text));
            break;
        case ValueState::Error:
        {
            Finding f = makeFinding(FindingCode::NotANumber, Severity::Error, def.id, in.cells[r],
                                    "", v.text);
            f.variant = "error";
            out.push_back(std::move(f));
            break;
        }
        case ValueState::Number:
            // Read correctly, so only a hint: sorting and sums in Calc skip text cells.
            if (v.fromText && isNumericKind(def.kind) && in.typedCells)
            {
                RowValue asNumber = v;
                asNumber.fromText = false;
                Finding f = makeFinding(FindingCode::NumberAsText, Severity::Info, def.id,
                                        in.cells[r], displayValue(asNumber, def.kind), v.text);
                if (v.textFormat)
                    f.variant = "text-format";
                out.push_back(std::move(f));
            }
            break;
        case ValueState::NoData:
            checkNoData(v, mayBeBlank[r], makeFinding({}, Severity::Info, def.id, in.cells[r]),
                        out);
            break;
        }
    }
}

} // namespace parcalc
