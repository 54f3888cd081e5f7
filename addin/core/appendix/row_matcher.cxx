// row_matcher: STT first, then order and label similarity for unnumbered rows.
#include "core/appendix/row_matcher.hxx"

#include <algorithm>

namespace parcalc
{
namespace
{

constexpr double kLabelOk = 0.5;       // below: "clearly not the same label"
constexpr double kLabelByOrder = 0.25; // enough to take the next sub-row in order
constexpr double kLabelAlone = 0.85;   // a match on the label alone, anywhere in the table

class Matcher
{
public:
    Matcher(const RecognizedTable& table, const RuleSet& ruleSet, const CellGrid& grid)
        : m_table(table), m_ruleSet(ruleSet), m_grid(grid), m_folded(table.rows.size())
    {
        m_match.sheetRowOf.assign(ruleSet.rows.size(), std::nullopt);
        m_match.ruleRowOf.assign(table.rows.size(), std::nullopt);
    }

    RowMatch run();

private:
    double score(std::size_t sheetRow, std::size_t ruleRow);
    std::optional<std::size_t> bestByLabel(std::size_t sheetRow, double threshold);
    void assign(std::size_t sheetRow, std::size_t ruleRow);
    void matchNumbered(std::size_t s);
    void matchUnnumbered(std::size_t s);
    std::string valueCell(std::size_t s) const
    {
        return m_grid.address(m_table.rows[s].gridRow, m_table.columns.value);
    }
    bool hasContent(std::size_t s) const
    {
        const SheetRow& row = m_table.rows[s];
        return !row.unit.empty() || !m_grid.at(row.gridRow, m_table.columns.value).isEmpty();
    }

