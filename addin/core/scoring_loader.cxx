// scoring_loader: the "scoring" tree of a rule-set file, read with the same
// JsonReader (JSON paths, vi + en messages) as the rest of the rule set.
#include "scoring_loader.hxx"

#include "internal/json_reader.hxx"
#include "internal/ruleset_scoring.hxx"
#include "number_format.hxx"

#include <algorithm>
#include <cmath>

namespace parcalc
{

using detail::childPath;
using detail::indexPath;
using detail::Json;
using detail::JsonReader;

namespace
{

constexpr std::string_view kRuleKindList =
    "bands, proportional, linear, threshold, deduction, rate-target, manual";

// Points are written with 2-3 decimals; sums of them carry binary noise only.
bool samePoints(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::fmax(1.0, std::fmax(std::fabs(a), std::fabs(b)));
}

bool validManualId(const std::string& id)
{
    if (id.empty() || id[0] < 'a' || id[0] > 'z')
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c)
                       { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

class ScoringReader
{
public:
    ScoringReader(JsonReader& reader, const RuleSet& ruleSet, ScoringRules& rules)
        : m_reader(reader), m_ruleSet(ruleSet), m_rules(rules)
    {
    }

    void read(const Json& root);

private:
    void readManualInputs(const Json& root);
    // Reads one node and its subtree; returns its index or nullopt.
    std::optional<std::size_t> readNode(const Json& item, const std::string& path,
                                        ScoringLevel level, std::optional<std::size_t> parent);
    void readLeaf(const Json& item, const std::string& path, ScoringNode& node);
    bool readRule(const Json& rule, const std::string& path, ScoringNode& node);
    bool readInput(const Json& input, const std::string& path, ScoringInput& out);
    std::optional<ScoringRef> ref(const Json& object, const std::string& path, std::string_view key,
                                  bool required, bool allowYesNo);
    std::optional<ScoringRef> resolve(const std::string& id, const std::string& path,
                                      bool allowYesNo);
    bool isRateInput(const ScoringInput& input) const;
    void checkPointsWithinMax(const ScoringNode& node, const std::string& path);
    // A number >= 0 (or > 0 when `positive`), required or optional.
    std::optional<double> amount(const Json& object, const std::string& path, std::string_view key,
                                 bool required, bool positive = false);

    JsonReader& m_reader;
    const RuleSet& m_ruleSet;
    ScoringRules& m_rules;
};

std::optional<double> ScoringReader::amount(const Json& object, const std::string& path,
                                            std::string_view key, bool required, bool positive)
{
    auto value = m_reader.number(object, path, key, required);
    if (!value)
        return std::nullopt;
    if (!std::isfinite(*value) || *value < 0.0 || (positive && *value == 0.0))
    {
        m_reader.error(childPath(path, key), positive ? "phải là số dương" : "không được âm",
                       positive ? "must be positive" : "must not be negative");
        return std::nullopt;
    }
    return value;
}

void ScoringReader::read(const Json& root)
{
    const std::string path = "$.scoring";
    if (!m_reader.isObject(root, path))
        return;
    m_reader.onlyKeys(root, path, {"note", "manual_inputs", "fields", "comment"});
    m_rules.note = m_reader.localText(root, path, "note", false).value_or(LocalText{});
    m_reader.string(root, path, "comment", false);
    readManualInputs(root);

    auto fields = root.find("fields");
    if (fields == root.end())
    {
        m_reader.error(childPath(path, "fields"), "thiếu trường bắt buộc \"fields\"",
                       "missing required field \"fields\"");
        return;
    }
    const std::string here = childPath(path, "fields");
    if (!m_reader.isArray(*fields, here))
        return;
    if (fields->empty())
        m_reader.error(here, "phần chấm điểm phải có ít nhất một lĩnh vực",
                       "scoring needs at least one field");
    for (std::size_t i = 0; i < fields->size(); ++i)
        if (auto index = readNode((*fields)[i], indexPath(here, i), ScoringLevel::Field, {}))
        {
            m_rules.fields.push_back(*index);
            m_rules.totalMax += m_rules.nodes[*index].max;
        }
}

void ScoringReader::readManualInputs(const Json& root)
{
    const std::string path = "$.scoring.manual_inputs";
    auto it = root.find("manual_inputs");
    if (it == root.end() || !m_reader.isArray(*it, path))
        return;
    for (std::size_t i = 0; i < it->size(); ++i)
    {
        const Json& item = (*it)[i];
        const std::string here = indexPath(path, i);
        if (!m_reader.isObject(item, here))
            continue;
        m_reader.onlyKeys(item, here, {"id", "label", "unit", "comment"});
        ManualInput input;
        auto id = m_reader.string(item, here, "id", true);
        auto label = m_reader.localText(item, here, "label", true);
        auto unit = m_reader.string(item, here, "unit", false);
        m_reader.string(item, here, "comment", false);
        if (unit && *unit != "count" && *unit != "rate")
            m_reader.error(childPath(here, "unit"), "đơn vị phải là \"count\" hoặc \"rate\"",
                           "unit must be \"count\" or \"rate\"");
        if (!id || !label)
            continue;
        if (!validManualId(*id))
        {
            m_reader.error(childPath(here, "id"),
                           "tên dữ liệu nhập tay \"" + *id +
                               "\" phải bắt đầu bằng chữ thường, chỉ gồm a-z, 0-9, _ (để "
                               "không trùng mã dòng phụ lục)",
                           "manual input name \"" + *id +
                               "\" must start with a lower-case letter and hold only a-z, 0-9, "
                               "_ (so it never looks like an appendix row id)");
            continue;
        }
        const bool duplicate = std::any_of(m_rules.manualInputs.begin(), m_rules.manualInputs.end(),
                                           [&](const ManualInput& m) { return m.id == *id; });
        if (duplicate)
        {
            m_reader.error(childPath(here, "id"), "dữ liệu nhập tay \"" + *id + "\" bị trùng",
                           "duplicate manual input \"" + *id + "\"");
            continue;
        }
        input.id = *id;
        input.label = *label;
        input.rate = unit && *unit == "rate";
        m_rules.manualInputs.push_back(std::move(input));
    }
}

std::optional<std::size_t> ScoringReader::readNode(const Json& item, const std::string& path,
                                                   ScoringLevel level,
                                                   std::optional<std::size_t> parent)
{
    if (!m_reader.isObject(item, path))
        return std::nullopt;
    const char* childKey = level == ScoringLevel::Field       ? "criteria"
                           : level == ScoringLevel::Criterion ? "sub_criteria"
                                                              : nullptr;
    if (level == ScoringLevel::Field)
        m_reader.onlyKeys(item, path, {"id", "label", "max", "criteria", "comment"});
    else if (level == ScoringLevel::Criterion)
        m_reader.onlyKeys(
            item, path,
            {"id", "label", "max", "sub_criteria", "rule", "input", "not_applicable", "comment"});
    else
        m_reader.onlyKeys(item, path,
                          {"id", "label", "max", "rule", "input", "not_applicable", "comment"});

    ScoringNode node;
    node.level = level;
    node.parent = parent;
    auto id = m_reader.string(item, path, "id", true);
    auto label = m_reader.localText(item, path, "label", true);
    auto max = amount(item, path, "max", true);
    node.comment = m_reader.string(item, path, "comment", false).value_or("");
    if (id)
    {
        if (id->empty())
            m_reader.error(childPath(path, "id"), "mã tiêu chí không được để trống",
                           "criterion id must not be empty");
        else if (m_rules.index.count(*id))
            m_reader.error(childPath(path, "id"), "mã tiêu chí \"" + *id + "\" bị trùng",
                           "duplicate criterion id \"" + *id + "\"");
    }
    node.id = id.value_or("");
    node.label = label.value_or(LocalText{});
    node.max = max.value_or(0.0);

    const std::size_t index = m_rules.nodes.size();
    m_rules.nodes.push_back(node);
    if (id && !id->empty())
        m_rules.index.emplace(*id, index);

    const bool hasChildren = childKey && item.contains(childKey);
    if (level == ScoringLevel::Field && !hasChildren)
        m_reader.error(childPath(path, "criteria"), "thiếu trường bắt buộc \"criteria\"",
                       "missing required field \"criteria\"");
    if (hasChildren)
    {
        for (std::string_view key : {"rule", "input", "not_applicable"})
            if (item.contains(std::string(key)))
                m_reader.error(childPath(path, key),
                               "tiêu chí có tiêu chí thành phần thì không có \"" +
                                   std::string(key) + "\" riêng (điểm là tổng các thành phần)",
                               "a criterion with sub-criteria has no \"" + std::string(key) +
                                   "\" of its own (its points are the sum of its parts)");
        const std::string here = childPath(path, childKey);
        const Json& children = item[childKey];
        if (m_reader.isArray(children, here))
        {
            if (children.empty())
                m_reader.error(here, "danh sách không được để trống", "the list must not be empty");
            const ScoringLevel next =
                level == ScoringLevel::Field ? ScoringLevel::Criterion : ScoringLevel::SubCriterion;
            double sum = 0.0;
            bool complete = true;
            for (std::size_t i = 0; i < children.size(); ++i)
            {
                auto child = readNode(children[i], indexPath(here, i), next, index);
                if (child)
                {
                    m_rules.nodes[index].children.push_back(*child);
                    sum += m_rules.nodes[*child].max;
                }
                else
                    complete = false;
            }
            if (max && complete && !children.empty() && !samePoints(*max, sum))
                m_reader.error(childPath(path, "max"),
                               "điểm tối đa " + formatVnShort(*max, 3) +
                                   " khác tổng điểm tối đa các thành phần " + formatVnShort(sum, 3),
                               "max " + formatVnShort(*max, 3) +
                                   " differs from the sum of its parts' maxima " +
                                   formatVnShort(sum, 3));
        }
    }
    else if (level != ScoringLevel::Field)
    {
        ScoringNode leaf = m_rules.nodes[index];
        readLeaf(item, path, leaf);
        leaf.children = m_rules.nodes[index].children;
        m_rules.nodes[index] = std::move(leaf);
    }
    return index;
}

void ScoringReader::readLeaf(const Json& item, const std::string& path, ScoringNode& node)
{
    if (auto policy = m_reader.string(item, path, "not_applicable", false))
    {
        if (*policy == "exclude")
            node.notApplicable = NotApplicablePolicy::Exclude;
        else if (*policy == "full")
            node.notApplicable = NotApplicablePolicy::Full;
        else
            m_reader.error(childPath(path, "not_applicable"),
                           "phải là \"exclude\" (loại khỏi điểm tối đa) hoặc \"full\" (đạt "
                           "đủ điểm)",
                           "must be \"exclude\" (left out of the maximum) or \"full\" (full "
                           "points)");
    }
    auto rule = item.find("rule");
    if (rule == item.end())
    {
        m_reader.error(childPath(path, "rule"), "thiếu trường bắt buộc \"rule\"",
                       "missing required field \"rule\"");
        return;
    }
    if (!readRule(*rule, childPath(path, "rule"), node))
        return;
    auto input = item.find("input");
    if (node.rule.kind == ScoringRuleKind::Manual)
    {
        if (input != item.end())
            m_reader.error(childPath(path, "input"),
                           "tiêu chí chấm tay không có \"input\" (người chấm nhập điểm)",
                           "a manual criterion has no \"input\" (a person types the points)");
        return;
    }
    if (input == item.end())
    {
        m_reader.error(childPath(path, "input"), "thiếu trường bắt buộc \"input\"",
                       "missing required field \"input\"");
        return;
    }
    if (!readInput(*input, childPath(path, "input"), node.input))
        return;
    if (node.rule.kind == ScoringRuleKind::RateTarget && !isRateInput(node.input))
        m_reader.error(childPath(path, "input"),
                       "quy tắc rate-target cần một tỷ lệ: \"rate\", \"on_time_rate\", một dòng "
                       "tỷ lệ (ratio, percent) hoặc dữ liệu nhập tay có \"unit\": \"rate\"",
                       "a rate-target rule needs a rate: \"rate\", \"on_time_rate\", a ratio or "
                       "percent row, or a manual input with \"unit\": \"rate\"");
    checkPointsWithinMax(node, childPath(path, "rule"));
}

bool ScoringReader::readRule(const Json& rule, const std::string& path, ScoringNode& node)
{
    if (!m_reader.isObject(rule, path))
        return false;
    auto kindName = m_reader.string(rule, path, "kind", true);
    if (!kindName)
        return false;
    auto kind = scoringRuleKindFromName(*kindName);
    if (!kind)
    {
        m_reader.error(childPath(path, "kind"),
                       "loại quy tắc chấm điểm không hợp lệ \"" + *kindName + "\" (" +
                           std::string(kRuleKindList) + ")",
                       "unknown scoring rule kind \"" + *kindName + "\" (" +
                           std::string(kRuleKindList) + ")");
        return false;
    }
    ScoringRule& r = node.rule;
    r.kind = *kind;
    const std::size_t errorsBefore = m_reader.errors().size();
    switch (*kind)
    {
    case ScoringRuleKind::Bands:
    {
        m_reader.onlyKeys(rule, path, {"kind", "bands", "comment"});
        auto bands = rule.find("bands");
        const std::string here = childPath(path, "bands");
        if (bands == rule.end())
        {
            m_reader.error(here, "thiếu trường bắt buộc \"bands\"",
                           "missing required field \"bands\"");
            break;
        }
        if (!m_reader.isArray(*bands, here))
            break;
        if (bands->empty())
            m_reader.error(here, "cần ít nhất một khung điểm", "needs at least one band");
        for (std::size_t i = 0; i < bands->size(); ++i)
        {
            const Json& band = (*bands)[i];
            const std::string at = indexPath(here, i);
            if (!m_reader.isObject(band, at))
                continue;
            m_reader.onlyKeys(band, at, {"min", "points"});
            auto min = m_reader.number(band, at, "min", true);
            auto points = amount(band, at, "points", true);
            if (!min || !points)
                continue;
            const bool duplicate = std::any_of(r.bands.begin(), r.bands.end(),
                                               [&](const ScoringBand& b) { return b.min == *min; });
            if (duplicate)
                m_reader.error(childPath(at, "min"), "mức dưới này đã có ở khung khác",
                               "this lower bound is given twice");
            r.bands.push_back({*min, *points});
        }
        std::stable_sort(r.bands.begin(), r.bands.end(),
                         [](const ScoringBand& a, const ScoringBand& b) { return a.min > b.min; });
        break;
    }
    case ScoringRuleKind::Proportional:
        m_reader.onlyKeys(rule, path, {"kind", "target", "cap", "comment"});
        r.target = amount(rule, path, "target", true, true).value_or(1.0);
        r.cap = amount(rule, path, "cap", false);
        break;
    case ScoringRuleKind::Linear:
        m_reader.onlyKeys(rule, path, {"kind", "slope", "cap", "comment"});
        r.slope = amount(rule, path, "slope", true).value_or(0.0);
        r.cap = amount(rule, path, "cap", false);
        break;
    case ScoringRuleKind::Threshold:
    case ScoringRuleKind::RateTarget:
    {
        if (*kind == ScoringRuleKind::Threshold)
            m_reader.onlyKeys(rule, path, {"kind", "at_least", "at_most", "comment"});
        else
            m_reader.onlyKeys(rule, path, {"kind", "at_least", "at_most", "per_point", "comment"});
        const bool least = rule.contains("at_least"), most = rule.contains("at_most");
        if (least == most)
        {
            m_reader.error(path, "cần đúng một trong \"at_least\", \"at_most\"",
                           "needs exactly one of \"at_least\", \"at_most\"");
            break;
        }
        r.atMost = most;
        const double bound = amount(rule, path, most ? "at_most" : "at_least", true).value_or(0.0);
        r.bound = bound;
        r.target = bound;
        if (*kind == ScoringRuleKind::RateTarget)
        {
            r.perPoint = amount(rule, path, "per_point", false, true);
            if (bound > 1.0)
                m_reader.error(childPath(path, most ? "at_most" : "at_least"),
                               "mức tỷ lệ viết dạng phân số: 95 % là 0.95",
                               "a rate level is a fraction: 95 % is 0.95");
        }
        break;
    }
    case ScoringRuleKind::Deduction:
        m_reader.onlyKeys(rule, path, {"kind", "per_case", "floor", "comment"});
        r.perCase = amount(rule, path, "per_case", true, true).value_or(0.0);
        r.floor = amount(rule, path, "floor", false);
        break;
    case ScoringRuleKind::Manual:
        m_reader.onlyKeys(rule, path, {"kind", "comment"});
        break;
    }
    m_reader.string(rule, path, "comment", false);
    return m_reader.errors().size() == errorsBefore;
}

void ScoringReader::checkPointsWithinMax(const ScoringNode& node, const std::string& path)
{
    auto tooHigh = [&](double points, const std::string& where)
    {
        if (points > node.max && !samePoints(points, node.max))
            m_reader.error(where,
                           "số điểm " + formatVnShort(points, 3) + " vượt điểm tối đa " +
                               formatVnShort(node.max, 3) + " của tiêu chí",
                           "points " + formatVnShort(points, 3) + " exceed the criterion's max " +
                               formatVnShort(node.max, 3));
    };
    const ScoringRule& r = node.rule;
    for (std::size_t i = 0; i < r.bands.size(); ++i)
        tooHigh(r.bands[i].points, childPath(path, "bands"));
    if (r.cap)
        tooHigh(*r.cap, childPath(path, "cap"));
    if (r.floor)
        tooHigh(*r.floor, childPath(path, "floor"));
}

std::optional<ScoringRef> ScoringReader::resolve(const std::string& id, const std::string& path,
                                                 bool allowYesNo)
{
    for (std::size_t i = 0; i < m_rules.manualInputs.size(); ++i)
        if (m_rules.manualInputs[i].id == id)
            return ScoringRef{id, true, i};
    auto index = m_ruleSet.find(id);
    if (!index)
    {
        m_reader.error(path,
                       "\"" + id +
                           "\" không phải mã dòng trong \"rows\" hay dữ liệu nhập tay trong "
                           "\"manual_inputs\"",
                       "\"" + id +
                           "\" is neither a row id in \"rows\" nor a manual input in "
                           "\"manual_inputs\"");
        return std::nullopt;
    }
    const RowDef& def = m_ruleSet.rows[*index];
    if (!isNumericKind(def.kind) && !(allowYesNo && def.kind == RowKind::YesNo))
    {
        const std::string kind(rowKindName(def.kind));
        m_reader.error(path, "dòng \"" + id + "\" (" + kind + ") không chứa số liệu để chấm điểm",
                       "row \"" + id + "\" (" + kind + ") holds no number to score");
        return std::nullopt;
    }
    return ScoringRef{id, false, *index};
}

std::optional<ScoringRef> ScoringReader::ref(const Json& object, const std::string& path,
                                             std::string_view key, bool required, bool allowYesNo)
{
    auto id = m_reader.string(object, path, key, required);
    if (!id)
        return std::nullopt;
    return resolve(*id, childPath(path, key), allowYesNo);
}

bool ScoringReader::readInput(const Json& input, const std::string& path, ScoringInput& out)
{
    if (!m_reader.isObject(input, path))
        return false;
    m_reader.onlyKeys(input, path, {"value", "rate", "on_time_rate", "sum", "weights", "name"});
    const int given = int(input.contains("value")) + int(input.contains("rate")) +
                      int(input.contains("on_time_rate")) + int(input.contains("sum"));
    if (given != 1)
    {
        m_reader.error(path, "cần đúng một trong \"value\", \"rate\", \"on_time_rate\", \"sum\"",
                       "needs exactly one of \"value\", \"rate\", \"on_time_rate\", \"sum\"");
        return false;
    }
    out.name = m_reader.localText(input, path, "name", false).value_or(LocalText{});
    if (input.contains("weights") && !input.contains("sum"))
        m_reader.error(childPath(path, "weights"), "\"weights\" chỉ dùng với \"sum\"",
                       "\"weights\" goes with \"sum\" only");
    const std::size_t errorsBefore = m_reader.errors().size();
    if (input.contains("value"))
    {
        out.kind = ScoringInputKind::Value;
        if (auto r = ref(input, path, "value", true, true))
            out.refs.push_back(*r);
    }
    else if (input.contains("rate"))
    {
        out.kind = ScoringInputKind::Rate;
        const std::string here = childPath(path, "rate");
        const Json& rate = input["rate"];
        if (m_reader.isObject(rate, here))
        {
            m_reader.onlyKeys(rate, here, {"numerator", "denominator"});
            auto num = ref(rate, here, "numerator", true, false);
            auto den = ref(rate, here, "denominator", true, false);
            if (num && den)
                out.refs = {*num, *den};
        }
    }
    else if (input.contains("on_time_rate"))
    {
        out.kind = ScoringInputKind::OnTimeRate;
        const std::string here = childPath(path, "on_time_rate");
        const Json& rate = input["on_time_rate"];
        if (m_reader.isObject(rate, here))
        {
            m_reader.onlyKeys(
                rate, here,
                {"on_time", "resolved", "early", "convention", "base", "late_in_progress"});
            auto onTime = ref(rate, here, "on_time", true, false);
            auto resolved = ref(rate, here, "resolved", true, false);
            if (onTime && resolved)
                out.refs = {*onTime, *resolved};
            out.early = ref(rate, here, "early", false, false);
            out.base = ref(rate, here, "base", false, false);
            out.lateInProgress = ref(rate, here, "late_in_progress", false, false);
            if (auto conv = m_reader.string(rate, here, "convention", false))
            {
                if (auto c = onTimeConventionFromName(*conv); c && !conv->empty())
                    out.convention = *c;
                else
                    m_reader.error(childPath(here, "convention"),
                                   "cách tính phải là \"resolved\", \"received\" hoặc \"due\"",
                                   "convention must be \"resolved\", \"received\" or \"due\"");
            }
            const bool needsBase = out.convention != OnTimeConvention::Resolved;
            if (needsBase && !out.base)
                m_reader.error(childPath(here, "base"),
                               "cách tính received/due cần \"base\" (mẫu số)",
                               "the received/due conventions need \"base\" (the denominator)");
            if (!needsBase && (rate.contains("base") || rate.contains("late_in_progress")))
                m_reader.error(here, "cách tính resolved không dùng \"base\", \"late_in_progress\"",
                               "the resolved convention uses no \"base\", \"late_in_progress\"");
            if (out.convention == OnTimeConvention::Due && rate.contains("late_in_progress"))
                m_reader.error(childPath(here, "late_in_progress"),
                               "chỉ cách tính received dùng \"late_in_progress\"",
                               "only the received convention uses \"late_in_progress\"");
        }
    }
    else
    {
        out.kind = ScoringInputKind::Sum;
        auto ids = m_reader.strings(input, path, "sum", true);
        const std::string here = childPath(path, "sum");
        if (ids && ids->empty())
            m_reader.error(here, "danh sách không được để trống", "the list must not be empty");
        if (ids)
            for (std::size_t i = 0; i < ids->size(); ++i)
                if (auto r = resolve((*ids)[i], indexPath(here, i), false))
                    out.refs.push_back(*r);
        if (input.contains("weights"))
        {
            const std::string wpath = childPath(path, "weights");
            const Json& weights = input["weights"];
            if (m_reader.isArray(weights, wpath))
            {
                for (std::size_t i = 0; i < weights.size(); ++i)
                {
                    if (!weights[i].is_number() || weights[i].get<double>() < 0.0)
                        m_reader.error(indexPath(wpath, i), "phải là một số không âm",
                                       "must be a number >= 0");
                    else
                        out.weights.push_back(weights[i].get<double>());
                }
                if (ids && weights.size() != ids->size())
                    m_reader.error(wpath, "số trọng số phải bằng số phần tử của \"sum\"",
                                   "needs as many weights as \"sum\" has terms");
            }
        }
        if (out.weights.empty())
            out.weights.assign(out.refs.size(), 1.0);
    }
    return m_reader.errors().size() == errorsBefore;
}

bool ScoringReader::isRateInput(const ScoringInput& input) const
{
    if (input.kind == ScoringInputKind::Rate || input.kind == ScoringInputKind::OnTimeRate)
        return true;
    if (input.kind != ScoringInputKind::Value || input.refs.empty())
        return false;
    const ScoringRef& r = input.refs.front();
    if (r.manual)
        return m_rules.manualInputs[r.index].rate;
    return isPercentKind(m_ruleSet.rows[r.index].kind);
}

} // namespace

void detail::loadScoring(JsonReader& reader, const Json& scoring, const RuleSet& ruleSet,
                         ScoringRules& out)
{
    ScoringReader(reader, ruleSet, out).read(scoring);
}

ScoringLoad loadScoringRules(const RuleSet& ruleSet, std::string_view fileName)
{
    ScoringLoad load;
    if (ruleSet.scoringJson.empty())
    {
        load.rules.emplace();
        return load;
    }
    JsonReader reader{std::string(fileName)};
    Json root;
    try
    {
        root = Json::parse(ruleSet.scoringJson);
    }
    catch (const Json::parse_error&)
    {
        reader.error("$.scoring", "phần \"scoring\" không đọc được", "cannot read \"scoring\"");
        load.errors = reader.takeErrors();
        return load;
    }
    ScoringRules rules;
    detail::loadScoring(reader, root, ruleSet, rules);
    if (reader.failed())
        load.errors = reader.takeErrors();
    else
        load.rules = std::move(rules);
    return load;
}

Expected<GradeScheme> gradeSchemeOf(const RuleSet& ruleSet, bool english)
{
    if (ruleSet.grades.empty())
        return defaultGradeScheme();
    std::vector<GradeBand> bands;
    for (const RuleSetGrade& g : ruleSet.grades)
        bands.push_back({g.min, english ? g.label.en : g.label.vi});
    return GradeScheme::fromBands(std::move(bands));
}

ScoringRuleSetLoad makeScoringRuleSet(RuleSet ruleSet, std::string_view fileName)
{
    ScoringRuleSetLoad out;
    ScoringLoad scoring = loadScoringRules(ruleSet, fileName);
    if (!scoring.ok())
    {
        out.errors = std::move(scoring.errors);
        return out;
    }
    if (scoring.rules->empty())
    {
        out.errors.push_back({std::string(fileName), "$.scoring",
                              "bộ quy tắc \"" + ruleSet.id +
                                  "\" không có tiêu chí chấm điểm (\"scoring\"); hãy dùng bộ có "
                                  "\"scoring\", ví dụ example-huyen-diem",
                              "rule set \"" + ruleSet.id +
                                  "\" has no scoring criteria (\"scoring\"); use one that has, "
                                  "e.g. example-huyen-diem"});
        return out;
    }
    auto vi = gradeSchemeOf(ruleSet, false);
    auto en = gradeSchemeOf(ruleSet, true);
    if (!vi || !en)
    {
        const std::string why = !vi ? vi.error().detail : en.error().detail;
        out.errors.push_back({std::string(fileName), "$.grades",
                              "các mức xếp loại không hợp lệ (" + why + ")",
                              "invalid grade bands (" + why + ")"});
        return out;
    }
    auto value = std::make_shared<ScoringRuleSet>();
    value->ruleSet = std::move(ruleSet);
    value->scoring = std::move(*scoring.rules);
    value->gradesVi = std::move(*vi);
    value->gradesEn = std::move(*en);
    out.value = std::move(value);
    return out;
}

ScoringRuleSetLoad makeScoringRuleSet(RuleSetLoad load, std::string_view fileName)
{
    if (!load.ok())
    {
        ScoringRuleSetLoad out;
        out.errors = std::move(load.errors);
        return out;
    }
    return makeScoringRuleSet(std::move(*load.ruleSet), fileName);
}

} // namespace parcalc
