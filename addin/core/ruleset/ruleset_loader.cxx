// ruleset_loader: top level of a rule-set file (metadata, rows, grades); the
// checks are read by their kinds (core/checks/check_kinds.hxx), the scoring tree in
// scoring_load_*.cxx.
#include "core/ruleset/ruleset_loader.hxx"

#include "core/ruleset/ruleset_messages.hxx"

#include "core/checks/check_kinds.hxx"
#include "core/ruleset/internal/ruleset_scoring.hxx"
#include "core/ruleset/json_reader.hxx"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

namespace parcalc
{

using detail::childPath;
using detail::indexPath;
using detail::Json;
using detail::JsonReader;

std::string RuleSetError::describe() const
{
    return file + ": " + path + ": " + messageEn;
}
std::string RuleSetError::describeVi() const
{
    return file + ": " + path + ": " + message;
}

namespace
{

const std::string kAggregateNames = "sum, ratio, min-median-max, yes-count, choice-count, none";

void loadRows(JsonReader& reader, const Json& root, RuleSet& ruleSet)
{
    const std::string path = "$.rows";
    auto it = root.find("rows");
    if (it == root.end())
    {
        reader.error(path, "field.missing", {{"field", "rows"}});
        return;
    }
    if (!reader.isArray(*it, path))
        return;
    if (it->empty())
        reader.error(path, "rows.empty");
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < it->size(); ++i)
    {
        const Json& item = (*it)[i];
        const std::string here = indexPath(path, i);
        if (!reader.isObject(item, here))
            continue;
        reader.onlyKeys(item, here, {"id", "stt", "label", "aliases", "kind", "unit", "aggregate", "comment"});
        RowDef row;
        auto id = reader.string(item, here, "id", true);
        auto label = reader.string(item, here, "label", true);
        auto kind = reader.string(item, here, "kind", true);
        row.stt = reader.string(item, here, "stt", false).value_or("");
        row.unit = reader.string(item, here, "unit", false).value_or("");
        row.aliases =
            reader.strings(item, here, "aliases", false).value_or(std::vector<std::string>{});
        reader.string(item, here, "comment", false);
        if (auto how = reader.string(item, here, "aggregate", false))
        {
            row.aggregate = rowAggregateFromName(*how);
            if (!row.aggregate)
                reader.error(childPath(here, "aggregate"), "row.unknown-aggregate",
                             {{"aggregate", *how}, {"names", kAggregateNames}});
        }
        if (id)
        {
            row.id = *id;
            if (row.id.empty())
                reader.error(childPath(here, "id"), "row.empty-id");
            else if (!seen.insert(row.id).second)
                reader.error(childPath(here, "id"), "row.duplicate-id", {{"id", row.id}});
        }
        if (label)
            row.label = *label;
        if (kind)
        {
            if (auto k = rowKindFromName(*kind))
                row.kind = *k;
            else
                reader.error(childPath(here, "kind"), "row.unknown-kind", {{"kind", *kind}});
        }
        ruleSet.rows.push_back(std::move(row));
    }
}

void loadGrades(JsonReader& reader, const Json& root, RuleSet& ruleSet)
{
    const std::string path = "$.grades";
    auto it = root.find("grades");
    if (it == root.end() || !reader.isArray(*it, path))
        return;
    for (std::size_t i = 0; i < it->size(); ++i)
    {
        const Json& item = (*it)[i];
        const std::string here = indexPath(path, i);
        if (!reader.isObject(item, here))
            continue;
        reader.onlyKeys(item, here, {"min", "label"});
        auto min = reader.number(item, here, "min", true);
        auto label = reader.localText(item, here, "label", true);
        if (!min || !label)
            continue;
        if (!ruleSet.grades.empty() && *min >= ruleSet.grades.back().min)
            reader.error(childPath(here, "min"), "grades.order");
        ruleSet.grades.push_back(RuleSetGrade{*min, *label});
    }
}

// The grade bands in one language as a scheme; the default scheme when there are none.
Expected<GradeScheme> gradeSchemeOf(const RuleSet& ruleSet, bool english)
{
    if (ruleSet.grades.empty())
        return defaultGradeScheme();
    std::vector<GradeBand> bands;
    for (const RuleSetGrade& g : ruleSet.grades)
        bands.push_back({g.min, english ? g.label.en : g.label.vi});
    return GradeScheme::fromBands(std::move(bands));
}

void buildGradeSchemes(RuleSet& ruleSet)
{
    auto vi = gradeSchemeOf(ruleSet, false);
    auto en = gradeSchemeOf(ruleSet, true);
    if (vi && en)
        ruleSet.gradeSchemes = RuleSet::GradeSchemes{*vi, *en};
    else
        ruleSet.gradeSchemesProblem = !vi ? vi.error().detail : en.error().detail;
}

void loadMetadata(JsonReader& reader, const Json& root, RuleSet& ruleSet)
{
    const std::string path = "$";
    if (auto format = reader.integer(root, path, "format", true);
        format && *format != kRuleSetFormat)
        reader.error(
            "$.format", "format.unsupported",
            {{"format", std::to_string(*format)}, {"supported", std::to_string(kRuleSetFormat)}});
    reader.string(root, path, "$schema", false);
    ruleSet.id = reader.string(root, path, "id", true).value_or("");
    ruleSet.version = reader.string(root, path, "version", true).value_or("");
    ruleSet.title = reader.localText(root, path, "title", true).value_or(LocalText{});
    reader.localText(root, path, "description", false);
    if (auto level = reader.string(root, path, "level", true))
    {
        if (*level != "huyen" && *level != "xa")
            reader.error("$.level", "level.choice");
        ruleSet.level = *level;
    }
    ruleSet.province = reader.string(root, path, "province", false).value_or("");
    if (auto years = root.find("years"); years != root.end() && reader.isArray(*years, "$.years"))
    {
        for (std::size_t i = 0; i < years->size(); ++i)
        {
            const Json& year = (*years)[i];
            if (year.is_number_integer())
                ruleSet.years.push_back(year.get<int>());
            else
                reader.error(indexPath("$.years", i), "years.integer");
        }
    }
    if (auto scoring = root.find("scoring"); scoring != root.end())
        reader.isObject(*scoring, "$.scoring"); // the tree itself is read after the checks
}

// "line 3, column 7" from a byte offset, for syntax errors.
std::pair<std::size_t, std::size_t> lineColumn(std::string_view text, std::size_t offset)
{
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    {
        if (text[i] == '\n')
        {
            ++line;
            column = 1;
        }
        else
            ++column;
    }
    return {line, column};
}

// Rule files nest 5 levels deep; nlohmann::json parses any depth but its recursive walks
// (dump, comparisons) recurse once per level, so ~75 000 nested '[' overflowed the stack
// (found by fuzzing, issue 6). The offset of the first '[' / '{' deeper than the limit, if any.
constexpr std::size_t kMaxJsonDepth = 100;

std::optional<std::size_t> tooDeep(std::string_view text)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char c = text[i];
        if (inString)
        {
            if (c == '\\')
                ++i; // skip the escaped character
            else if (c == '"')
                inString = false;
        }
        else if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
        {
            if (++depth > kMaxJsonDepth)
                return i;
        }
        else if ((c == ']' || c == '}') && depth > 0)
            --depth;
    }
    return std::nullopt;
}

} // namespace

