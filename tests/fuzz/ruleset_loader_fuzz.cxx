// Fuzz target: the rule-set loader (JSON syntax, schema-like checks, row references)
// and the validator run with whatever rule set it accepts.
// Over 400 lines: the structural mutations, one per kind of change, and the invariants
// they are checked against belong together.
//
// Two input modes:
// - any input not starting with byte 0x01 is the JSON text itself (the seeds are the
//   bundled rule sets and small hand-written files, so byte-level mutations produce
//   near-valid JSON);
// - 0x01 + bytes: a bundled rule set (default, example with scoring), parsed once, then
//   changed structurally as the bytes say (a value replaced by one of another type or by
//   a row id, a member removed or added, an array element duplicated or moved, a check's
//   rows pointed at each other: cycles in sums, nesting around the depth limit), dumped
//   and loaded. Byte mutations of a 30 KB JSON text rarely stay valid JSON; these reach
//   the semantic checks of every field.
// Invariants: parseRuleSet never throws; it returns a rule set xor at least one error,
// each with a JSON path starting with '$' and both messages; an accepted rule set has
// every row reference in range, its scoring tree loads or gives errors the same way, and
// validating a sheet laid out from it (and an empty sheet) satisfies the finding invariants.
#include "finding_invariants.hxx"
#include "fuzz_support.hxx"

#include "core/checks/check_kinds.hxx"
#include "core/ruleset/ruleset_catalog.hxx"
#include "core/ruleset/ruleset_loader.hxx"
#include "core/ruleset/scoring_loader.hxx"
#include "core/validation/validator.hxx"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace parcalc;
using parcalc::fuzz::ByteReader;
using Json = nlohmann::json;

