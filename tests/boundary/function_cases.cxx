// The boundary case table of the Calc functions (see function_cases.hxx).
// Over 400 lines: one table of cases, an entry per function and input, read by one loop.
#include "function_cases.hxx"

#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>

using ::rtl::OUString;
using ::rtl::OUStringToOString;

namespace parcalc::boundary
{
namespace
{

using css::uno::Any;
using css::uno::Sequence;
using AnyGrid = Sequence<Sequence<Any>>;
using Options = css::uno::Reference<css::beans::XPropertySet>;

// The SDK's Sequence has no initializer-list constructor outside LibreOffice itself.
Sequence<Any> seq(std::initializer_list<Any> cells)
{
    return Sequence<Any>(cells.begin(), sal_Int32(cells.size()));
}

OUString u8(const std::string& utf8)
{
    return OUString(utf8.data(), sal_Int32(utf8.size()), RTL_TEXTENCODING_UTF8);
}

Any str(const std::string& utf8)
{
    return Any(u8(utf8));
}

double nanWithCode(std::uint32_t code)
{
    const std::uint64_t bits = 0x7FF8000000000000ULL | code;
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

Any grid(std::initializer_list<std::initializer_list<Any>> rows)
{
    AnyGrid g(sal_Int32(rows.size()));
    sal_Int32 r = 0;
    for (const auto& row : rows)
        g[r++] = Sequence<Any>(row.begin(), sal_Int32(row.size()));
    return Any(g);
}

// n x 1 (column) or 1 x n (row), cell i holding value(i).
Any column(sal_Int32 n, const std::function<double(sal_Int32)>& value)
{
    AnyGrid g(n);
    for (sal_Int32 i = 0; i < n; ++i)
        g[i] = seq({Any(value(i))});
    return Any(g);
}

Any row(sal_Int32 n, const std::function<double(sal_Int32)>& value)
{
    Sequence<Any> cells(n);
    for (sal_Int32 i = 0; i < n; ++i)
        cells[i] = Any(value(i));
    AnyGrid g(1);
    g[0] = cells;
    return Any(g);
}

constexpr sal_Int32 kHuge = 1000000;

// A wrong or odd value for one argument, with the outcome for most arguments
// being Err:502; the four kinds that differ per argument are named.
struct BadValue
{
    std::string name;
    Any value;
    enum class Kind
    {
        Void,      // omitted
        True,      // a boolean: Calc's TRUE is the number 1
        Garbage,   // text that is no number, no marker, no name
        ErrorText, // "#DIV/0!" typed as text
        Other,     // everything else: Err:502 for every argument
    } kind = Kind::Other;
};

bool isHuge(const BadValue& value)
{
    return value.name.rfind("huge-", 0) == 0;
}

std::vector<BadValue> badValues(const css::uno::Reference<css::uno::XInterface>& iface)
{
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<BadValue> values = {
        {"void", Any(), BadValue::Kind::Void},
        {"true", Any(true), BadValue::Kind::True},
        {"garbage", str("garbage ?!* x"), BadValue::Kind::Garbage},
        {"error-text", str("#DIV/0!"), BadValue::Kind::ErrorText},
        {"interface", Any(iface)},
        // A 2x2 "range" whose cells are a sequence, an interface, void and an empty range.
        {"nested", grid({{Any(seq({Any(1.0)})), Any(iface)}, {Any(), Any(AnyGrid())}})},
        {"cell-holding-sequence", grid({{Any(seq({Any(1.0)}))}})},
        {"flat-sequence", Any(seq({Any(1.0)}))},
        {"short", Any(sal_Int16(3))},
        {"nan", Any(std::numeric_limits<double>::quiet_NaN())},
        {"+inf", Any(inf)},
        {"-inf", Any(-inf)},
        {"error-div0", Any(nanWithCode(kDiv0))},
        {"range-0x0", Any(AnyGrid())},
        {"range-1x0", Any(AnyGrid(1))},
        {"ragged", grid({{Any(1.0), Any(2.0)}, {Any(3.0)}})},
        {"ragged-long-second-row", grid({{Any(1.0)}, {Any(2.0), Any(3.0), Any(4.0)}})},
    };
    values.push_back({"huge-column", column(kHuge, [](sal_Int32) { return 1.0; })});
    values.push_back({"huge-row", row(kHuge, [](sal_Int32) { return 1.0; })});
    return values;
}

// One argument of one function: the call with that argument replaced, and the
// outcomes that are not Err:502.
struct Argument
{
    std::string name;
    std::function<Any(const Functions&, const Any&)> call;
    Expect onVoid, onTrue, onGarbage, onErrorText;
};

Any any(double value)
{
    return Any(value);
}

std::vector<Argument> arguments()
{
    const Options none;
    const Expect e502 = error(kErr502);
    const Expect value = error(kValue);
    const Expect na = error(kNA);
    const Any v0547(0.547);
    const double rate = 15739.0 / 17604.0; // README: ONTIMERATE(15739; 17604) → 0,894058
    return {
        // PARSCORE(89,21; 97): an empty achieved cell counts as 0 points.
        {"parScore/achieved",
         [=](const Functions& f, const Any& a) { return any(f->parScore(none, a, Any(97.0))); },
         number(0), number(1.0 / 97.0 * 100.0), value, value},
        // An empty or TRUE maximum leaves 89,21 above its maximum.
        {"parScore/maximum",
         [=](const Functions& f, const Any& a) { return any(f->parScore(none, Any(89.21), a)); },
         e502, e502, value, value},
        {"onTimeRate/on_time",
         [=](const Functions& f, const Any& a)
         { return any(f->onTimeRate(none, a, Any(17604.0), {}, {}, {}, {})); },
         e502, number(1.0 / 17604.0), value, value},
        // Resolved TRUE = 1 case, fewer than the 15739 on time.
        {"onTimeRate/resolved",
         [=](const Functions& f, const Any& a)
         { return any(f->onTimeRate(none, Any(15739.0), a, {}, {}, {}, {})); },
         e502, e502, value, value},
        {"onTimeRate/early",
         [=](const Functions& f, const Any& a)
         { return any(f->onTimeRate(none, Any(15739.0), Any(17604.0), a, {}, {}, {})); },
         number(rate), number(15740.0 / 17604.0), value, value},
        // TRUE = convention 1, which needs a base; an unknown name is invalid input.
        {"onTimeRate/convention",
         [=](const Functions& f, const Any& a)
         { return any(f->onTimeRate(none, Any(15739.0), Any(17604.0), {}, a, {}, {})); },
         number(rate), e502, e502, e502},
        // Convention 0 uses neither base nor late_in_progress: giving one is invalid.
        {"onTimeRate/base",
         [=](const Functions& f, const Any& a)
         { return any(f->onTimeRate(none, Any(15739.0), Any(17604.0), {}, {}, a, {})); },
         number(rate), e502, value, value},
        {"onTimeRate/late_in_progress",
         [=](const Functions& f, const Any& a)
         { return any(f->onTimeRate(none, Any(15739.0), Any(17604.0), {}, {}, {}, a)); },
         number(rate), e502, value, value},
        // Index TRUE = 1: below 50, "Yếu".
        {"parGrade/index",
         [=](const Functions& f, const Any& a) { return f->parGrade(none, a, {}); }, e502,
         text("Y\xE1\xBA\xBFu"), value, value},
        // Omitted: the default scheme (92,3 → Xuất sắc); a text is a scheme name.
        {"parGrade/scheme",
         [=](const Functions& f, const Any& a) { return f->parGrade(none, Any(92.3), a); },
         text("Xu\xE1\xBA\xA5t s\xE1\xBA\xAF"
              "c"),
         e502, na, na},
        // PARBAND(92 %; {90 %; 95 %}; {0,5; 1}) → 0,5; value TRUE = 100 % → 1.
        {"parBand/value",
         [=](const Functions& f, const Any& a)
         {
             return any(f->parBand(none, a, grid({{Any(0.9)}, {Any(0.95)}}),
                                   grid({{Any(0.5)}, {Any(1.0)}})));
         },
         e502, number(1), value, value},
        // One bound against two points: the counts differ, whatever the bound is.
        {"parBand/lower_bounds",
         [=](const Functions& f, const Any& a) {
             return any(f->parBand(none, Any(0.92), a, grid({{Any(0.5)}, {Any(1.0)}})));
         },
         e502, e502, e502, e502},
        {"parBand/points",
         [=](const Functions& f, const Any& a) {
             return any(f->parBand(none, Any(0.92), grid({{Any(0.9)}, {Any(0.95)}}), a));
         },
         e502, e502, e502, e502},
        // PARPROP(24; 26; 1) → 24/26.
        {"parProp/achieved",
         [=](const Functions& f, const Any& a)
         { return any(f->parProp(none, a, Any(26.0), Any(1.0), {})); },
         e502, number(1.0 / 26.0), value, value},
        {"parProp/target",
         [=](const Functions& f, const Any& a)
         { return any(f->parProp(none, Any(24.0), a, Any(1.0), {})); },
         e502, number(1), value, value}, // 24 of 1, capped at max 1
        {"parProp/max_points",
         [=](const Functions& f, const Any& a)
         { return any(f->parProp(none, Any(24.0), Any(26.0), a, {})); },
         e502, number(24.0 / 26.0), value, value},
        {"parProp/cap",
         [=](const Functions& f, const Any& a)
         { return any(f->parProp(none, Any(24.0), Any(26.0), Any(1.0), a)); },
         number(24.0 / 26.0), number(24.0 / 26.0), value, value},
        // PARDEDUCT(2; 0,5; 3) → 2.
        {"parDeduct/cases",
         [=](const Functions& f, const Any& a)
         { return any(f->parDeduct(none, a, Any(0.5), Any(3.0), {})); },
         e502, number(2.5), value, value},
        {"parDeduct/per_case",
         [=](const Functions& f, const Any& a)
         { return any(f->parDeduct(none, Any(2.0), a, Any(3.0), {})); },
         e502, number(1), value, value},
        {"parDeduct/max_points",
         [=](const Functions& f, const Any& a)
         { return any(f->parDeduct(none, Any(2.0), Any(0.5), a, {})); },
         e502, number(0), value, value},
        {"parDeduct/floor",
         [=](const Functions& f, const Any& a)
         { return any(f->parDeduct(none, Any(2.0), Any(0.5), Any(3.0), a)); },
         number(2), number(2), value, value},
        // PARNUMBER of nothing: no number to read, #N/A like "Không phát sinh".
        {"parNumber/text",
         [=](const Functions& f, const Any& a) { return any(f->parNumber(none, a)); }, na,
         number(1), value, value},
        // PARPOINTS("6.1.1"; 54,7 %) → 1,094. A criterion is a text or a number, never TRUE.
        {"parPoints/criterion",
         [=](const Functions& f, const Any& a) { return f->parPoints(none, a, seq({v0547})); },
         e502, e502, na, na},
        // The one value: TRUE = 100 % of the plan → the maximum 2. A single text is a
        // value (only a last one after others names a rule set): non-numeric → Err:502.
        {"parPoints/values",
         [=](const Functions& f, const Any& a)
         { return f->parPoints(none, str("6.1.1"), seq({a})); },
         e502, number(2), e502, e502},
        {"parMax/criterion",
         [=](const Functions& f, const Any& a) { return any(f->parMax(none, a, {})); }, e502, e502,
         na, na},
        {"parMax/rule_set",
         [=](const Functions& f, const Any& a) { return any(f->parMax(none, str("6.1.1"), a)); },
         number(2), e502, na, na},
    };
}

Expect outcomeFor(const Argument& arg, const BadValue& bad)
{
    switch (bad.kind)
    {
    case BadValue::Kind::Void:
        return arg.onVoid;
    case BadValue::Kind::True:
        return arg.onTrue;
    case BadValue::Kind::Garbage:
        return arg.onGarbage;
    case BadValue::Kind::ErrorText:
        return arg.onErrorText;
    case BadValue::Kind::Other:
        break;
    }
    return error(kErr502);
}

// Each function's own edges: valid calls (the wiring), empty, ragged and huge
// ranges, error cells in ranges, huge and non-finite numbers, odd names.
std::vector<FunctionCase> edgeCases(const css::uno::Reference<css::uno::XInterface>& iface)
{
    const Options none;
    const double big = 1e308;
    const Any empty0{AnyGrid()}, empty1{AnyGrid(1)};
    const Any ragged = grid({{Any(1.0), Any(2.0)}, {Any(3.0)}});
    std::vector<FunctionCase> cases = {
        {"parScore/valid",
         [=](const Functions& f) { return any(f->parScore(none, Any(89.21), Any(97.0))); },
         number(89.21 / 97.0 * 100.0)},
        {"parScore/huge-numbers",
         [=](const Functions& f) { return any(f->parScore(none, Any(big), Any(big))); },
         number(100)},
        // DBL_MAX + DBL_MAX overflows the sums: not a finite index.
        {"parScore/sums-overflow",
         [=](const Functions& f)
         {
             const Any r = grid({{Any(DBL_MAX)}, {Any(DBL_MAX)}});
             return any(f->parScore(none, r, r));
         },
         error(kErr502)},
        {"parScore/both-0x0",
         [=](const Functions& f) { return any(f->parScore(none, empty0, empty0)); }, error(kNA)},
        {"parScore/both-1x0",
         [=](const Functions& f) { return any(f->parScore(none, empty1, empty1)); }, error(kNA)},
        {"parScore/0x0-vs-1x0",
         [=](const Functions& f) { return any(f->parScore(none, empty0, empty1)); },
         error(kErr502)},
        {"parScore/both-ragged",
         [=](const Functions& f) { return any(f->parScore(none, ragged, ragged)); },
         error(kErr502)},
        {"parScore/error-cell-in-range",
         [=](const Functions& f)
         {
             return any(f->parScore(none, grid({{Any(1.0)}, {Any(nanWithCode(kDiv0))}}),
                                    grid({{Any(2.0)}, {Any(2.0)}})));
         },
         error(kErr502)},
        {"parScore/error-text-in-range",
         [=](const Functions& f)
         {
             return any(f->parScore(none, grid({{Any(1.0)}, {str("#N/A")}}),
                                    grid({{Any(2.0)}, {Any(2.0)}})));
         },
         error(kValue)},
        // "N/A" is the not-applicable marker: the pair leaves both sums.
        {"parScore/marker-in-range",
         [=](const Functions& f)
         {
             return any(f->parScore(none, grid({{Any(1.0)}, {str("N/A")}}),
                                    grid({{Any(2.0)}, {Any(2.0)}})));
         },
         number(50)},
        {"parScore/interface-in-range",
         [=](const Functions& f)
         {
             return any(f->parScore(none, grid({{Any(1.0)}, {Any(iface)}}),
                                    grid({{Any(2.0)}, {Any(2.0)}})));
         },
         error(kErr502)},
        {"parBand/valid",
         [=](const Functions& f)
         {
             return any(f->parBand(none, Any(0.92), grid({{Any(0.9)}, {Any(0.95)}}),
                                   grid({{Any(0.5)}, {Any(1.0)}})));
         },
         number(0.5)},
        // Same count in another shape: PARBAND only pairs them in order.
        {"parBand/column-vs-row",
         [=](const Functions& f)
         {
             return any(f->parBand(none, Any(0.92), grid({{Any(0.9)}, {Any(0.95)}}),
                                   grid({{Any(0.5), Any(1.0)}})));
         },
         number(0.5)},
        {"parBand/huge-value",
         [=](const Functions& f)
         {
             return any(f->parBand(none, Any(big), grid({{Any(0.9)}, {Any(0.95)}}),
                                   grid({{Any(0.5)}, {Any(1.0)}})));
         },
         number(1)},
        {"parBand/no-bands-0x0",
         [=](const Functions& f) { return any(f->parBand(none, Any(1.0), empty0, empty0)); },
         error(kErr502)},
        {"parBand/no-bands-1x0",
         [=](const Functions& f) { return any(f->parBand(none, Any(1.0), empty1, empty1)); },
         error(kErr502)},
        {"parBand/ragged",
         [=](const Functions& f) { return any(f->parBand(none, Any(1.0), ragged, ragged)); },
         error(kErr502)},
        {"parBand/text-in-bounds",
         [=](const Functions& f)
         {
             return any(f->parBand(none, Any(0.92), grid({{str("garbage")}, {Any(0.95)}}),
                                   grid({{Any(0.5)}, {Any(1.0)}})));
         },
         error(kValue)},
        {"parBand/nan-bound",
         [=](const Functions& f)
         {
             return any(
                 f->parBand(none, Any(0.92),
                            grid({{Any(std::numeric_limits<double>::quiet_NaN())}, {Any(0.95)}}),
                            grid({{Any(0.5)}, {Any(1.0)}})));
         },
         error(kErr502)},
        {"parGrade/valid", [=](const Functions& f) { return f->parGrade(none, Any(92.3), {}); },
         text("Xu\xE1\xBA\xA5t s\xE1\xBA\xAF"
              "c")},
        {"parGrade/named-scheme",
         [=](const Functions& f) { return f->parGrade(none, Any(92.3), str("cao-bang-2021")); },
         text("T\xE1\xBB\x91t")},
        {"parGrade/above-100",
         [=](const Functions& f) { return f->parGrade(none, Any(100.5), {}); }, error(kErr502)},
        {"parGrade/huge-index", [=](const Functions& f) { return f->parGrade(none, Any(big), {}); },
         error(kErr502)},
        {"parGrade/range-scheme",
         [=](const Functions& f) {
             return f->parGrade(none, Any(92.3),
                                grid({{Any(0.0), str("Low")}, {Any(50.0), str("High")}}));
         },
         text("High")},
        {"parGrade/range-scheme-interface-label",
         [=](const Functions& f) {
             return f->parGrade(none, Any(92.3),
                                grid({{Any(0.0), str("Low")}, {Any(50.0), Any(iface)}}));
         },
         error(kErr502)},
        {"parGrade/range-scheme-ragged",
         [=](const Functions& f) {
             return f->parGrade(none, Any(92.3), grid({{Any(0.0), str("Low")}, {Any(50.0)}}));
         },
         error(kErr502)},
        {"onTimeRate/valid",
         [=](const Functions& f)
         { return any(f->onTimeRate(none, Any(15739.0), Any(17604.0), {}, {}, {}, {})); },
         number(15739.0 / 17604.0)},
        {"onTimeRate/received",
         [=](const Functions& f)
         {
             return any(f->onTimeRate(none, Any(15739.0), Any(17604.0), Any(0.0), Any(1.0),
                                      Any(20845.0), {}));
         },
         number(1.0 - 1865.0 / 20845.0)},
        {"onTimeRate/no-cases",
         [=](const Functions& f)
         { return any(f->onTimeRate(none, Any(0.0), Any(0.0), {}, {}, {}, {})); },
         error(kDiv0)},
        {"onTimeRate/huge-numbers",
         [=](const Functions& f)
         { return any(f->onTimeRate(none, Any(big), Any(big), {}, {}, {}, {})); },
         number(1)},
        {"parProp/valid",
         [=](const Functions& f)
         { return any(f->parProp(none, Any(24.0), Any(26.0), Any(1.0), {})); },
         number(24.0 / 26.0)},
        {"parProp/target-0",
         [=](const Functions& f)
         { return any(f->parProp(none, Any(24.0), Any(0.0), Any(1.0), {})); },
         error(kDiv0)},
        {"parProp/huge-achieved",
         [=](const Functions& f)
         { return any(f->parProp(none, Any(big), Any(26.0), Any(1.0), {})); },
         number(1)},
        {"parDeduct/valid",
         [=](const Functions& f)
         { return any(f->parDeduct(none, Any(2.0), Any(0.5), Any(3.0), {})); },
         number(2)},
        {"parDeduct/huge-cases",
         [=](const Functions& f)
         { return any(f->parDeduct(none, Any(big), Any(big), Any(3.0), {})); },
         number(0)},
        {"parDeduct/floor-above-max",
         [=](const Functions& f)
         { return any(f->parDeduct(none, Any(2.0), Any(0.5), Any(3.0), Any(4.0))); },
         error(kErr502)},
        {"parNumber/valid",
         [=](const Functions& f) { return any(f->parNumber(none, str("136.284"))); },
         number(136284)},
        {"parNumber/no-data",
         [=](const Functions& f)
         { return any(f->parNumber(none, str("Kh\xC3\xB4ng ph\xC3\xA1t sinh"))); },
         error(kNA)},
        {"parNumber/huge-number",
         [=](const Functions& f) { return any(f->parNumber(none, Any(big))); }, number(big)},
        {"parPoints/valid",
         [=](const Functions& f) { return f->parPoints(none, str("6.1.1"), seq({Any(0.547)})); },
         number(1.094)},
        {"parPoints/no-values",
         [=](const Functions& f) { return f->parPoints(none, str("6.1.1"), {}); }, error(kErr502)},
        {"parPoints/nan-criterion",
         [=](const Functions& f)
         { return f->parPoints(none, Any(std::nan("")), seq({Any(0.547)})); },
         error(kErr502)},
        {"parPoints/unknown-rule-set",
         [=](const Functions& f) {
             return f->parPoints(none, str("6.1.1"), seq({Any(0.547), str("no such rules")}));
         },
         error(kNA)},
        {"parPoints/missing-rule-file",
         [=](const Functions& f)
         {
             return f->parPoints(none, str("6.1.1"),
                                 seq({Any(0.547), str("/nonexistent/parcalc/rules.json")}));
         },
         error(kNA)},
        {"parPoints/directory-as-rule-set",
         [=](const Functions& f) {
             return f->parPoints(none, str("6.1.1"), seq({Any(0.547), str("/")}));
         },
         error(kNA)},
        {"parPoints/device-as-rule-set",
         [=](const Functions& f) {
             return f->parPoints(none, str("6.1.1"), seq({Any(0.547), str("/dev/zero")}));
         },
         error(kNA)},
        {"parPoints/ragged-values",
         [=](const Functions& f) { return f->parPoints(none, str("6.1.1"), seq({ragged})); },
         error(kErr502)},
        {"parMax/valid", [=](const Functions& f) { return any(f->parMax(none, str("6.1.1"), {})); },
         number(2)},
        {"parMax/field-by-number",
         [=](const Functions& f) { return any(f->parMax(none, Any(6.0), {})); }, number(13)},
        {"parMax/total",
         [=](const Functions& f) { return any(f->parMax(none, str("t\xE1\xBB\x95ng"), {})); },
         number(97)},
        {"parMax/unknown", [=](const Functions& f) { return any(f->parMax(none, str("6.9"), {})); },
         error(kNA)},
        {"parMax/huge-number-criterion",
         [=](const Functions& f) { return any(f->parMax(none, Any(big), {})); }, error(kNA)},
    };
    {
        const Any ones = column(kHuge, [](sal_Int32) { return 1.0; });
        const Any twos = column(kHuge, [](sal_Int32) { return 2.0; });
        const Any onesRow = row(kHuge, [](sal_Int32) { return 1.0; });
        // 10^6 criteria of 1 of 2 points: 50.
        cases.push_back({"parScore/huge-columns",
                         [=](const Functions& f) { return any(f->parScore(none, ones, twos)); },
                         number(50)});
        cases.push_back({"parScore/huge-row-vs-column",
                         [=](const Functions& f) { return any(f->parScore(none, onesRow, twos)); },
                         error(kErr502)});
        // Bounds 0..999999 down a column, points 2*i along a row: the band of 500000.
        const Any bounds = column(kHuge, [](sal_Int32 i) { return double(i); });
        const Any points = row(kHuge, [](sal_Int32 i) { return 2.0 * i; });
        cases.push_back({"parBand/huge-column-vs-row",
                         [=](const Functions& f)
                         { return any(f->parBand(none, Any(500000.5), bounds, points)); },
                         number(1e6)});
        // 10^6 values where 6.1.1 takes one rate.
        cases.push_back({"parPoints/huge-values",
                         [=](const Functions& f)
                         { return f->parPoints(none, str("6.1.1"), seq({ones})); },
                         error(kErr502)});
    }
    return cases;
}

} // namespace

Expect number(double value)
{
    Expect e;
    e.kind = Expect::Kind::Number;
    e.number = value;
    return e;
}

Expect error(std::uint32_t code)
{
    Expect e;
    e.kind = Expect::Kind::Error;
    e.code = code;
    return e;
}

Expect text(std::string utf8)
{
    Expect e;
    e.kind = Expect::Kind::Text;
    e.text = std::move(utf8);
    return e;
}

std::int64_t errorCodeOf(double value)
{
    if (!std::isnan(value))
        return -1;
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    return std::int64_t(bits & 0xFFFFFFFFULL);
}

std::string mismatch(const css::uno::Any& result, const Expect& expect)
{
    double number = 0;
    OUString str;
    const bool isNumber =
        result.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (result >>= number);
    const bool isText = result >>= str;
    std::string got =
        isText ? OUStringToOString(str, RTL_TEXTENCODING_UTF8).getStr()
        : !isNumber
            ? std::string("a value of type ") +
                  OUStringToOString(result.getValueTypeName(), RTL_TEXTENCODING_UTF8).getStr()
        : std::isnan(number) ? "error " + std::to_string(errorCodeOf(number))
                             : std::to_string(number);
    switch (expect.kind)
    {
    case Expect::Kind::Number:
        if (isNumber && std::isfinite(number) &&
            std::fabs(number - expect.number) <= 1e-12 * std::fmax(1.0, std::fabs(expect.number)))
            return {};
        return "expected " + std::to_string(expect.number) + ", got " + got;
    case Expect::Kind::Error:
        if (isNumber && errorCodeOf(number) == std::int64_t(expect.code))
            return {};
        return "expected error " + std::to_string(expect.code) + ", got " + got;
    case Expect::Kind::Text:
        if (isText && OUStringToOString(str, RTL_TEXTENCODING_UTF8).getStr() == expect.text)
            return {};
        return "expected text \"" + expect.text + "\", got " + got;
    }
    return "bad expectation";
}

std::vector<FunctionCase>
functionCases(const css::uno::Reference<css::uno::XInterface>& anInterface, HugeRanges huge)
{
    std::vector<FunctionCase> cases;
    const auto bad = badValues(anInterface);
    std::string function;
    for (const Argument& arg : arguments())
    {
        const std::string name = arg.name.substr(0, arg.name.find('/'));
        const bool first = name != function;
        function = name;
        for (const BadValue& value : bad)
        {
            if (isHuge(value) && !first && huge == HugeRanges::FirstArgument)
                continue;
            const auto call = arg.call;
            const Any v = value.value;
            cases.push_back({arg.name + "=" + value.name,
                             [call, v](const Functions& f) { return call(f, v); },
                             outcomeFor(arg, value)});
        }
    }
    for (auto& c : edgeCases(anInterface))
        cases.push_back(std::move(c));
    return cases;
}

} // namespace parcalc::boundary
