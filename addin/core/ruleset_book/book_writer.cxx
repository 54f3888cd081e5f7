// book_writer: the model into sheet lines; the grammar of each cell is check_text's and
// rule_text's, the words book_terms'.
#include "core/ruleset_book/book_writer.hxx"

#include "core/checks/check_kinds.hxx"
#include "core/ruleset_book/book_cells.hxx"
#include "core/ruleset_book/book_layout.hxx"
#include "core/ruleset_book/book_terms.hxx"
#include "core/ruleset_book/check_text.hxx"
#include "core/ruleset_book/rule_text.hxx"
#include "core/scoring_kinds/scoring_kinds.hxx"

#include <algorithm>
#include <set>

namespace parcalc::book
{

namespace
{

// A "*" line is only worth it for a check over many rows: one row of a kind written as
// "every row of the kind" would change meaning when a province adds a row.
constexpr std::size_t kMinRowsForAllRowsLine = 3;

class SheetWriter
{
public:
    SheetWriter(std::string_view name, const std::vector<Column>& columns)
    {
        m_sheet.grid.setSheetName(std::string(name));
        for (std::size_t c = 0; c < columns.size(); ++c)
        {
            m_sheet.grid.set(0, c, Cell::makeText(std::string(columns[c].header)));
            m_sheet.headerNotes.emplace_back(columns[c].noteEn);
        }
        m_next = 1;
    }