namespace
{

// The bundled rule sets (default first), parsed once.
const std::vector<Json>& bundledJson()
{
    static const std::vector<Json>* list = []()
    {
        auto* l = new std::vector<Json>;
        for (const BundledRuleSet& b : bundledRuleSets())
            l->push_back(Json::parse(b.json));
        return l;
    }();
    return *list;
}

// Every key and every short string of a JSON tree (row ids, kinds, operators, the keys
// of the scoring tree...), so mutations use the vocabulary of real rule sets.
void harvest(const Json& node, std::vector<std::string>& out)
{
    if (node.is_object())
        for (auto it = node.begin(); it != node.end(); ++it)
        {
            out.push_back(it.key());
            harvest(it.value(), out);
        }
    else if (node.is_array())
        for (const Json& item : node)
            harvest(item, out);
    else if (node.is_string() && node.get<std::string>().size() <= 24)
        out.push_back(node.get<std::string>());
}

const std::vector<std::string>& words()
{
    static const std::vector<std::string>* list = []()
    {
        auto* w = new std::vector<std::string>{
            // check kinds, row kinds, severities, levels, operators, keys, odd strings
            "ratio",
            "part-le-whole",
            "sum-equals",
            "range",
            "one-of",
            "required-if",
            "integer",
            "non-negative",
            "cumulative",
            "sum",
            "group",
            "count",
            "money",
            "percent",
            "yesno",
            "choice",
            "text",
            "error",
            "warning",
            "info",
            "huyen",
            "xa",
            ">",
            ">=",
            "==",
            "!=",
            "<",
            "<=",
            "present",
            "=",
            "",
            "row",
            "rows",
            "parts",
            "whole",
            "total",
            "numerator",
            "denominator",
            "min",
            "max",
            "values",
            "if",
            "op",
            "value",
            "severity",
            "kind",
            "require_all_parts",
            "row_kinds",
            "comment",
            "id",
            "stt",
            "label",
            "aliases",
            "unit",
            "format",
            "checks",
            "grades",
            "scoring",
            "vi",
            "en",
            "title",
            "$schema",
            "years",
            "Trong đó",
            "\xC3\xA9",
            "1.2.3.4.5",
            "{row}"};
        for (const Json& json : bundledJson())
            harvest(json, *w);
        std::sort(w->begin(), w->end());
        w->erase(std::unique(w->begin(), w->end()), w->end());
        return w;
    }();
    return *list;
}

const std::string& pickWord(ByteReader& r)
{
    return words()[r.below(words().size())];
}

Json randomValue(ByteReader& r)
{
    switch (r.below(12))
    {
    case 0:
        return nullptr;
    case 1:
        return r.flag();
    case 2:
    {
        static const long long ints[] = {0,
                                         1,
                                         -1,
                                         2,
                                         100,
                                         101,
                                         2022,
                                         2147483647,
                                         2147483648LL,
                                         4294967297LL,
                                         -2147483649LL,
                                         9223372036854775807LL};
        return ints[r.below(sizeof ints / sizeof *ints)];
    }
    case 3:
    {
        static const double reals[] = {0.5, -0.0, 1e308, -1e308, 1.5, 99.99, 1e-320};
        return reals[r.below(sizeof reals / sizeof *reals)];
    }
    case 4:
        return Json::array();
    case 5:
        return Json::object();
    case 6: // a list of row ids (or words)
    {
        Json list = Json::array();
        for (std::size_t n = r.below(5); n > 0; --n)
            list.push_back(pickWord(r));
        return list;
    }
    case 7:
        return Json{{"vi", pickWord(r)}, {"en", pickWord(r)}};
    case 8:
        return Json{{"row", pickWord(r)}, {"op", pickWord(r)}, {"value", r.u8()}};
    default:
        return pickWord(r);
    }
}

// Walks down from the root to a random node; `parent` is the container holding it.
Json* randomNode(ByteReader& r, Json& root, Json*& parent)
{
    Json* node = &root;
    parent = nullptr;
    for (int depth = 0; depth < 6; ++depth)
    {
        if (!(node->is_object() || node->is_array()) || node->empty() ||
            (depth > 0 && r.below(4) == 0))
            break;
        parent = node;
        const std::size_t i = r.below(node->size());
        if (node->is_array())
            node = &(*node)[i];
        else
        {
            auto it = node->begin();
            std::advance(it, long(i));
            node = &*it;
        }
    }
    return node;
}

void mutateJson(ByteReader& r, Json& root)
{
    for (std::size_t n = 1 + r.below(6); n > 0; --n)
    {
        Json* parent = nullptr;
        Json* node = randomNode(r, root, parent);
        switch (r.below(6))
        {
        case 0:
        case 1: // replace with another value
            *node = randomValue(r);
            break;
        case 2: // remove from its container
            if (parent && parent->is_array())
            {
                for (std::size_t i = 0; i < parent->size(); ++i)
                    if (&(*parent)[i] == node)
                    {
                        parent->erase(i);
                        break;
                    }
            }
            else if (parent && parent->is_object())
            {
                for (auto it = parent->begin(); it != parent->end(); ++it)
                    if (&*it == node)
                    {
                        parent->erase(it);
                        break;
                    }
            }
            break;
        case 3: // add a member / element
            if (node->is_object())
                (*node)[pickWord(r)] = randomValue(r);
            else if (node->is_array())
                node->push_back(node->empty() ? randomValue(r)
                                              : Json((*node)[r.below(node->size())]));
            break;
        case 4: // duplicate or move an element of the containing array
            if (parent && parent->is_array() && !parent->empty())
            {
                const Json copy = *node;
                if (r.flag())
                    parent->push_back(copy);
                else
                    std::swap(*node, (*parent)[r.below(parent->size())]);
            }
            break;
        default: // deep nesting, around the loader's limit (built as text: parsing is iterative)
        {
            const std::size_t depth = r.flag() ? 1 + r.below(16) : 90 + r.below(20);
            *node = Json::parse(std::string(depth, '[') + std::string(depth, ']'));
            break;
        }
        }
    }
}

bool inRange(const RuleSet& rs, std::size_t i)
{
    return i < rs.rows.size();
}

// The rule set's own rows as a sheet: header, STT, label, unit and a value from the bytes.
CellGrid gridFor(const RuleSet& rs, ByteReader& r)
{
    CellGrid grid;
    grid.setSheetName("Phụ lục");
    grid.set(0, 0, Cell::makeText("UBND huyện Ngân Sơn"));
    grid.set(2, 0, Cell::makeText("STT"));
    grid.set(2, 1, Cell::makeText("Chỉ tiêu thống kê"));
    grid.set(2, 2, Cell::makeText("Đơn vị tính"));
    grid.set(2, 3, Cell::makeText("Số liệu"));
    grid.set(2, 4, Cell::makeText("Ghi chú"));
    std::size_t y = 3;
    for (const RowDef& row : rs.rows)
    {
        if (y > 600)
            break;
        grid.set(y, 0, Cell::makeText(row.stt));
        grid.set(y, 1, Cell::makeText(row.label));
        grid.set(y, 2, Cell::makeText(row.unit));
        switch (r.below(6))
        {
        case 0:
            break;
        case 1:
            grid.set(y, 3, Cell::makeText(r.flag() ? "Có" : "-"));
            break;
        case 2:
            grid.set(y, 3, Cell::makeNumber(double(r.u8()) / 100, true));
            break;
        default:
            grid.set(y, 3, Cell::makeNumber(r.u8()));
            break;
        }
        ++y;
    }
    return grid;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ByteReader r(data, size);
    std::string text;
    if (size > 0 && data[0] == 0x01)
    {
        r.u8();
        Json json = bundledJson()[r.below(bundledJson().size())];
        mutateJson(r, json);
        text = json.dump(r.flag() ? 2 : -1, ' ', false, Json::error_handler_t::replace);
        if (r.below(8) == 0)
            text.resize(r.below(text.size() + 1)); // a truncated file
    }
    else
        text.assign(reinterpret_cast<const char*>(data), size);

    const RuleSetLoad load = parseRuleSet(text, "fuzz.json"); // must not throw
    FUZZ_CHECK(load.ok() == load.errors.empty());
    for (const RuleSetError& e : load.errors)
    {
        FUZZ_CHECK(e.file == "fuzz.json");
        FUZZ_CHECK(!e.path.empty() && e.path[0] == '$');
        FUZZ_CHECK(!e.message.empty() && !e.messageEn.empty());
        FUZZ_CHECK(fuzz::validUtf8(e.message) && fuzz::validUtf8(e.messageEn));
        FUZZ_CHECK(!e.describe().empty() && !e.describeVi().empty());
    }
    if (!load.ok())
        return 0;

    const RuleSet& rs = *load.ruleSet;
    FUZZ_CHECK(!rs.rows.empty());
    for (const Check& c : rs.checks)
    {
        FUZZ_CHECK(inRange(rs, c.anchor));
        for (std::size_t i : checkKindOf(c).rows(c))
            FUZZ_CHECK(inRange(rs, i));
    }
    for (const RowDef& row : rs.rows)
        FUZZ_CHECK(rs.find(row.id).has_value());

    // Its scoring tree (read in the same pass) refers to rows and manual inputs that exist;
    // its grades make schemes, or say why not.
    if (rs.scoring)
        for (const ScoringNode& node : rs.scoring->nodes)
            for (const ScoringRef& ref : node.input.refs)
                FUZZ_CHECK(ref.manual ? ref.index < rs.scoring->manualInputs.size()
                                      : inRange(rs, ref.index));
    FUZZ_CHECK(rs.gradeSchemes.has_value() == rs.gradeSchemesProblem.empty());

    // The validator with this rule set: an empty sheet, then its own rows as a table.
    // No '{' in any text of the rule set that a message may quote (see checkValidation).
    bool cleanRuleSet = true;
    const auto brace = [&](const std::string& t)
    {
        if (t.find('{') != std::string::npos)
            cleanRuleSet = false;
    };
    for (const RowDef& row : rs.rows)
    {
        for (const std::string* t : {&row.id, &row.stt, &row.label, &row.unit})
            brace(*t);
        for (const std::string& alias : row.aliases)
            brace(alias);
    }
    for (const Check& c : rs.checks)
        if (const OneOfCheck* oneOf = c.as<OneOfCheck>())
            for (const std::string& v : oneOf->values)
                brace(v);
    const ValidationResult none = validate(CellGrid(), rs);
    fuzz::checkValidation(none, rs, []() { return true; });
    FUZZ_CHECK(!none.tableFound);
    const CellGrid grid = gridFor(rs, r);
    const CellGrid previous = gridFor(rs, r);
    const ValidationResult result = validate(grid, rs, &previous);
    fuzz::checkValidation(result, rs, [&]() { return cleanRuleSet; });
    return 0;
}
