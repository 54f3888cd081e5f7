// PanelModel: everything the validation panel shows, without UNO. The panel
// (validation_panel.cxx) copies each check's outcome into a PanelSnapshot,
// then draws what the model says: the status and hint lines, the rule-set
// choices, the counts, the findings grouped by severity and which buttons are
// enabled. Unit-tested in panel_model_test.cxx.
#pragma once

#include "core/ruleset/ruleset.hxx"
#include "sidebar/model/ui_strings.hxx"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace parcalc::sidebar
{

struct PanelFinding
{
    std::string code; // "zero-denominator"
    Severity severity = Severity::Error;
    std::string row;
    std::string sheet;
    std::string cell;
    std::string expected;
    std::string actual;
    std::string message;   // Vietnamese
    std::string messageEn; // English
    std::string body;      // the message without its location (core Finding::body)
    std::string bodyEn;
    bool fixable = false;
    std::string fixValue; // what the fix writes, as shown ("25 %", "Không phát sinh")
};

// One check of one document, as the panel needs it.
struct PanelSnapshot
{
    bool hasDocument = false;
    bool readOnly = false;
    bool tableFound = false;
    bool selfAssessment = false; // a self-assessment score sheet, not an appendix (no error)
    bool ruleSetBook = false; // a rule-set authoring workbook (Thông tin, Biểu thống kê…)
    std::string sheet;
    std::string range;
    std::size_t rowsFound = 0;
    std::size_t rowsExpected = 0;
    std::string unit;
    std::string period;
    std::string ruleSetChoice; // "" (default), a bundled id or a file path
    std::string ruleSetId;     // the rule set actually used
    std::string ruleSetError;  // why the stored choice was not usable, or ""
    std::vector<PanelFinding> findings;
    std::size_t markedCells = 0;
};

struct RuleSetOption
{
    std::string id;
    std::string title;
};

// What a rule-set list entry stands for.
struct RuleSetPick
{
    enum class Kind
    {
        Bundled, // value = id
        File,    // value = path
        Browse,  // "Other JSON file…": ask for a file
    };
    Kind kind = Kind::Bundled;
    std::string value;
};

enum class EntryKind
{
    Group,       // "Errors (2)"
    Finding,     // one finding
    Placeholder, // "No findings", "Not checked yet"
};

struct ListEntry
{
    EntryKind kind = EntryKind::Placeholder;
    std::string text;
    std::optional<std::size_t> finding; // index into PanelSnapshot::findings
};

class PanelModel
{
public:
    explicit PanelModel(Language language = Language::En);

    Language language() const { return m_language; }

    void setBundledRuleSets(std::vector<RuleSetOption> options);
    // A new check's outcome; keeps the selected finding when it is still there (same code and
    // cell), and the message.
    void setSnapshot(PanelSnapshot snapshot);
    bool checked() const { return m_checked; }
    const PanelSnapshot& snapshot() const { return m_snapshot; }

    // The outcome of the last action ("Marked 12 cells"), shown under the buttons.
    void setMessage(std::string message) { m_message = std::move(message); }
    const std::string& message() const { return m_message; }

    // --- labels --------------------------------------------------------------
    std::string statusText() const; // recognised sheet/range, or "no appendix table found"
    std::string unitText() const;   // unit and period above the table, or ""
    std::string hintText() const;   // how to make the table recognisable, or ""
    std::string ruleSetErrorText() const;
    std::string countsText() const; // "2 errors · 30 warnings · 7 info"
    std::string marksText() const;  // "12 cells carry a mark", or ""
    std::string fixText() const;    // what Fix would write, or why it is off

    // --- rule-set picker ------------------------------------------------------
    std::vector<std::string> ruleSetEntries() const; // bundled titles, the file in use, browse
    std::size_t ruleSetSelection() const;            // the entry of the choice in use
    RuleSetPick ruleSetPick(std::size_t entry) const;

    // --- findings list --------------------------------------------------------
    // Grouped by severity (errors, warnings, info; table order inside a group), a group
    // header before each non-empty group.
    const std::vector<ListEntry>& entries() const { return m_entries; }
    std::optional<std::size_t> findingOfEntry(std::size_t entry) const;
    std::optional<std::size_t> entryOfFinding(std::size_t finding) const;
    // Selects a list entry (a header or placeholder selects no finding).
    void selectEntry(std::optional<std::size_t> entry);
    std::optional<std::size_t> selectedEntry() const { return m_selectedEntry; }
    const PanelFinding* selectedFinding() const;

    // --- buttons --------------------------------------------------------------
    bool canRecheck() const;
    bool canMark() const;
    bool canClear() const;
    bool canFix() const;
    bool canExport() const;
    // "Dùng bộ quy tắc từ bảng tính này": the document is a rule-set workbook.
    bool canUseRuleSetBook() const;

    // What the panel shows, one "key<TAB>text" line each: status, unit, hint, ruleset,
    // rulesetError, counts, marks, fix, message, then "entry" lines and "button" lines
    // ("button<TAB>mark<TAB>on"). Served to tests by XAppendixValidator::getPanelState.
    std::vector<std::string> stateLines() const;

private:
    void rebuildEntries();
    std::string findingMessage(const PanelFinding& finding) const;

    Language m_language;
    std::vector<RuleSetOption> m_bundled;
    PanelSnapshot m_snapshot;
    bool m_checked = false;
    std::string m_message;
    std::vector<ListEntry> m_entries;
    std::optional<std::size_t> m_selectedEntry;
};

// "vi" text or "en" text of a finding for `language`.
const std::string& findingText(const PanelFinding& finding, Language language);
// What is wrong without where: the core's body of the message (the list shows row and cell
// in columns of their own); the whole text when the finding carries no body.
const std::string& findingBody(const PanelFinding& finding, Language language);

// The file name of a path ("/a/b/rules.json" -> "rules.json").
std::string fileNameOf(const std::string& path);

} // namespace parcalc::sidebar