    std::size_t newLine() { return m_next++; }
    void text(std::size_t r, std::size_t c, const std::string& value)
    {
        if (!value.empty())
            m_sheet.grid.set(r, c, Cell::makeText(value));
    }
    void number(std::size_t r, std::size_t c, double value)
    {
        m_sheet.grid.set(r, c, Cell::makeNumber(value));
    }
    BookSheet finish(std::vector<std::pair<std::size_t, const TermList*>> choices,
                     std::vector<std::size_t> textColumns)
    {
        for (auto [column, terms] : choices)
            m_sheet.choices.push_back({column, m_next - 1 + kSpareLines, terms->words()});
        m_sheet.textColumns = std::move(textColumns);
        return std::move(m_sheet);
    }

private:
    BookSheet m_sheet;
    std::size_t m_next = 0;
};

std::string wordOr(const TermList& terms, std::string_view json)
{
    const std::string_view word = terms.wordOf(json);
    return std::string(word.empty() ? json : word);
}

const std::vector<std::size_t>* rowList(const Check& check)
{
    if (auto* c = check.as<RangeCheck>())
        return &c->rows;
    if (auto* c = check.as<IntegerCheck>())
        return &c->rows;
    if (auto* c = check.as<NonNegativeCheck>())
        return &c->rows;
    if (auto* c = check.as<CumulativeCheck>())
        return &c->rows;
    return nullptr;
}

// The row kinds whose rows are exactly `rows`, when a "*" line can say it.
std::optional<std::vector<RowKind>> allRowsOfKinds(const RuleSet& rs,
                                                   const std::vector<std::size_t>& rows)
{
    if (rows.size() < kMinRowsForAllRowsLine)
        return std::nullopt;
    std::vector<RowKind> kinds;
    std::set<std::size_t> listed(rows.begin(), rows.end());
    for (std::size_t r : rows)
        if (std::find(kinds.begin(), kinds.end(), rs.rows[r].kind) == kinds.end())
            kinds.push_back(rs.rows[r].kind);
    for (std::size_t r = 0; r < rs.rows.size(); ++r)
        if (std::find(kinds.begin(), kinds.end(), rs.rows[r].kind) != kinds.end() &&
            !listed.count(r))
            return std::nullopt;
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

BookSheet infoSheet(const RuleSet& rs)
{
    SheetWriter w(kInfoSheet, infoColumns());
    const auto item = [&](std::string_view name)
    {
        const std::size_t r = w.newLine();
        w.text(r, kInfoItem, std::string(name));
        return r;
    };
    w.text(item(kItemId), kInfoValue, rs.id);
    w.text(item(kItemVersion), kInfoValue, rs.version);
    w.text(item(kItemProvince), kInfoValue, rs.province);
    w.text(item(kItemLevel), kInfoValue, wordOr(levelTerms(), rs.level));
    std::string years;
    for (int y : rs.years)
        years += (years.empty() ? "" : "; ") + std::to_string(y);
    w.text(item(kItemYears), kInfoValue, years);
    const auto texts = [&](std::size_t r, const LocalText& t)
    {
        w.text(r, kInfoVi, t.vi);
        w.text(r, kInfoEn, t.en);
    };
    texts(item(kItemTitle), rs.title);
    for (const RuleSetGrade& g : rs.grades)
    {
        const std::size_t r = item(kItemGrade);
        w.number(r, kInfoValue, g.min);
        texts(r, g.label);
    }
    if (rs.scoring)
    {
        if (!rs.scoring->note.vi.empty() || !rs.scoring->note.en.empty())
            texts(item(kItemScoringNote), rs.scoring->note);
        for (const ManualInput& m : rs.scoring->manualInputs)
        {
            const std::size_t r = item(kItemManualInput);
            w.text(r, kInfoValue, m.id);
            texts(r, m.label);
            w.text(r, kInfoUnit, wordOr(manualUnitTerms(), m.rate ? "rate" : "count"));
        }
    }
    return w.finish({}, {kInfoValue});
}

BookSheet rowsSheet(const RuleSet& rs)
{
    SheetWriter w(kRowsSheet, rowsColumns());
    const auto severity = [](const Check& c)
    { return wordOr(severityTerms(), severityName(c.severity)); };
    // "*" lines first; every other check goes to the lines of its rows.
    std::vector<std::vector<const Check*>> onRow(rs.rows.size());
    std::vector<const Check*> cumulativeOf(rs.rows.size(), nullptr);
    for (const Check& check : rs.checks)
    {
        const auto* rows = rowList(check);
        if (!rows)
        {
            onRow.at(check.anchor).push_back(&check);
            continue;
        }
        if (auto kinds = allRowsOfKinds(rs, *rows))
        {
            const std::size_t r = w.newLine();
            w.text(r, kRowId, std::string(kAllRowsMark));
            std::string words;
            for (RowKind k : *kinds)
                words += (words.empty() ? "" : "; ") + wordOr(rowKindTerms(), rowKindName(k));
            w.text(r, kRowKind, words);
            w.text(r, kRowCheck, checkText(check, rs));
            w.text(r, kRowSeverity, severity(check));
            continue;
        }
        for (std::size_t row : *rows)
        {
            if (check.as<CumulativeCheck>() && !cumulativeOf[row])
                cumulativeOf[row] = &check;
            else
                onRow[row].push_back(&check);
        }
    }
    for (std::size_t i = 0; i < rs.rows.size(); ++i)
    {
        const RowDef& def = rs.rows[i];
        std::size_t r = w.newLine();
        w.text(r, kRowId, def.id);
        w.text(r, kRowStt, def.stt);
        w.text(r, kRowLabel, def.label);
        w.text(r, kRowUnit, def.unit);
        w.text(r, kRowKind, wordOr(rowKindTerms(), rowKindName(def.kind)));
        std::string aliases;
        for (const std::string& a : def.aliases)
            aliases += (aliases.empty() ? "" : "; ") + a;
        w.text(r, kRowAliases, aliases);
        if (cumulativeOf[i])
            w.text(r, kRowCumulative, severity(*cumulativeOf[i]));
        for (std::size_t k = 0; k < onRow[i].size(); ++k)
        {
            if (k > 0)
                r = w.newLine();
            w.text(r, kRowCheck, checkText(*onRow[i][k], rs));
            w.text(r, kRowSeverity, severity(*onRow[i][k]));
        }
    }
    return w.finish({{kRowKind, &rowKindTerms()},
                     {kRowSeverity, &severityTerms()},
                     {kRowCumulative, &severityTerms()}},
                    {kRowId, kRowStt, kRowCheck});
}

BookSheet criteriaSheet(const RuleSet& rs)
{
    SheetWriter w(kCriteriaSheet, criteriaColumns());
    if (rs.scoring)
        for (const ScoringNode& node : rs.scoring->nodes)
        {
            const std::size_t r = w.newLine();
            w.text(r, kCritId, node.id);
            if (node.parent)
                w.text(r, kCritParent, rs.scoring->nodes.at(*node.parent).id);
            w.text(r, kCritLabelVi, node.label.vi);
            w.text(r, kCritLabelEn, node.label.en);
            w.number(r, kCritMax, node.max);
            w.text(r, kCritComment, node.comment);
            if (node.evidence)
                w.text(r, kCritEvidence, std::string(evidenceTerms().wordOf("true")));
            if (!node.leaf())
                continue;
            w.text(r, kCritRule, wordOr(ruleKindTerms(), scoringRuleKindName(node.rule.kind)));
            w.text(r, kCritParams, ruleParamsText(node.rule));
            w.text(r, kCritInput, inputText(node.input, rs));
            w.text(r, kCritNameVi, node.input.name.vi);
            w.text(r, kCritNameEn, node.input.name.en);
            if (node.rule.kind != ScoringRuleKind::Manual)
                w.text(r, kCritNotApplicable,
                       wordOr(notApplicableTerms(), node.notApplicable == NotApplicablePolicy::Full
                                                        ? "full"
                                                        : "exclude"));
        }
    return w.finish({{kCritRule, &ruleKindTerms()},
                     {kCritNotApplicable, &notApplicableTerms()},
                     {kCritEvidence, &evidenceTerms()}},
                    {kCritId, kCritParent, kCritParams, kCritInput});
}

} // namespace

std::vector<BookSheet> writeRuleSetBook(const RuleSet& ruleSet)
{
    std::vector<BookSheet> sheets;
    sheets.push_back(guideSheet());
    sheets.push_back(infoSheet(ruleSet));
    sheets.push_back(rowsSheet(ruleSet));
    sheets.push_back(criteriaSheet(ruleSet));
    return sheets;
}

} // namespace parcalc::book
