// The Calc functions: each converts its arguments, calls addin/core and turns
// the result or error into what Calc shows. No math here.
#include "uno/functions/calc_args.hxx"
#include "uno/functions/functions_addin.hxx"

#include "core/functions/cell_input.hxx"
#include "core/functions/function_args.hxx"
#include "core/functions/grade.hxx"
#include "core/functions/ontime.hxx"
#include "core/functions/par_number.hxx"
#include "core/functions/point_rules.hxx"
#include "core/functions/score_index.hxx"
#include "core/ruleset/ruleset_cache.hxx"
#include "core/scoring/scoring_engine.hxx"
#include "core/text/number_format.hxx"

#include <cmath>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>

namespace parcalc::uno
{
namespace
{

using css::uno::Any;

// Walks two arguments cell by cell in row-major order (ranges of any shape, or
// scalars), handing each pair to `add`; stops when `failed()` says so. False
// when a cell holds no cell value (an interface, a nested sequence): only UNO
// callers other than Calc pass those, and they are invalid input.
template <class Acc>
[[nodiscard]] bool addPairs(Acc& acc, const CellGrid& left, const CellGrid& right)
{
    std::string leftText, rightText;
    const std::size_t n = left.size();
    for (std::size_t i = 0; i < n && !acc.failed(); ++i)
    {
        const Any& l = left.at(i);
        const Any& r = right.at(i);
        if (l.getValueTypeClass() == css::uno::TypeClass_DOUBLE &&
            r.getValueTypeClass() == css::uno::TypeClass_DOUBLE)
            acc.add(*static_cast<const double*>(l.getValue()),
                    *static_cast<const double*>(r.getValue()));
        else if (!isCellValue(l) || !isCellValue(r))
            return false;
        else
            acc.add(toCellInput(l, leftText), toCellInput(r, rightText));
    }
    return true;
}

// The grading scheme argument: omitted -> default; a text -> named scheme (both
// used in place, never copied); a two-column range -> (lower bound; label)
// rows, built into `built`, which must outlive the result.
Expected<const GradeScheme*> schemeFrom(const Any& arg, std::optional<Expected<GradeScheme>>& built)
{
    const CellGrid grid(arg);
    if (isOmitted(arg))
        return &defaultGradeScheme();
    if (!grid.isRange() || grid.size() == 1) // one value: its meaning is core's rule
    {
        if (!isCellValue(grid.at(0)))
            return makeError(ErrorKind::InvalidArgument, "scheme: expects a name or a range");
        std::string buffer;
        return gradeSchemeArgument(toCellInput(grid.at(0), buffer), !grid.isRange());
    }
    if (grid.cols() != 2)
        return makeError(ErrorKind::InvalidArgument, "scheme: expects two columns");
    std::vector<GradeBand> bands;
    for (sal_Int32 row = 0; row < grid.rows(); ++row)
    {
        const Any& bound = grid.at(row, 0);
        const Any& label = grid.at(row, 1);
        if (isOmitted(bound) && isOmitted(label))
            continue; // a blank line in the user's table
        const Expected<double> lower = scalarNumber(bound, "scheme lower bound");
        if (!lower)
            return lower.error();
        OUString text;
        if (!(label >>= text))
            return makeError(ErrorKind::InvalidArgument, "scheme: a label is not a text");
        bands.push_back({*lower, toUtf8(text)});
    }
    built.emplace(GradeScheme::fromBands(std::move(bands)));
    if (!*built)
        return built->error();
    return &**built;
}

// The OUString of a grade label: a sheet asks for the same few labels
// thousands of times, so each is converted from UTF-8 once per thread.
const OUString& cachedLabel(std::string_view utf8)
{
    thread_local std::unordered_map<std::string, OUString> cache;
    std::string key(utf8);
    auto it = cache.find(key);
    if (it == cache.end())
    {
        if (cache.size() > 256) // custom schemes with ever new labels: stay small
            cache.clear();
        it = cache.emplace(std::move(key), fromUtf8(utf8)).first;
    }
    return it->second;
}

// A criterion id: a text ("6.1.1") or a number typed in a cell (6 -> "6", 6.1 -> "6.1").
Expected<std::string> criterionFrom(const Any& arg)
{
    const CellGrid grid(arg);
    if (grid.size() != 1)
        return makeError(ErrorKind::InvalidArgument, "criterion: one cell expected");
    const Any& cell = grid.at(0);
    if (!isCellValue(cell)) // `>>=` would read a short or a float as a number
        return makeError(ErrorKind::InvalidArgument, "criterion: a text or a number expected");
    OUString text;
    if (cell >>= text)
        return toUtf8(text);
    double number = 0;
    if ((cell >>= number) && std::isfinite(number))
        return plainNumberText(number);
    return makeError(ErrorKind::InvalidArgument, "criterion: a text or a number expected");
}

// The rule set named by a text argument ("" or omitted: the bundled example set), parsed
// once per process (RuleSetCache). Unknown or broken -> NotAvailable.
Expected<std::shared_ptr<const ScoringRuleSet>> ruleSetNamed(const std::string& name)
{
    ScoringRuleSetLoad load = RuleSetCache::shared().scoring(name);
    if (!load.ok())
        return makeError(ErrorKind::NotAvailable, "unknown or invalid rule set");
    return std::move(load.value);
}

} // namespace

double FunctionsAddIn::parScore(const css::uno::Reference<css::beans::XPropertySet>&,
                                const Any& achieved, const Any& maximum)
{
    return calcGuarded(
        [&]
        {
            const CellGrid a(achieved), m(maximum);
            if (auto err = checkSameShape(a.rows(), a.cols(), m.rows(), m.cols()))
                return calcError(err->kind);
            ScoreAccumulator acc;
            if (!addPairs(acc, a, m))
                return calcError(ErrorKind::InvalidArgument);
            return toCalc(acc.result());
        });
}

double FunctionsAddIn::onTimeRate(const css::uno::Reference<css::beans::XPropertySet>&,
                                  const Any& onTime, const Any& resolved, const Any& early,
                                  const Any& convention, const Any& base, const Any& lateInProgress)
{
    return calcGuarded(
        [&]() -> double
        {
            OnTimeInput in;
            const auto onTimeValue = scalarNumber(onTime, "on_time");
            const auto resolvedValue = scalarNumber(resolved, "resolved");
            const auto earlyValue = optionalNumber(early, "early");
            const auto baseValue = optionalNumber(base, "base");
            const auto lateValue = optionalNumber(lateInProgress, "late_in_progress");
            for (const Error* err : {onTimeValue ? nullptr : &onTimeValue.error(),
                                     resolvedValue ? nullptr : &resolvedValue.error(),
                                     earlyValue ? nullptr : &earlyValue.error(),
                                     baseValue ? nullptr : &baseValue.error(),
                                     lateValue ? nullptr : &lateValue.error()})
                if (err)
                    return calcError(err->kind);
            in.onTime = *onTimeValue;
            in.resolved = *resolvedValue;
            in.early = earlyValue->value_or(0.0);
            in.base = *baseValue;
            in.lateInProgress = *lateValue;

            // One cell: a range of none (or several) has no convention to read.
            const CellGrid convGrid(convention);
            if (convGrid.size() != 1 || !isCellValue(convGrid.at(0)))
                return calcError(ErrorKind::InvalidArgument);
            std::string buffer;
            const CellInput conv = toCellInput(convGrid.at(0), buffer);
            // Omitted (the usual case): the default, without folding a name.
            const Expected<OnTimeConvention> chosen =
                conv.type == CellInput::Type::Number ? onTimeConventionFromCode(conv.number)
                : conv.type == CellInput::Type::Empty
                    ? Expected<OnTimeConvention>(OnTimeConvention::Resolved)
                    : onTimeConventionFromName(conv.text);
            if (!chosen)
                return calcError(chosen.error().kind);
            in.convention = *chosen;
            return toCalc(parcalc::onTimeRate(in));
        });
}

Any FunctionsAddIn::parGrade(const css::uno::Reference<css::beans::XPropertySet>&, const Any& index,
                             const Any& scheme)
{
    return calcGuarded(
        [&]
        {
            const Expected<double> value = scalarNumber(index, "index");
            if (!value)
                return Any(calcError(value.error().kind));
            std::optional<Expected<GradeScheme>> built; // a scheme given as a range
            const Expected<const GradeScheme*> chosen = schemeFrom(scheme, built);
            if (!chosen)
                return Any(calcError(chosen.error().kind));
            const Expected<std::string_view> grade = (*chosen)->grade(*value);
            if (!grade)
                return Any(calcError(grade.error().kind));
            return Any(cachedLabel(*grade));
        });
}

double FunctionsAddIn::parBand(const css::uno::Reference<css::beans::XPropertySet>&,
                               const Any& value, const Any& lowerBounds, const Any& points)
{
    return calcGuarded(
        [&]
        {
            const Expected<double> v = scalarNumber(value, "value");
            if (!v)
                return calcError(v.error().kind);
            const CellGrid bounds(lowerBounds), pts(points);
            if (bounds.size() != pts.size())
                return calcError(ErrorKind::InvalidArgument);
            BandAccumulator acc(*v);
            if (!addPairs(acc, bounds, pts))
                return calcError(ErrorKind::InvalidArgument);
            return toCalc(acc.result());
        });
}

double FunctionsAddIn::parProp(const css::uno::Reference<css::beans::XPropertySet>&,
                               const Any& achieved, const Any& target, const Any& maxPoints,
                               const Any& cap)
{
    return calcGuarded(
        [&]
        {
            const auto a = scalarNumber(achieved, "achieved");
            const auto t = scalarNumber(target, "target");
            const auto m = scalarNumber(maxPoints, "max_points");
            const auto c = optionalNumber(cap, "cap");
            for (const Error* err : {a ? nullptr : &a.error(), t ? nullptr : &t.error(),
                                     m ? nullptr : &m.error(), c ? nullptr : &c.error()})
                if (err)
                    return calcError(err->kind);
            return toCalc(parcalc::parProp(*a, *t, *m, propCap(*c))); // 0: no cap
        });
}

double FunctionsAddIn::parDeduct(const css::uno::Reference<css::beans::XPropertySet>&,
                                 const Any& cases, const Any& perCase, const Any& maxPoints,
                                 const Any& floor)
{
    return calcGuarded(
        [&]
        {
            const auto n = scalarNumber(cases, "cases");
            const auto p = scalarNumber(perCase, "per_case");
            const auto m = scalarNumber(maxPoints, "max_points");
            const auto f = optionalNumber(floor, "floor");
            for (const Error* err : {n ? nullptr : &n.error(), p ? nullptr : &p.error(),
                                     m ? nullptr : &m.error(), f ? nullptr : &f.error()})
                if (err)
                    return calcError(err->kind);
            return toCalc(parcalc::parDeduct(*n, *p, *m, *f));
        });
}

double FunctionsAddIn::parNumber(const css::uno::Reference<css::beans::XPropertySet>&,
                                 const Any& text)
{
    return calcGuarded(
        [&]
        {
            const CellGrid grid(text);
            if (grid.size() != 1 || !isCellValue(grid.at(0)))
                return calcError(ErrorKind::InvalidArgument);
            std::string buffer;
            const CellInput in = toCellInput(grid.at(0), buffer);
            if (in.type == CellInput::Type::Number)
                return toCalc(in.number);
            return toCalc(parcalc::parNumber(in.type == CellInput::Type::Text ? in.text : ""));
        });
}

Any FunctionsAddIn::parPoints(const css::uno::Reference<css::beans::XPropertySet>&,
                              const Any& criterion, const css::uno::Sequence<Any>& values)
{
    return calcGuarded(
        [&]
        {
            const Expected<std::string> id = criterionFrom(criterion);
            if (!id)
                return Any(calcError(id.error().kind));
            // Values in order, ranges flattened; whether the last names the rule set is
            // core's rule (lastArgumentNamesRuleSet).
            std::deque<std::string> buffers;
            std::vector<CellInput> inputs;
            std::string ruleSetName;
            for (sal_Int32 i = 0; i < values.getLength(); ++i)
            {
                const CellGrid grid(values[i]);
                for (std::size_t k = 0; k < grid.size(); ++k)
                    inputs.push_back(toCellInput(grid.at(k), buffers.emplace_back()));
                const bool last = i + 1 == values.getLength();
                if (last && grid.size() > 0 &&
                    lastArgumentNamesRuleSet(inputs.back(), grid.isRange(),
                                             std::size_t(values.getLength())))
                {
                    ruleSetName = std::string(inputs.back().text);
                    inputs.pop_back();
                }
            }
            const auto rules = ruleSetNamed(ruleSetName);
            if (!rules)
                return Any(calcError(rules.error().kind));
            const Expected<PointsResult> result = parcalc::parPoints(**rules, *id, inputs);
            if (!result)
                return Any(calcError(result.error().kind));
            if (result->excluded)
                return Any(fromUtf8(kNotApplicableText));
            return Any(toCalc(result->points));
        });
}

double FunctionsAddIn::parMax(const css::uno::Reference<css::beans::XPropertySet>&,
                              const Any& criterion, const Any& ruleSet)
{
    return calcGuarded(
        [&]
        {
            const Expected<std::string> id = criterionFrom(criterion);
            if (!id)
                return calcError(id.error().kind);
            std::string name;
            if (!isOmitted(ruleSet))
            {
                const CellGrid grid(ruleSet);
                OUString text;
                if (grid.size() != 1 || !(grid.at(0) >>= text))
                    return calcError(ErrorKind::InvalidArgument);
                name = toUtf8(text);
            }
            const auto rules = ruleSetNamed(name);
            if (!rules)
                return calcError(rules.error().kind);
            return toCalc(parcalc::parMax(**rules, *id));
        });
}

} // namespace parcalc::uno
