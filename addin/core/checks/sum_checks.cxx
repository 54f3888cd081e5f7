// The sums: part-le-whole (the parts do not exceed the whole) and sum-equals (the parts
// add up to the total, which an empty total should then hold), and the cycles among sums
// that make a rule set wrong.
#include "core/checks/internal/check_families.hxx"
#include "core/checks/internal/check_values.hxx"

#include "core/text/number_format.hxx"

#include <cstdint>
#include <functional>

namespace parcalc::detail
{
namespace
{

// Both sums: the whole / total, the parts, and where the finding goes: the given "row",
// else the total of a sum, the single part of a "part <= whole", the whole when several
// parts add up.
struct SumShape
{
    std::size_t whole = 0;
    std::vector<std::size_t> parts;
    std::size_t anchor = 0;
};

std::optional<SumShape> readShape(CheckReading& in, const Json& item, const std::string& path,
                                  std::string_view wholeKey, bool isSum)
{
    auto whole = in.row(item, path, wholeKey, true);
    auto parts = in.rowList(item, path, "parts", true);
    std::optional<std::size_t> anchor;
    if (item.contains("row"))
        anchor = in.row(item, path, "row", false);
    if (!whole || !parts || (!anchor && item.contains("row")))
        return std::nullopt;
    const std::size_t where =
        anchor ? *anchor : (isSum || parts->size() > 1 ? *whole : parts->at(0));
    return SumShape{*whole, std::move(*parts), where};
}

bool readPartLeWhole(CheckReading& in, const Json& item, const std::string& path, Check& check)
{
    auto shape = readShape(in, item, path, "whole", false);
    if (!shape)
        return false;
    // Not a member of this kind (onlyKeys reported it); its type is still checked, as the
    // loader always did, so the errors stay the same.
    in.json.boolean(item, path, "require_all_parts");
    check.anchor = shape->anchor;
    check.spec = PartLeWholeCheck{std::move(shape->parts), shape->whole};
    return true;
}

bool readSumEquals(CheckReading& in, const Json& item, const std::string& path, Check& check)
{
    auto shape = readShape(in, item, path, "total", true);
    if (!shape)
        return false;
    check.anchor = shape->anchor;
    const bool requireAll = in.json.boolean(item, path, "require_all_parts").value_or(false);
    check.spec = SumEqualsCheck{std::move(shape->parts), shape->whole, requireAll};
    return true;
}

void runPartLeWhole(const Check& check, CheckRun& run)
{
    const PartLeWholeCheck& c = *check.as<PartLeWholeCheck>();
    const RowValue& whole = run.value(c.whole);
    auto sum = sumOfParts(run.in.values, c.parts, false);
    if (!isNumber(whole) || !sum || *sum <= whole.number || nearlyEqual(*sum, whole.number))
        return;
    Finding& f = run.add(FindingCode::PartExceedsWhole, check, check.anchor,
                         "≤ " + formatVnShort(whole.number, 6), formatVnShort(*sum, 6));
    f.ref = run.joinIds(c.parts);
    f.detail = run.def(c.whole).id;
}

void runSumEquals(const Check& check, CheckRun& run)
{
    const SumEqualsCheck& c = *check.as<SumEqualsCheck>();
    const RowValue& total = run.value(c.total);
    auto sum = sumOfParts(run.in.values, c.parts, c.requireAllParts);
    if (!isNumber(total) || !sum || nearlyEqual(*sum, total.number))
        return;
    const std::string sumText = formatVnShort(*sum, 6);
    const std::string totalText = formatVnShort(total.number, 6);
    // On the total: it should be the sum. Elsewhere (6.2 against 4.3): the sum should be
    // the total.
    const bool onTotal = check.anchor == c.total;
    Finding& f = run.add(FindingCode::SumMismatch, check, check.anchor,
                         onTotal ? sumText : totalText, onTotal ? totalText : sumText);
    f.ref = run.joinIds(c.parts);
    f.detail = run.def(c.total).id;
    if (!onTotal)
        f.variant = "parts";
}

template <class Sum> std::vector<std::size_t> sumRows(const Check& check)
{
    const Sum& c = *check.as<Sum>();
    std::vector<std::size_t> out = c.parts;
    if constexpr (std::is_same_v<Sum, SumEqualsCheck>)
        out.push_back(c.total);
    else
        out.push_back(c.whole);
    return out;
}

// An empty total holds the sum of its parts, when they all hold numbers.
RowExpectation sumExpects(const Check& check, const RuleSet& ruleSet,
                          const std::vector<RowValue>& values, std::size_t row)
{
    const SumEqualsCheck& c = *check.as<SumEqualsCheck>();
    RowExpectation e;
    if (c.total != row)
        return e;
    e.state = RowExpectation::State::Unknown;
    double sum = 0;
    std::string ref;
    for (std::size_t part : c.parts)
    {
        if (!isNumber(values[part]))
            return e;
        sum += values[part].number;
        ref += (ref.empty() ? "" : " + ") + ruleSet.rows[part].id;
    }
    e.state = RowExpectation::State::Known;
    e.value = sum;
    e.ref = ref;
    return e;
}

// A total that (through other sums) is a part of itself can never be checked.
void checkSumCycles(CheckReading& in, const std::vector<Check>& checks,
                    const std::vector<std::string>& paths)
{
    const std::size_t n = in.ruleSet.rows.size();
    std::vector<std::vector<std::size_t>> edges(n);
    std::vector<std::size_t> checkOfTotal(n, SIZE_MAX);
    for (std::size_t i = 0; i < checks.size(); ++i)
    {
        const SumEqualsCheck* c = checks[i].as<SumEqualsCheck>();
        if (!c)
            continue;
        for (std::size_t part : c->parts)
            edges[c->total].push_back(part);
        checkOfTotal[c->total] = i;
    }
    enum Mark : char
    {
        White,
        Grey,
        Black
    };
    std::vector<Mark> mark(n, White);
    std::size_t cycleAt = 0; // a row on the cycle found
    std::function<bool(std::size_t)> visit = [&](std::size_t v)
    {
        mark[v] = Grey;
        for (std::size_t w : edges[v])
        {
            if (mark[w] == Grey)
            {
                cycleAt = w;
                return true;
            }
            if (mark[w] == White && visit(w))
                return true;
        }
        mark[v] = Black;
        return false;
    };
    for (std::size_t v = 0; v < n; ++v)
    {
        if (mark[v] != White || !visit(v))
            continue;
        const std::string& id = in.ruleSet.rows[cycleAt].id;
        const std::size_t c = checkOfTotal[cycleAt];
        in.json.error(c < paths.size() ? paths[c] : "$.checks", "sum.cycle", {{"id", id}});
        return;
    }
}

} // namespace

const CheckKindInfo& partLeWholeCheckKind()
{
    static const CheckKindInfo kind{"part-le-whole",
                                    {"row", "whole", "parts"},
                                    readPartLeWhole,
                                    runPartLeWhole,
                                    sumRows<PartLeWholeCheck>};
    return kind;
}

const CheckKindInfo& sumEqualsCheckKind()
{
    static const CheckKindInfo kind{"sum-equals",
                                    {"row", "total", "parts", "require_all_parts"},
                                    readSumEquals,
                                    runSumEquals,
                                    sumRows<SumEqualsCheck>,
                                    sumExpects,
                                    nullptr,
                                    checkSumCycles};
    return kind;
}

} // namespace parcalc::detail
