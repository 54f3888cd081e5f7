// check_kinds: the list of check kinds, and the loops over a rule set's checks that go
// through it (reading in the loader, running in the validator).
#include "core/checks/check_kinds.hxx"

#include "core/checks/internal/check_families.hxx"

namespace parcalc
{

using detail::childPath;
using detail::indexPath;
using detail::Json;
using detail::JsonReader;

const std::vector<const CheckKindInfo*>& checkKinds()
{
    // In CheckSpec's order: checkKindOf indexes this list by the variant's index.
    static const std::vector<const CheckKindInfo*> all{
        &detail::ratioCheckKind(),      &detail::partLeWholeCheckKind(),
        &detail::sumEqualsCheckKind(),  &detail::rangeCheckKind(),
        &detail::oneOfCheckKind(),      &detail::requiredIfCheckKind(),
        &detail::integerCheckKind(),    &detail::nonNegativeCheckKind(),
        &detail::cumulativeCheckKind(),
    };
    static_assert(std::variant_size_v<CheckSpec> == 9, "one entry per CheckSpec alternative");
    return all;
}

const CheckKindInfo& checkKindOf(const Check& check)
{
    return *checkKinds()[check.spec.index()];
}

const CheckKindInfo* checkKindNamed(std::string_view name)
{
    for (const CheckKindInfo* kind : checkKinds())
        if (kind->name == name)
            return kind;
    return nullptr;
}

namespace
{

// "ratio, part-le-whole, ...": for the unknown-kind message.
std::string kindList()
{
    std::string out;
    for (const CheckKindInfo* kind : checkKinds())
        out += (out.empty() ? "" : ", ") + std::string(kind->name);
    return out;
}

// One check: what every kind has (kind, severity, comment), then the kind's own members.
std::optional<Check> readCheck(CheckReading& in, const Json& item, const std::string& path)
{
    JsonReader& reader = in.json;
    if (!reader.isObject(item, path))
        return std::nullopt;
    auto kindName = reader.string(item, path, "kind", true);
    if (!kindName)
        return std::nullopt;
    const CheckKindInfo* kind = checkKindNamed(*kindName);
    if (!kind)
    {
        reader.error(childPath(path, "kind"), "check.unknown-kind",
                     {{"kind", *kindName}, {"kinds", kindList()}});
        return std::nullopt;
    }
    Check check;
    if (auto severity = reader.string(item, path, "severity", false))
    {
        if (auto s = severityFromName(*severity))
            check.severity = *s;
        else
            reader.error(childPath(path, "severity"), "check.severity");
    }
    reader.string(item, path, "comment", false);
    std::vector<std::string_view> keys{"kind", "severity", "comment"};
    keys.insert(keys.end(), kind->keys.begin(), kind->keys.end());
    reader.onlyKeys(item, path, keys);
    if (!kind->read(in, item, path, check))
        return std::nullopt;
    return check;
}

} // namespace

void readChecks(JsonReader& reader, const Json& checks, RuleSet& ruleSet)
{
    if (!reader.isArray(checks, "$.checks"))
        return;
    CheckReading in(reader, ruleSet);
    std::vector<std::string> paths; // JSON path of each accepted check
    for (std::size_t i = 0; i < checks.size(); ++i)
    {
        const std::string path = indexPath("$.checks", i);
        if (auto check = readCheck(in, checks[i], path))
        {
            ruleSet.checks.push_back(std::move(*check));
            paths.push_back(path);
        }
    }
    for (const CheckKindInfo* kind : checkKinds())
        if (kind->readAll)
            kind->readAll(in, ruleSet.checks, paths);
}

void runChecks(const CheckInput& input, std::vector<Finding>& out)
{
    CheckRun run(input, out);
    for (const Check& check : input.ruleSet.checks)
        checkKindOf(check).run(check, run);
}

} // namespace parcalc
