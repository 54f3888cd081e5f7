// book_read_criteria: the Tiêu chí sheet (one node a line, its parent by id) into the
// nested "scoring" tree of rule-set JSON: fields, their criteria, their sub-criteria.
// Unknown parents, cycles and a fourth level are found here (JSON cannot hold them); the
// rest (maxima that do not add up, unknown row ids, rules without input) by the loader.
#include "core/ruleset_book/book_cells.hxx"
#include "core/ruleset_book/book_messages.hxx"
#include "core/ruleset_book/book_terms.hxx"
#include "core/ruleset_book/internal/book_build.hxx"
#include "core/ruleset_book/rule_text.hxx"

#include <unordered_map>

namespace parcalc::book::detail
{

using nlohmann::json;

namespace
{

struct Line
{
    std::size_t row = 0; // sheet line
    std::string id, parent;
    std::vector<std::size_t> children; // indices into the lines
    bool ok = true;                    // placed in the tree
};

class CriteriaReader
{
public:
    CriteriaReader(const SheetTable& sheet, BookBuild& build) : m_sheet(sheet), m_build(build) {}

    void collect()
    {
        for (std::size_t r = m_sheet.firstRow(); r < m_sheet.endRow(); ++r)
        {
            if (m_sheet.blankLine(r))
                continue;
            Line line{r, m_sheet.text(r, kCritId), m_sheet.text(r, kCritParent), {}, true};
            if (line.id.empty())
            {
                m_build.problem(m_sheet, r, kCritId, bookText("criterion.no-id"));
                continue;
            }
            if (!m_byId.emplace(line.id, m_lines.size()).second)
            {
                m_build.problem(m_sheet, r, kCritId,
                                bookText("criterion.duplicate-id", {{"id", line.id}}));
                continue;
            }
            m_lines.push_back(line);
        }
        for (std::size_t i = 0; i < m_lines.size(); ++i)
            link(i);
    }

    void emit()
    {
        json fields = json::array();
        // "no field" (every line in a cycle) is said on the header line.
        m_build.place("$.scoring.fields", m_sheet, m_sheet.firstRow() - 1, kCritId);
        for (std::size_t i = 0; i < m_lines.size(); ++i)
            if (m_lines[i].ok && m_lines[i].parent.empty())
            {
                const std::string path = "$.scoring.fields[" + std::to_string(fields.size()) + "]";
                fields.push_back(node(i, path, 0));
            }
        if (!fields.empty() || !m_lines.empty())
            m_build.root["scoring"]["fields"] = fields;
    }

private:
    void link(std::size_t i)
    {
        Line& line = m_lines[i];
        if (line.parent.empty())
            return;
        auto parent = m_byId.find(line.parent);
        if (parent == m_byId.end())
        {
            line.ok = false;
            return m_build.problem(m_sheet, line.row, kCritParent,
                                   bookText("criterion.unknown-parent", {{"parent", line.parent}}));
        }
        // Up the parent chain: back at this line is a cycle; more than two steps a 4th level.
        std::size_t depth = 1;
        for (auto at = parent->second; !m_lines[at].parent.empty(); ++depth)
        {
            auto up = m_byId.find(m_lines[at].parent);
            if (up == m_byId.end())
                break;
            if (up->second == i || depth > m_lines.size())
            {
                line.ok = false;
                return m_build.problem(m_sheet, line.row, kCritParent,
                                       bookText("criterion.cycle", {{"id", line.id}}));
            }
            at = up->second;
        }
        if (depth > 2)
        {
            line.ok = false;
            return m_build.problem(m_sheet, line.row, kCritParent, bookText("criterion.too-deep"));
        }
        m_lines[parent->second].children.push_back(i);
    }

    void placeAll(const std::string& path, std::size_t r)
    {
        m_build.place(path, m_sheet, r, kCritId);
        m_build.place(path + ".label", m_sheet, r, kCritLabelVi);
        m_build.place(path + ".label.en", m_sheet, r, kCritLabelEn);
        m_build.place(path + ".max", m_sheet, r, kCritMax);
        m_build.place(path + ".rule", m_sheet, r, kCritRule);
        m_build.place(path + ".input", m_sheet, r, kCritInput);
        m_build.place(path + ".input.name", m_sheet, r, kCritNameVi);
        m_build.place(path + ".not_applicable", m_sheet, r, kCritNotApplicable);
        m_build.place(path + ".comment", m_sheet, r, kCritComment);
        m_build.place(path + ".evidence", m_sheet, r, kCritEvidence);
    }

