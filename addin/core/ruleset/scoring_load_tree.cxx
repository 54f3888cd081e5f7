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
        m_reader.error(childPath(path, "fields"), "field.missing", {{"field", "fields"}});
        return;
    }
    const std::string here = childPath(path, "fields");
    if (!m_reader.isArray(*fields, here))
        return;
    if (fields->empty())
        m_reader.error(here, "scoring.no-fields");
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
            m_reader.error(childPath(here, "unit"), "manual.unit");
        if (!id || !label)
            continue;
        if (!validManualId(*id))
        {
            m_reader.error(childPath(here, "id"), "manual.name", {{"id", *id}});
            continue;
        }
        const bool duplicate = std::any_of(m_rules.manualInputs.begin(), m_rules.manualInputs.end(),
                                           [&](const ManualInput& m) { return m.id == *id; });
        if (duplicate)
        {
            m_reader.error(childPath(here, "id"), "manual.duplicate", {{"id", *id}});
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
        m_reader.onlyKeys(item, path, {"id", "label", "max", "criteria", "comment", "evidence"});
    else if (level == ScoringLevel::Criterion)
        m_reader.onlyKeys(item, path,
                          {"id", "label", "max", "sub_criteria", "rule", "input", "not_applicable",
                           "comment", "evidence"});
    else
        m_reader.onlyKeys(
            item, path,
            {"id", "label", "max", "rule", "input", "not_applicable", "comment", "evidence"});

    ScoringNode node;
    node.level = level;
    node.parent = parent;
    auto id = m_reader.string(item, path, "id", true);
    auto label = m_reader.localText(item, path, "label", true);
    auto max = amount(item, path, "max", true);
    node.comment = m_reader.string(item, path, "comment", false).value_or("");
    node.evidence = m_reader.boolean(item, path, "evidence").value_or(false);
    if (id)
    {
        if (id->empty())
            m_reader.error(childPath(path, "id"), "criterion.empty-id");
        else if (m_rules.index.count(*id))
            m_reader.error(childPath(path, "id"), "criterion.duplicate-id", {{"id", *id}});
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
        m_reader.error(childPath(path, "criteria"), "field.missing", {{"field", "criteria"}});
    if (hasChildren)
    {
        for (std::string_view key : {"rule", "input", "not_applicable"})
            if (item.contains(std::string(key)))
                m_reader.error(childPath(path, key), "criterion.parent-member", {{"field", key}});
        const std::string here = childPath(path, childKey);
        const Json& children = item[childKey];
        if (m_reader.isArray(children, here))
        {
            if (children.empty())
                m_reader.error(here, "list.empty");
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
                m_reader.error(childPath(path, "max"), "criterion.max-sum",
                               {{"max", formatVnShort(*max, 3)}, {"sum", formatVnShort(sum, 3)}});
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
            m_reader.error(childPath(path, "not_applicable"), "criterion.not-applicable");
    }
    auto rule = item.find("rule");
    if (rule == item.end())
    {
        m_reader.error(childPath(path, "rule"), "field.missing", {{"field", "rule"}});
        return;
    }
    if (!readRule(*rule, childPath(path, "rule"), node))
        return;
    auto input = item.find("input");
    if (node.rule.kind == ScoringRuleKind::Manual)
    {
        if (input != item.end())
            m_reader.error(childPath(path, "input"), "criterion.manual-input");
        return;
    }
    if (input == item.end())
    {
        m_reader.error(childPath(path, "input"), "field.missing", {{"field", "input"}});
        return;
    }
    if (!readInput(*input, childPath(path, "input"), node.input))
        return;
    if (node.rule.kind == ScoringRuleKind::RateTarget && !isRateInput(node.input))
        m_reader.error(childPath(path, "input"), "criterion.rate-target-input");
    checkPointsWithinMax(node, childPath(path, "rule"));
}

} // namespace parcalc::detail
