// required-if: an empty row found in the table is reported when the condition on another
// row holds; such a row may otherwise stay blank (no empty-value warning of its own).
#include "core/checks/internal/check_families.hxx"
#include "core/checks/internal/check_values.hxx"

#include <array>
#include <utility>

namespace parcalc
{

namespace
{

constexpr std::array<std::pair<CompareOp, std::string_view>, 7> kCompareOps{{
    {CompareOp::Greater, ">"},
    {CompareOp::GreaterEqual, ">="},
    {CompareOp::Equal, "="},
    {CompareOp::NotEqual, "!="},
    {CompareOp::Less, "<"},
    {CompareOp::LessEqual, "<="},
    {CompareOp::Present, "present"},
}};

} // namespace

std::optional<CompareOp> compareOpFromName(std::string_view name)
{
    for (const auto& [op, text] : kCompareOps)
        if (text == name)
            return op;
    return std::nullopt;
}

bool compare(double lhs, CompareOp op, double rhs)
{
    switch (op)
    {
    case CompareOp::Greater:
        return lhs > rhs;
    case CompareOp::GreaterEqual:
        return lhs >= rhs;
    case CompareOp::Equal:
        return lhs == rhs;
    case CompareOp::NotEqual:
        return lhs != rhs;
    case CompareOp::Less:
        return lhs < rhs;
    case CompareOp::LessEqual:
        return lhs <= rhs;
    case CompareOp::Present:
        return true;
    }
    return false;
}

namespace detail
{
namespace
{

bool read(CheckReading& in, const Json& item, const std::string& path, Check& check)
{
    JsonReader& json = in.json;
    auto target = in.row(item, path, "row", false);
    bool good = target.has_value();
    if (target)
        check.anchor = *target;
    auto cond = item.find("if");
    const std::string condPath = childPath(path, "if");
    if (cond == item.end())
    {
        json.error(condPath, "field.missing", {{"field", "if"}});
        return false;
    }
    if (!json.isObject(*cond, condPath))
        return false;
    json.onlyKeys(*cond, condPath, {"row", "op", "value"});
    auto condRow = in.row(*cond, condPath, "row", false);
    auto opName = json.string(*cond, condPath, "op", true);
    const std::optional<CompareOp> op =
        opName ? compareOpFromName(*opName) : std::optional<CompareOp>{};
    if (opName && !op)
        json.error(childPath(condPath, "op"), "required-if.op");
    const CompareOp opValue = op.value_or(CompareOp::Present);
    auto value =
        json.number(*cond, condPath, "value", op.has_value() && opValue != CompareOp::Present);
    good = good && condRow && op && (value || opValue == CompareOp::Present);
    if (!good)
        return false;
    check.spec = RequiredIfCheck{*target, *condRow, opValue, value.value_or(0)};
    return true;
}

void run(const Check& check, CheckRun& run)
{
    const RequiredIfCheck& c = *check.as<RequiredIfCheck>();
    const std::size_t r = c.row;
    if (run.value(r).state != ValueState::Empty || !run.in.found[r])
        return;
    const RowValue& cond = run.value(c.conditionRow);
    bool holds = false;
    std::string ref = run.def(c.conditionRow).id;
    if (c.conditionOp == CompareOp::Present)
        holds = isNumber(cond) || cond.state == ValueState::Text;
    else
    {
        holds = isNumber(cond) && compare(cond.number, c.conditionOp, c.conditionValue);
        ref += " = " + run.shown(c.conditionRow);
    }
    if (!holds)
        return;
    Finding& f = run.add(FindingCode::EmptyValue, check, r, "", "");
    f.variant = "required";
    f.ref = ref;
}

std::vector<std::size_t> rows(const Check& check)
{
    const RequiredIfCheck& c = *check.as<RequiredIfCheck>();
    return {c.row, c.conditionRow};
}

std::optional<std::size_t> blankRow(const Check& check, const std::vector<RowValue>&)
{
    return check.as<RequiredIfCheck>()->row;
}

} // namespace

const CheckKindInfo& requiredIfCheckKind()
{
    static const CheckKindInfo kind{"required-if", {"row", "if"}, read,    run,
                                    rows,          nullptr,       blankRow};
    return kind;
}

} // namespace detail
} // namespace parcalc
