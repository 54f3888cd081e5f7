// Reading the typed checks of a rule-set file: one shape per kind, every row id
// resolved to an index, sums checked for cycles.
#include "core/ruleset/internal/ruleset_checks.hxx"

#include <functional>

namespace parcalc::detail
{
namespace
{

constexpr std::string_view kKindList = "ratio, part-le-whole, sum-equals, range, one-of, "
                                       "required-if, integer, non-negative, cumulative";

class CheckReader
{
public:
    CheckReader(JsonReader& reader, RuleSet& ruleSet) : m_reader(reader), m_ruleSet(ruleSet) {}

    void read(const Json& item, const std::string& path);
    void checkSumCycles(const std::vector<std::string>& paths);

private:
    // Resolves one row id; `numeric` rejects rows that hold no number (groups, yes/no...).
    std::optional<std::size_t> row(const Json& object, const std::string& path,
                                   std::string_view key, bool numeric);
    std::optional<std::vector<std::size_t>> rowList(const Json& object, const std::string& path,
                                                    std::string_view key, bool numeric);
    std::optional<std::size_t> resolve(const std::string& id, const std::string& path,
                                       bool numeric);
    // "row" | "rows" | "row_kinds": the targets of per-row checks.
    bool targets(const Json& object, const std::string& path, Check& check, bool numeric);

