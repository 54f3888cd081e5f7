// The per-row checks on numbers, on each target row found: integer (percent rows aside),
// non-negative, cumulative (not below the previous period's value, when there is one).
#include "core/checks/internal/check_families.hxx"
#include "core/checks/internal/check_values.hxx"

#include "core/text/number_format.hxx"

#include <cmath>

namespace parcalc::detail
{
namespace
{

template <class Kind>
bool read(CheckReading& in, const Json& item, const std::string& path, Check& check)
{
    Kind c;
    const bool good = in.targets(item, path, c.rows, true);
    if (!c.rows.empty())
        check.anchor = c.rows.front();
    check.spec = std::move(c);
    return good;
}

template <class Kind> std::vector<std::size_t> rows(const Check& check)
{
    return check.as<Kind>()->rows;
}

// Runs `onRow(row, value)` on each target row found.
template <class Kind, class OnRow> void eachRow(const Check& check, CheckRun& run, OnRow onRow)
{
    for (std::size_t r : check.as<Kind>()->rows)
        if (run.in.found[r])
            onRow(r, run.value(r));
}

void runInteger(const Check& check, CheckRun& run)
{
    eachRow<IntegerCheck>(check, run,
                          [&](std::size_t r, const RowValue& v)
                          {
                              if (isNumber(v) && !isPercentKind(run.def(r).kind) &&
                                  std::fabs(v.number - std::round(v.number)) > 1e-9)
                                  run.add(FindingCode::NotInteger, check, r,
                                          formatVn(std::round(v.number), 0), run.shown(r));
                          });
}

void runNonNegative(const Check& check, CheckRun& run)
{
    eachRow<NonNegativeCheck>(check, run,
                              [&](std::size_t r, const RowValue& v)
                              {
                                  if (isNumber(v) && v.number < 0)
                                      run.add(FindingCode::Negative, check, r, "≥ 0", run.shown(r));
                              });
}

void runCumulative(const Check& check, CheckRun& run)
{
    eachRow<CumulativeCheck>(check, run,
                             [&](std::size_t r, const RowValue& v)
                             {
                                 if (!run.in.previous || !isNumber(v))
                                     return;
                                 const RowValue& before = (*run.in.previous)[r];
                                 if (isNumber(before) && v.number < before.number &&
                                     !nearlyEqual(v.number, before.number))
                                     run.add(FindingCode::CumulativeDecrease, check, r,
                                             "≥ " + displayValue(before, run.def(r).kind),
                                             run.shown(r));
                             });
}

} // namespace

const CheckKindInfo& integerCheckKind()
{
    static const CheckKindInfo kind{"integer",
                                    {"row", "rows", "row_kinds"},
                                    read<IntegerCheck>,
                                    runInteger,
                                    rows<IntegerCheck>};
    return kind;
}

const CheckKindInfo& nonNegativeCheckKind()
{
    static const CheckKindInfo kind{"non-negative",
                                    {"row", "rows", "row_kinds"},
                                    read<NonNegativeCheck>,
                                    runNonNegative,
                                    rows<NonNegativeCheck>};
    return kind;
}

const CheckKindInfo& cumulativeCheckKind()
{
    static const CheckKindInfo kind{"cumulative",
                                    {"row", "rows", "row_kinds"},
                                    read<CumulativeCheck>,
                                    runCumulative,
                                    rows<CumulativeCheck>};
    return kind;
}

} // namespace parcalc::detail