RuleSetLoad parseRuleSet(std::string_view jsonText, std::string_view fileName)
{
    JsonReader reader{std::string(fileName)};
    if (const auto deep = tooDeep(jsonText))
    {
        auto [line, column] = lineColumn(jsonText, *deep);
        const std::string where = std::to_string(line) + ":" + std::to_string(column);
        const std::string limit = std::to_string(kMaxJsonDepth);
        reader.error("$", "json.too-deep", {{"limit", limit}, {"where", where}});
        return RuleSetLoad{std::nullopt, reader.takeErrors()};
    }
    Json root;
    try
    {
        root = Json::parse(jsonText.begin(), jsonText.end());
    }
    catch (const Json::parse_error& e)
    {
        // nlohmann reports the byte just past the problem
        auto [line, column] = lineColumn(jsonText, e.byte > 0 ? e.byte - 1 : 0);
        const std::string where = std::to_string(line) + ":" + std::to_string(column);
        reader.error("$", "json.syntax", {{"where", where}});
        return RuleSetLoad{std::nullopt, reader.takeErrors()};
    }
    catch (const Json::out_of_range&)
    {
        // A number beyond the double range ("1e999") is not a parse_error in nlohmann::json
        // (out_of_range.406); it escaped this "never throws" function (found by fuzzing, issue 6).
        reader.error("$", "json.number-too-large");
        return RuleSetLoad{std::nullopt, reader.takeErrors()};
    }
    if (!reader.isObject(root, "$"))
        return RuleSetLoad{std::nullopt, reader.takeErrors()};
    reader.onlyKeys(root, "$",
                    {"$schema", "format", "id", "version", "title", "description", "level",
                     "province", "years", "rows", "checks", "grades", "scoring"});

    RuleSet ruleSet;
    loadMetadata(reader, root, ruleSet);
    loadRows(reader, root, ruleSet);
    loadGrades(reader, root, ruleSet);
    ruleSet.buildIndex();
    if (auto checks = root.find("checks"); checks != root.end())
        readChecks(reader, *checks, ruleSet);
    if (auto scoring = root.find("scoring"); scoring != root.end() && scoring->is_object())
    {
        // A wrong scoring tree is a wrong rule set, so it is read here, once.
        ScoringRules rules;
        detail::loadScoring(reader, *scoring, ruleSet, rules);
        ruleSet.scoring = std::move(rules);
    }
    buildGradeSchemes(ruleSet);
    if (reader.failed())
        return RuleSetLoad{std::nullopt, reader.takeErrors()};
    return RuleSetLoad{std::move(ruleSet), {}};
}

RuleSetLoad loadRuleSetFile(const std::string& path)
{
    const auto fail = [&](std::string_view key, TextArgs args = {}) {
        return RuleSetLoad{std::nullopt, {ruleSetError(path, "$", key, args)}};
    };
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail("file.cannot-open");
    // Checked before reading: a 50 MB file would take seconds to parse only to be wrong.
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size == 0)
        return fail("file.empty");
    if (!ec && size > kMaxRuleSetBytes)
    {
        const std::string mb = std::to_string((size + (1u << 20) - 1) >> 20);
        const std::string limit = std::to_string(kMaxRuleSetBytes >> 20);
        return fail("file.too-large", {{"mb", mb}, {"limit", limit}});
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseRuleSet(text.str(), path);
}

} // namespace parcalc