    JsonReader& m_reader;
    RuleSet& m_ruleSet;
};

std::optional<std::size_t> CheckReader::resolve(const std::string& id, const std::string& path,
                                                bool numeric)
{
    auto index = m_ruleSet.find(id);
    if (!index)
    {
        m_reader.error(path, "mã dòng \"" + id + "\" không có trong \"rows\"",
                       "row id \"" + id + "\" is not in \"rows\"");
        return std::nullopt;
    }
    const RowDef& def = m_ruleSet.rows[*index];
    if (numeric && !isNumericKind(def.kind))
    {
        const std::string kind(rowKindName(def.kind));
        m_reader.error(path, "dòng \"" + id + "\" (" + kind + ") không chứa số liệu",
                       "row \"" + id + "\" (" + kind + ") holds no number");
        return std::nullopt;
    }
    return index;
}

std::optional<std::size_t> CheckReader::row(const Json& object, const std::string& path,
                                            std::string_view key, bool numeric)
{
    auto id = m_reader.string(object, path, key, true);
    if (!id)
        return std::nullopt;
    return resolve(*id, childPath(path, key), numeric);
}

std::optional<std::vector<std::size_t>> CheckReader::rowList(const Json& object,
                                                             const std::string& path,
                                                             std::string_view key, bool numeric)
{
    auto ids = m_reader.strings(object, path, key, true);
    if (!ids)
        return std::nullopt;
    const std::string here = childPath(path, key);
    if (ids->empty())
    {
        m_reader.error(here, "danh sách không được để trống", "the list must not be empty");
        return std::nullopt;
    }
    std::vector<std::size_t> out;
    bool good = true;
    for (std::size_t i = 0; i < ids->size(); ++i)
    {
        if (auto index = resolve((*ids)[i], indexPath(here, i), numeric))
            out.push_back(*index);
        else
            good = false;
    }
    if (!good)
        return std::nullopt;
    return out;
}

bool CheckReader::targets(const Json& object, const std::string& path, Check& check, bool numeric)
{
    const int given = int(object.contains("row")) + int(object.contains("rows")) +
                      int(object.contains("row_kinds"));
    if (given != 1)
    {
        m_reader.error(path, "cần đúng một trong \"row\", \"rows\", \"row_kinds\"",
                       "needs exactly one of \"row\", \"rows\", \"row_kinds\"");
        return false;
    }
    if (object.contains("row"))
    {
        auto index = row(object, path, "row", numeric);
        if (index)
            check.rows = {*index};
        return index.has_value();
    }
    if (object.contains("rows"))
    {
        auto list = rowList(object, path, "rows", numeric);
        if (list)
            check.rows = *list;
        return list.has_value();
    }
    auto kinds = m_reader.strings(object, path, "row_kinds", true);
    if (!kinds)
        return false;
    for (std::size_t i = 0; i < kinds->size(); ++i)
    {
        auto kind = rowKindFromName((*kinds)[i]);
        if (!kind || (numeric && !isNumericKind(*kind)))
        {
            m_reader.error(indexPath(childPath(path, "row_kinds"), i),
                           "loại dòng không dùng được ở đây \"" + (*kinds)[i] + "\"",
                           "row kind not usable here \"" + (*kinds)[i] + "\"");
            return false;
        }
        for (std::size_t r = 0; r < m_ruleSet.rows.size(); ++r)
            if (m_ruleSet.rows[r].kind == *kind)
                check.rows.push_back(r);
    }
    return true;
}

void CheckReader::read(const Json& item, const std::string& path)
{
    if (!m_reader.isObject(item, path))
        return;
    auto kindName = m_reader.string(item, path, "kind", true);
    if (!kindName)
        return;
    auto kind = checkKindFromName(*kindName);
    if (!kind)
    {
        m_reader.error(childPath(path, "kind"),
                       "loại kiểm tra không hợp lệ \"" + *kindName + "\" (" +
                           std::string(kKindList) + ")",
                       "unknown check kind \"" + *kindName + "\" (" + std::string(kKindList) + ")");
        return;
    }
    Check check;
    check.kind = *kind;
    check.severity = Severity::Error;
    if (auto severity = m_reader.string(item, path, "severity", false))
    {
        if (auto s = severityFromName(*severity))
            check.severity = *s;
        else
            m_reader.error(childPath(path, "severity"),
                           "mức độ phải là \"error\", \"warning\" hoặc \"info\"",
                           "severity must be \"error\", \"warning\" or \"info\"");
    }
    m_reader.string(item, path, "comment", false);

    bool good = true;
    switch (check.kind)
    {
    case CheckKind::Ratio:
    {
        m_reader.onlyKeys(item, path,
                          {"kind", "severity", "comment", "row", "numerator", "denominator"});
        auto target = row(item, path, "row", true);
        auto numerator = row(item, path, "numerator", true);
        auto denominator = row(item, path, "denominator", true);
        good = target && numerator && denominator;
        if (good)
        {
            check.anchor = *target;
            check.rows = {*target};
            check.numerator = *numerator;
            check.denominator = *denominator;
        }
        break;
    }
    case CheckKind::PartLeWhole:
    case CheckKind::SumEquals:
    {
        const bool isSum = check.kind == CheckKind::SumEquals;
        const std::string_view wholeKey = isSum ? "total" : "whole";
        if (isSum)
            m_reader.onlyKeys(
                item, path,
                {"kind", "severity", "comment", "row", "total", "parts", "require_all_parts"});
        else
            m_reader.onlyKeys(item, path, {"kind", "severity", "comment", "row", "whole", "parts"});
        auto whole = row(item, path, wholeKey, true);
        auto parts = rowList(item, path, "parts", true);
        std::optional<std::size_t> anchor;
        if (item.contains("row"))
            anchor = row(item, path, "row", false);
        good = whole && parts && (anchor || !item.contains("row"));
        if (!good)
            break;
        check.whole = *whole;
        check.parts = *parts;
        // Report where the reviewer looks: the total of a sum, the single part of a
        // "part <= whole", the whole when several parts add up.
        check.anchor = anchor ? *anchor : (isSum || parts->size() > 1 ? *whole : parts->at(0));
        check.requireAllParts = m_reader.boolean(item, path, "require_all_parts").value_or(false);
        break;
    }
    case CheckKind::Range:
        m_reader.onlyKeys(
            item, path, {"kind", "severity", "comment", "row", "rows", "row_kinds", "min", "max"});
        good = targets(item, path, check, true);
        check.min = m_reader.number(item, path, "min", false);
        check.max = m_reader.number(item, path, "max", false);
        if (!check.min && !check.max)
        {
            m_reader.error(path, "cần \"min\" hoặc \"max\"", "needs \"min\" or \"max\"");
            good = false;
        }
        else if (check.min && check.max && *check.min > *check.max)
        {
            m_reader.error(path, "\"min\" lớn hơn \"max\"", "\"min\" is above \"max\"");
            good = false;
        }
        break;
    case CheckKind::OneOf:
    {
        m_reader.onlyKeys(item, path, {"kind", "severity", "comment", "row", "values"});
        auto target = row(item, path, "row", false);
        auto values = m_reader.strings(item, path, "values", true);
        good = target && values;
        if (values && values->empty())
        {
            m_reader.error(childPath(path, "values"), "danh sách không được để trống",
                           "the list must not be empty");
            good = false;
        }
        if (good)
        {
            check.rows = {*target};
            check.values = *values;
        }
        break;
    }
    case CheckKind::RequiredIf:
    {
        m_reader.onlyKeys(item, path, {"kind", "severity", "comment", "row", "if"});
        auto target = row(item, path, "row", false);
        good = target.has_value();
        if (target)
            check.rows = {*target};
        auto cond = item.find("if");
        const std::string condPath = childPath(path, "if");
        if (cond == item.end())
        {
            m_reader.error(condPath, "thiếu trường bắt buộc \"if\"",
                           "missing required field \"if\"");
            good = false;
            break;
        }
        if (!m_reader.isObject(*cond, condPath))
        {
            good = false;
            break;
        }
        m_reader.onlyKeys(*cond, condPath, {"row", "op", "value"});
        auto condRow = row(*cond, condPath, "row", false);
        auto opName = m_reader.string(*cond, condPath, "op", true);
        const std::optional<CompareOp> op =
            opName ? compareOpFromName(*opName) : std::optional<CompareOp>{};
        if (opName && !op)
            m_reader.error(childPath(condPath, "op"),
                           "phép so sánh phải là >, >=, =, !=, <, <= hoặc present",
                           "op must be >, >=, =, !=, <, <= or present");
        const CompareOp opValue = op.value_or(CompareOp::Present);
        auto value = m_reader.number(*cond, condPath, "value",
                                     op.has_value() && opValue != CompareOp::Present);
        good = good && condRow && op && (value || opValue == CompareOp::Present);
        if (good)
        {
            check.conditionRow = *condRow;
            check.conditionOp = opValue;
            check.conditionValue = value.value_or(0);
        }
        break;
    }
    case CheckKind::Integer:
    case CheckKind::NonNegative:
    case CheckKind::Cumulative:
        m_reader.onlyKeys(item, path, {"kind", "severity", "comment", "row", "rows", "row_kinds"});
        good = targets(item, path, check, true);
        break;
    }
    if (!check.rows.empty() && check.kind != CheckKind::PartLeWhole &&
        check.kind != CheckKind::SumEquals && check.kind != CheckKind::Ratio)
        check.anchor = check.rows.front();
    if (good)
        m_ruleSet.checks.push_back(std::move(check));
}

// A total that (through other sums) is a part of itself can never be checked.
void CheckReader::checkSumCycles(const std::vector<std::string>& paths)
{
    const std::size_t n = m_ruleSet.rows.size();
    std::vector<std::vector<std::size_t>> edges(n);
    std::vector<std::size_t> checkOfTotal(n, SIZE_MAX);
    for (std::size_t c = 0; c < m_ruleSet.checks.size(); ++c)
    {
        const Check& check = m_ruleSet.checks[c];
        if (check.kind != CheckKind::SumEquals)
            continue;
        for (std::size_t part : check.parts)
            edges[check.whole].push_back(part);
        checkOfTotal[check.whole] = c;
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
        const std::string& id = m_ruleSet.rows[cycleAt].id;
        const std::size_t c = checkOfTotal[cycleAt];
        m_reader.error(c < paths.size() ? paths[c] : "$.checks",
                       "các phép cộng tạo thành vòng lặp qua dòng \"" + id + "\"",
                       "sum checks form a cycle through row \"" + id + "\"");
        return;
    }
}

} // namespace

void loadChecks(JsonReader& reader, const Json& checks, RuleSet& ruleSet)
{
    if (!reader.isArray(checks, "$.checks"))
        return;
    CheckReader checkReader(reader, ruleSet);
    std::vector<std::string> paths; // JSON path of each accepted check, for cycle errors
    for (std::size_t i = 0; i < checks.size(); ++i)
    {
        const std::size_t before = ruleSet.checks.size();
        checkReader.read(checks[i], indexPath("$.checks", i));
        if (ruleSet.checks.size() > before)
            paths.push_back(indexPath("$.checks", i));
    }
    checkReader.checkSumCycles(paths);
}

} // namespace parcalc::detail