    json node(std::size_t i, const std::string& path, int depth)
    {
        const std::size_t r = m_lines[i].row;
        placeAll(path, r);
        json item{{"id", m_lines[i].id},
                  {"label",
                   {{"vi", m_sheet.text(r, kCritLabelVi)}, {"en", m_sheet.text(r, kCritLabelEn)}}}};
        if (auto max = cellNumber(m_sheet.cell(r, kCritMax)))
            item["max"] = *max;
        else
            m_build.problem(m_sheet, r, kCritMax, bookText("criterion.max-not-number"));
        if (const std::string comment = m_sheet.text(r, kCritComment); !comment.empty())
            item["comment"] = comment;
        if (const std::string evidence = m_sheet.text(r, kCritEvidence); !evidence.empty())
        {
            if (auto name = evidenceTerms().find(evidence))
                item["evidence"] = *name == "true";
            else
                m_build.unknownTerm(m_sheet, r, kCritEvidence, evidenceTerms(), evidence);
        }
        leafParts(r, path, item);
        const char* childKey = depth == 0 ? "criteria" : "sub_criteria";
        if (!m_lines[i].children.empty())
        {
            json children = json::array();
            for (std::size_t c : m_lines[i].children)
                if (m_lines[c].ok)
                    children.push_back(
                        node(c, path + "." + childKey + "[" + std::to_string(children.size()) + "]",
                             depth + 1));
            item[childKey] = children;
        }
        else if (depth == 0)
            item["criteria"] = json::array(); // the loader says a field needs criteria
        return item;
    }

    // Rule, parameters, input and policy: whatever the line gives (the loader says where
    // they do not belong).
    void leafParts(std::size_t r, const std::string& path, json& item)
    {
        const std::string kind = m_sheet.text(r, kCritRule);
        const std::string params = m_sheet.text(r, kCritParams);
        if (!kind.empty())
        {
            auto name = ruleKindTerms().find(kind);
            if (!name)
                m_build.unknownTerm(m_sheet, r, kCritRule, ruleKindTerms(), kind);
            else if (TextRead rule = readRuleParams(*name, params); rule.value)
            {
                for (const auto& [key, value] : rule.value->items())
                    if (key != "kind")
                        m_build.place(path + ".rule." + key, m_sheet, r, kCritParams);
                item["rule"] = *rule.value;
            }
            else
                m_build.problem(m_sheet, r, kCritParams, rule.vi, rule.en);
        }
        else if (!params.empty())
            m_build.problem(m_sheet, r, kCritRule, bookText("criterion.params-without-kind"));
        TextRead input = readInputText(idText(m_sheet.cell(r, kCritInput)));
        if (!input.value)
            m_build.problem(m_sheet, r, kCritInput, input.vi, input.en);
        else if (!input.value->is_null())
        {
            const std::string vi = m_sheet.text(r, kCritNameVi), en = m_sheet.text(r, kCritNameEn);
            if (!vi.empty() || !en.empty())
                (*input.value)["name"] = json{{"vi", vi}, {"en", en}};
            item["input"] = *input.value;
        }
        const std::string policy = m_sheet.text(r, kCritNotApplicable);
        if (auto name = notApplicableTerms().find(policy))
            item["not_applicable"] = *name;
        else if (!policy.empty())
            m_build.unknownTerm(m_sheet, r, kCritNotApplicable, notApplicableTerms(), policy);
    }

    const SheetTable& m_sheet;
    BookBuild& m_build;
    std::vector<Line> m_lines;
    std::unordered_map<std::string, std::size_t> m_byId;
};

} // namespace

void readCriteriaSheet(const SheetTable& sheet, BookBuild& build)
{
    CriteriaReader reader(sheet, build);
    reader.collect();
    reader.emit();
}

} // namespace parcalc::book::detail
