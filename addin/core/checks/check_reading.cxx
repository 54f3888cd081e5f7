// CheckReading: row ids of a check resolved to RuleSet::rows indices, with the errors
// the loader reports for unknown ids and rows of the wrong kind.
#include "core/checks/check_kinds.hxx"

namespace parcalc
{

using detail::childPath;
using detail::indexPath;
using detail::Json;

std::optional<std::size_t> CheckReading::resolve(const std::string& id, const std::string& path,
                                                 bool numeric)
{
    auto index = ruleSet.find(id);
    if (!index)
    {
        json.error(path, "row.unknown-id", {{"id", id}});
        return std::nullopt;
    }
    const RowDef& def = ruleSet.rows[*index];
    if (numeric && !isNumericKind(def.kind))
    {
        const std::string kind(rowKindName(def.kind));
        json.error(path, "row.not-numeric", {{"id", id}, {"kind", kind}});
        return std::nullopt;
    }
    return index;
}

std::optional<std::size_t> CheckReading::row(const Json& object, const std::string& path,
                                             std::string_view key, bool numeric)
{
    auto id = json.string(object, path, key, true);
    if (!id)
        return std::nullopt;
    return resolve(*id, childPath(path, key), numeric);
}

std::optional<std::vector<std::size_t>> CheckReading::rowList(const Json& object,
                                                              const std::string& path,
                                                              std::string_view key, bool numeric)
{
    auto ids = json.strings(object, path, key, true);
    if (!ids)
        return std::nullopt;
    const std::string here = childPath(path, key);
    if (ids->empty())
    {
        json.error(here, "list.empty");
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

bool CheckReading::targets(const Json& object, const std::string& path,
                           std::vector<std::size_t>& rows, bool numeric)
{
    const int given = int(object.contains("row")) + int(object.contains("rows")) +
                      int(object.contains("row_kinds"));
    if (given != 1)
    {
        json.error(path, "check.one-target");
        return false;
    }
    if (object.contains("row"))
    {
        auto index = row(object, path, "row", numeric);
        if (index)
            rows = {*index};
        return index.has_value();
    }
    if (object.contains("rows"))
    {
        auto list = rowList(object, path, "rows", numeric);
        if (list)
            rows = *list;
        return list.has_value();
    }
    auto kinds = json.strings(object, path, "row_kinds", true);
    if (!kinds)
        return false;
    for (std::size_t i = 0; i < kinds->size(); ++i)
    {
        auto kind = rowKindFromName((*kinds)[i]);
        if (!kind || (numeric && !isNumericKind(*kind)))
        {
            json.error(indexPath(childPath(path, "row_kinds"), i), "check.row-kind-not-usable",
                       {{"kind", (*kinds)[i]}});
            return false;
        }
        for (std::size_t r = 0; r < ruleSet.rows.size(); ++r)
            if (ruleSet.rows[r].kind == *kind)
                rows.push_back(r);
    }
    return true;
}

} // namespace parcalc