    const RecognizedTable& m_table;
    const RuleSet& m_ruleSet;
    const CellGrid& m_grid;
    std::vector<std::optional<FoldedLabel>> m_folded; // sheet labels, folded on first use
    RowMatch m_match;
    std::size_t m_cursor = 0; // rule row after the last one matched
};

double Matcher::score(std::size_t s, std::size_t r)
{
    const std::string& label = m_table.rows[s].label;
    const RowDef& def = m_ruleSet.rows[r];
    if (label == def.label)
        return 1.0; // the usual case: no folding at all
    if (!m_folded[s])
        m_folded[s] = foldLabel(label);
    return labelScore(*m_folded[s], def);
}

std::optional<std::size_t> Matcher::bestByLabel(std::size_t s, double threshold)
{
    std::optional<std::size_t> best;
    double bestScore = threshold;
    for (std::size_t r = 0; r < m_ruleSet.rows.size(); ++r)
    {
        if (m_match.sheetRowOf[r])
            continue;
        const double sc = score(s, r);
        if (sc >= bestScore + (best ? 1e-9 : 0.0))
        {
            best = r;
            bestScore = sc;
        }
    }
    return best;
}

void Matcher::assign(std::size_t s, std::size_t r)
{
    m_match.sheetRowOf[r] = s;
    m_match.ruleRowOf[s] = r;
    ++m_match.rowsFound;
    m_cursor = r + 1;
}

void Matcher::matchNumbered(std::size_t s)
{
    const SheetRow& row = m_table.rows[s];
    auto it = m_ruleSet.bySttText.find(row.stt);
    if (it == m_ruleSet.bySttText.end())
    {
        // an STT the template does not have: a renumbered row if its label is clear enough
        if (auto r = bestByLabel(s, kLabelAlone))
            assign(s, *r);
        else
        {
            Finding f =
                makeFinding(FindingCode::UnexpectedRow, Severity::Warning, row.stt, valueCell(s));
            f.detail = row.label;
            m_match.findings.push_back(std::move(f));
        }
        return;
    }
    // Several rows may share a printed STT (4.6 is the group and its first child): the best
    // label among those not taken yet, the first on a tie.
    std::optional<std::size_t> pick;
    double pickScore = -1;
    for (std::size_t r : it->second)
    {
        if (m_match.sheetRowOf[r])
            continue;
        const double sc = row.label.empty() ? 0.0 : score(s, r);
        if (sc > pickScore)
        {
            pick = r;
            pickScore = sc;
        }
    }
    if (!pick)
    {
        if (auto r = bestByLabel(s, kLabelAlone))
        {
            assign(s, *r); // a mistyped STT
            return;
        }
        const std::size_t first = it->second.front();
        Finding f = makeFinding(FindingCode::DuplicateRow, Severity::Error,
                                m_ruleSet.rows[first].id, valueCell(s));
        f.ref = valueCell(*m_match.sheetRowOf[first]);
        f.detail = row.label;
        m_match.findings.push_back(std::move(f));
        return;
    }
    assign(s, *pick);
    if (!row.label.empty() && pickScore < kLabelOk)
    {
        const RowDef& def = m_ruleSet.rows[*pick];
        Finding f = makeFinding(FindingCode::LabelMismatch, Severity::Warning, def.id, valueCell(s),
                                def.label, row.label);
        m_match.findings.push_back(std::move(f));
    }
}

void Matcher::matchUnnumbered(std::size_t s)
{
    // The sub-rows that follow the last matched row, in order (.a, .b, .c).
    std::vector<std::size_t> window;
    for (std::size_t r = m_cursor; r < m_ruleSet.rows.size() && !m_ruleSet.rows[r].numbered; ++r)
        if (!m_match.sheetRowOf[r])
            window.push_back(r);
    const SheetRow& row = m_table.rows[s];
    if (!window.empty())
    {
        if (row.label.empty() || score(s, window.front()) >= kLabelOk)
        {
            assign(s, window.front());
            return;
        }
        std::size_t best = window.front();
        double bestScore = score(s, best);
        for (std::size_t r : window)
        {
            const double sc = score(s, r);
            if (sc > bestScore + 1e-9)
            {
                best = r;
                bestScore = sc;
            }
        }
        if (bestScore >= kLabelByOrder)
        {
            assign(s, best);
            return;
        }
    }
    if (!row.label.empty())
    {
        if (auto r = bestByLabel(s, kLabelAlone))
        {
            assign(s, *r);
            return;
        }
    }
    if (hasContent(s))
    {
        Finding f = makeFinding(FindingCode::UnexpectedRow, Severity::Warning,
                                row.ofWhich ? "Trong đó" : "", valueCell(s));
        f.detail = row.label;
        m_match.findings.push_back(std::move(f));
    }
    // else: a stray line of text under the table (a note); nothing to say about it
}

RowMatch Matcher::run()
{
    for (std::size_t s = 0; s < m_table.rows.size(); ++s)
    {
        if (m_table.rows[s].stt.empty())
            matchUnnumbered(s);
        else
            matchNumbered(s);
    }
    for (std::size_t r = 0; r < m_ruleSet.rows.size(); ++r)
    {
        if (m_match.sheetRowOf[r])
            continue;
        const RowDef& def = m_ruleSet.rows[r];
        Finding f = makeFinding(FindingCode::MissingRow,
                                def.kind == RowKind::Group ? Severity::Warning : Severity::Error,
                                def.id, "");
        f.detail = def.label;
        m_match.findings.push_back(std::move(f));
    }
    return std::move(m_match);
}

} // namespace

double labelScore(const FoldedLabel& sheet, const RowDef& def)
{
    double best = 0.0;
    for (const FoldedLabel& label : def.foldedLabels)
    {
        best = std::max(best, similarity(sheet, label));
        // a label cut short (wrap not joined): most of its words are in the template label
        if (sheet.words.size() >= 3)
            best = std::max(best, coverage(sheet, label) * 0.9);
    }
    return best;
}

RowMatch matchRows(const RecognizedTable& table, const RuleSet& ruleSet, const CellGrid& grid)
{
    return Matcher(table, ruleSet, grid).run();
}

} // namespace parcalc
