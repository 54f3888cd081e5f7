// The validation panel's state and labels, without UNO.
#include "sidebar/model/panel_model.hxx"

#include <array>

namespace parcalc::sidebar
{
namespace
{

constexpr std::array<Severity, 3> kSeverityOrder = {Severity::Error, Severity::Warning,
                                                    Severity::Info};

std::string_view groupKey(Severity severity)
{
    switch (severity)
    {
    case Severity::Error:
        return "group.error";
    case Severity::Warning:
        return "group.warning";
    case Severity::Info:
        break;
    }
    return "group.info";
}

std::size_t countOf(const std::vector<PanelFinding>& findings, Severity severity)
{
    std::size_t n = 0;
    for (const auto& f : findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

bool isFilePath(const std::string& choice)
{
    return choice.find('/') != std::string::npos || choice.find('\\') != std::string::npos ||
           (choice.size() > 5 && choice.compare(choice.size() - 5, 5, ".json") == 0);
}

} // namespace

const std::string& findingText(const PanelFinding& finding, Language language)
{
    if (language == Language::En && !finding.messageEn.empty())
        return finding.messageEn;
    return finding.message;
}

std::string fileNameOf(const std::string& path)
{
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

PanelModel::PanelModel(Language language) : m_language(language)
{
    rebuildEntries();
}

void PanelModel::setBundledRuleSets(std::vector<RuleSetOption> options)
{
    m_bundled = std::move(options);
}

void PanelModel::setSnapshot(PanelSnapshot snapshot)
{
    // Keep the selection on the same finding (same code and cell) across re-checks.
    std::optional<std::pair<std::string, std::string>> selected;
    if (const PanelFinding* f = selectedFinding())
        selected = std::make_pair(f->code, f->sheet + "!" + f->cell + "#" + f->row);
    m_snapshot = std::move(snapshot);
    m_checked = m_snapshot.hasDocument;
    rebuildEntries();
    m_selectedEntry.reset();
    if (!selected)
        return;
    for (std::size_t i = 0; i < m_snapshot.findings.size(); ++i)
    {
        const PanelFinding& f = m_snapshot.findings[i];
        if (f.code == selected->first && f.sheet + "!" + f.cell + "#" + f.row == selected->second)
        {
            m_selectedEntry = entryOfFinding(i);
            break;
        }
    }
}

std::string PanelModel::statusText() const
{
    if (!m_snapshot.hasDocument)
        return uiText(m_language, "status.noDocument");
    if (m_snapshot.selfAssessment)
        return uiText(m_language, "status.selfAssessment");
    if (m_snapshot.ruleSetBook)
        return uiText(m_language, "status.ruleSetBook");
    if (!m_snapshot.tableFound)
        return uiText(m_language, "status.notFound");
    return uiFormat(m_language, "status.found",
                    {{"sheet", m_snapshot.sheet},
                     {"range", m_snapshot.range},
                     {"found", std::to_string(m_snapshot.rowsFound)},
                     {"expected", std::to_string(m_snapshot.rowsExpected)}});
}

std::string PanelModel::unitText() const
{
    if (!m_snapshot.hasDocument || !m_snapshot.tableFound ||
        (m_snapshot.unit.empty() && m_snapshot.period.empty()))
        return {};
    if (m_snapshot.unit.empty() || m_snapshot.period.empty())
        return m_snapshot.unit + m_snapshot.period;
    return uiFormat(m_language, "status.unitPeriod",
                    {{"unit", m_snapshot.unit}, {"period", m_snapshot.period}});
}

std::string PanelModel::hintText() const
{
    if (m_snapshot.hasDocument && m_snapshot.ruleSetBook)
        return uiText(m_language, "hint.ruleSetBook");
    if (m_snapshot.hasDocument && !m_snapshot.tableFound && !m_snapshot.selfAssessment)
        return uiText(m_language, "hint.notFound");
    return {};
}

std::string PanelModel::ruleSetErrorText() const
{
    if (m_snapshot.ruleSetError.empty())
        return {};
    return uiFormat(m_language, "ruleset.error", {{"error", m_snapshot.ruleSetError}});
}

std::string PanelModel::countsText() const
{
    if (!m_snapshot.hasDocument || !m_snapshot.tableFound)
        return {};
    const auto& f = m_snapshot.findings;
    return uiFormat(m_language, "counts",
                    {{"errors", std::to_string(countOf(f, Severity::Error))},
                     {"warnings", std::to_string(countOf(f, Severity::Warning))},
                     {"infos", std::to_string(countOf(f, Severity::Info))}});
}

std::string PanelModel::marksText() const
{
    if (!m_snapshot.hasDocument || m_snapshot.markedCells == 0)
        return {};
    return uiFormat(m_language, "marks.count", {{"count", std::to_string(m_snapshot.markedCells)}});
}

std::string PanelModel::fixText() const
{
    const PanelFinding* f = selectedFinding();
    if (f == nullptr || !f->fixable)
        return uiText(m_language, "fix.none");
    return uiFormat(m_language, "fix.hint", {{"value", f->fixValue}, {"cell", f->cell}});
}

std::vector<std::string> PanelModel::ruleSetEntries() const
{
    std::vector<std::string> entries;
    for (const auto& option : m_bundled)
        entries.push_back(option.title.empty() ? option.id : option.title);
    if (isFilePath(m_snapshot.ruleSetChoice))
        entries.push_back(
            uiFormat(m_language, "ruleset.file", {{"file", fileNameOf(m_snapshot.ruleSetChoice)}}));
    entries.push_back(uiText(m_language, "ruleset.otherFile"));
    return entries;
}

std::size_t PanelModel::ruleSetSelection() const
{
    const std::string& choice = m_snapshot.ruleSetChoice;
    if (isFilePath(choice))
        return m_bundled.size();
    for (std::size_t i = 0; i < m_bundled.size(); ++i)
        if (m_bundled[i].id == choice)
            return i;
    // "" or an unknown id: the rule set actually in use, else the default (first).
    for (std::size_t i = 0; i < m_bundled.size(); ++i)
        if (m_bundled[i].id == m_snapshot.ruleSetId)
            return i;
    return 0;
}

RuleSetPick PanelModel::ruleSetPick(std::size_t entry) const
{
    if (entry < m_bundled.size())
        return {RuleSetPick::Kind::Bundled, m_bundled[entry].id};
    if (isFilePath(m_snapshot.ruleSetChoice) && entry == m_bundled.size())
        return {RuleSetPick::Kind::File, m_snapshot.ruleSetChoice};
    return {RuleSetPick::Kind::Browse, {}};
}

const std::string& findingBody(const PanelFinding& finding, Language language)
{
    if (language == Language::En && !finding.bodyEn.empty())
        return finding.bodyEn;
    if (!finding.body.empty())
        return finding.body;
    return findingText(finding, language);
}

std::string PanelModel::findingMessage(const PanelFinding& finding) const
{
    const std::string noCell = uiText(m_language, "finding.noCell");
    const std::string body = findingBody(finding, m_language);
    return uiFormat(m_language, "finding.line",
                    {{"row", finding.row.empty() ? noCell : finding.row},
                     {"cell", finding.cell.empty() ? noCell : finding.cell},
                     {"message", body}});
}

void PanelModel::rebuildEntries()
{
    m_entries.clear();
    if (!m_checked)
    {
        m_entries.push_back({EntryKind::Placeholder, uiText(m_language, "list.notChecked"), {}});
        return;
    }
    const auto& findings = m_snapshot.findings;
    for (Severity severity : kSeverityOrder)
    {
        const std::size_t n = countOf(findings, severity);
        if (n == 0)
            continue;
        m_entries.push_back(
            {EntryKind::Group,
             uiFormat(m_language, groupKey(severity), {{"count", std::to_string(n)}}),
             {}});
        for (std::size_t i = 0; i < findings.size(); ++i)
            if (findings[i].severity == severity)
                m_entries.push_back({EntryKind::Finding, "    " + findingMessage(findings[i]), i});
    }
    if (m_entries.empty() && m_snapshot.tableFound)
        m_entries.push_back({EntryKind::Placeholder, uiText(m_language, "list.none"), {}});
}

std::optional<std::size_t> PanelModel::findingOfEntry(std::size_t entry) const
{
    if (entry >= m_entries.size())
        return std::nullopt;
    return m_entries[entry].finding;
}

std::optional<std::size_t> PanelModel::entryOfFinding(std::size_t finding) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].finding == finding)
            return i;
    return std::nullopt;
}

void PanelModel::selectEntry(std::optional<std::size_t> entry)
{
    if (entry && *entry >= m_entries.size())
        entry.reset();
    m_selectedEntry = entry;
}

const PanelFinding* PanelModel::selectedFinding() const
{
    if (!m_selectedEntry)
        return nullptr;
    const auto finding = findingOfEntry(*m_selectedEntry);
    if (!finding || *finding >= m_snapshot.findings.size())
        return nullptr;
    return &m_snapshot.findings[*finding];
}

bool PanelModel::canRecheck() const
{
    return m_snapshot.hasDocument;
}

bool PanelModel::canMark() const
{
    if (!m_snapshot.hasDocument || m_snapshot.readOnly)
        return false;
    for (const auto& f : m_snapshot.findings)
        if (!f.cell.empty())
            return true;
    return false;
}

bool PanelModel::canClear() const
{
    return m_snapshot.hasDocument && !m_snapshot.readOnly && m_snapshot.markedCells > 0;
}

bool PanelModel::canFix() const
{
    const PanelFinding* f = selectedFinding();
    return f != nullptr && f->fixable && !m_snapshot.readOnly;
}

bool PanelModel::canExport() const
{
    return m_snapshot.hasDocument && m_checked;
}

bool PanelModel::canUseRuleSetBook() const
{
    return m_snapshot.hasDocument && m_snapshot.ruleSetBook;
}

std::vector<std::string> PanelModel::stateLines() const
{
    std::vector<std::string> lines;
    auto add = [&lines](std::string_view key, const std::string& text)
    {
        if (!text.empty())
            lines.push_back(std::string(key) + "\t" + text);
    };
    add("status", statusText());
    add("unit", unitText());
    add("hint", hintText());
    const auto ruleSets = ruleSetEntries();
    if (const std::size_t sel = ruleSetSelection(); sel < ruleSets.size())
        add("ruleset", ruleSets[sel]);
    add("rulesetError", ruleSetErrorText());
    add("counts", countsText());
    add("marks", marksText());
    add("fix", fixText());
    add("message", m_message);
    for (const auto& entry : m_entries)
        add("entry", entry.text);
    auto button = [&lines](std::string_view name, bool on)
    { lines.push_back("button\t" + std::string(name) + (on ? "\ton" : "\toff")); };
    button("recheck", canRecheck());
    button("mark", canMark());
    button("clear", canClear());
    button("fix", canFix());
    button("export", canExport());
    button("useRuleSetBook", canUseRuleSetBook());
    return lines;
}

} // namespace parcalc::sidebar
