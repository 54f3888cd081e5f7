// The scoring tree walk: "$.scoring", its manual inputs, then fields → criteria →
// sub-criteria, each node's id, label and max, and the leaves' policy, rule and input.
#include "core/ruleset/internal/scoring_reader.hxx"

#include "core/scoring_kinds/scoring_kinds.hxx"

#include "core/text/number_format.hxx"

#include <algorithm>
#include <cmath>

namespace parcalc::detail
{

namespace
{

bool validManualId(const std::string& id)
{
    if (id.empty() || id[0] < 'a' || id[0] > 'z')
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c)
                       { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

} // namespace

std::optional<double> ScoringReader::amount(const Json& object, const std::string& path,
                                            std::string_view key, bool required, bool positive)
{
    RuleReading in(m_reader);
    return in.amount(object, path, key, required, positive);
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

} // namespace parcalc::detail
