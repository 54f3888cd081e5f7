// The panel's state without soffice: labels, grouping, selection, buttons.
#include "sidebar/model/panel_model.hxx"

#include <gtest/gtest.h>

#include <algorithm>

namespace parcalc::sidebar
{
namespace
{

PanelFinding finding(std::string code, Severity severity, std::string row, std::string cell,
                     bool fixable = false)
{
    PanelFinding f;
    f.code = std::move(code);
    f.severity = severity;
    f.row = std::move(row);
    f.sheet = "Phụ lục";
    f.cell = std::move(cell);
    f.message = "Dòng " + f.row + ": lỗi";
    f.messageEn = "Row " + f.row + ": problem";
    f.fixable = fixable;
    if (fixable)
        f.fixValue = "Không phát sinh";
    return f;
}

PanelSnapshot seedLike()
{
    PanelSnapshot s;
    s.hasDocument = true;
    s.tableFound = true;
    s.sheet = "Phụ lục";
    s.range = "A5:E140";
    s.rowsFound = 121;
    s.rowsExpected = 121;
    s.unit = "UBND huyện Ngân Sơn";
    s.ruleSetId = "default-huyen";
    // Table order, severities mixed.
    s.findings = {finding("zero-denominator", Severity::Error, "1.3.4", "D16", true),
                  finding("empty-value", Severity::Warning, "1.4.1", "D18"),
                  finding("number-as-text", Severity::Info, "2.3.2.a", "D37", true),
                  finding("not-a-number", Severity::Error, "3.1.1", "D41"),
                  finding("sum-mismatch", Severity::Warning, "6.2", "D105")};
    return s;
}

PanelModel english()
{
    PanelModel model(Language::En);
    model.setBundledRuleSets({{"default-huyen", "Default (district)"}, {"xa", "Commune"}});
    return model;
}

TEST(PanelModel, BeforeAnyCheck)
{
    PanelModel model = english();
    EXPECT_FALSE(model.checked());
    EXPECT_EQ(model.statusText(), "No spreadsheet to check.");
    ASSERT_EQ(model.entries().size(), 1u);
    EXPECT_EQ(model.entries()[0].kind, EntryKind::Placeholder);
    EXPECT_FALSE(model.canRecheck());
    EXPECT_FALSE(model.canMark());
    EXPECT_FALSE(model.canClear());
    EXPECT_FALSE(model.canFix());
    EXPECT_FALSE(model.canExport());
}

TEST(PanelModel, StatusCountsAndUnit)
{
    PanelModel model = english();
    model.setSnapshot(seedLike());
    EXPECT_EQ(model.statusText(), "Appendix table: Phụ lục!A5:E140 (121/121 rows)");
    EXPECT_EQ(model.unitText(), "UBND huyện Ngân Sơn");
    EXPECT_EQ(model.hintText(), "");
    EXPECT_EQ(model.countsText(), "2 errors · 2 warnings · 1 info");
}

TEST(PanelModel, FindingsGroupedBySeverityInTableOrder)
{
    PanelModel model = english();
    model.setSnapshot(seedLike());
    std::vector<std::string> texts;
    for (const auto& e : model.entries())
        texts.push_back(e.text);
    const std::vector<std::string> expected = {
        "Errors (2)",
        "    1.3.4 · D16 · Row 1.3.4: problem",
        "    3.1.1 · D41 · Row 3.1.1: problem",
        "Warnings (2)",
        "    1.4.1 · D18 · Row 1.4.1: problem",
        "    6.2 · D105 · Row 6.2: problem",
        "Info (1)",
        "    2.3.2.a · D37 · Row 2.3.2.a: problem",
    };
    EXPECT_EQ(texts, expected);
    EXPECT_EQ(model.findingOfEntry(0), std::nullopt);
    EXPECT_EQ(model.findingOfEntry(1), 0u);
    EXPECT_EQ(model.findingOfEntry(2), 3u);
    EXPECT_EQ(model.entryOfFinding(2), 7u);
}

TEST(PanelModel, VietnameseLabels)
{
    PanelModel model(Language::Vi);
    model.setSnapshot(seedLike());
    EXPECT_EQ(model.countsText(), "2 lỗi · 2 cảnh báo · 1 thông tin");
    EXPECT_EQ(model.entries()[0].text, "Lỗi (2)");
    EXPECT_EQ(model.entries()[1].text, "    1.3.4 · D16 · Dòng 1.3.4: lỗi");
}

TEST(PanelModel, NoTableGivesAHint)
{
    PanelModel model = english();
    PanelSnapshot s;
    s.hasDocument = true;
    s.tableFound = false;
    s.findings = {finding("table-not-found", Severity::Error, "", "")};
    model.setSnapshot(s);
    EXPECT_EQ(model.statusText(), "No appendix table found on this sheet.");
    EXPECT_NE(model.hintText().find("STT"), std::string::npos);
    EXPECT_EQ(model.countsText(), "");
    EXPECT_FALSE(model.canMark()); // nothing has a cell
    EXPECT_TRUE(model.canExport());
}

TEST(PanelModel, SelfAssessmentSheetIsNoError)
{
    PanelModel model = english();
    PanelSnapshot s;
    s.hasDocument = true;
    s.tableFound = false;
    s.selfAssessment = true;
    s.findings = {finding("table-not-found", Severity::Info, "", "")};
    model.setSnapshot(s);
    EXPECT_EQ(model.statusText(), "This is a self-assessment score sheet, not an appendix table.");
    EXPECT_EQ(model.hintText(), ""); // no "the table needs a header" hint: it is no mistake
    EXPECT_FALSE(model.canMark());
}

TEST(PanelModel, ARuleSetWorkbookOffersItsRuleSet)
{
    PanelModel model = english();
    PanelSnapshot s;
    s.hasDocument = true;
    s.ruleSetBook = true;
    s.findings = {finding("table-not-found", Severity::Info, "", "")};
    model.setSnapshot(s);
    EXPECT_EQ(model.statusText(),
              "This is a rule-set workbook (criteria set), not an appendix table.");
    EXPECT_NE(model.hintText().find("Use the rule set of this workbook"), std::string::npos);
    EXPECT_TRUE(model.canUseRuleSetBook());
    const auto lines = model.stateLines();
    EXPECT_NE(std::find(lines.begin(), lines.end(), "button\tuseRuleSetBook\ton"), lines.end());

    s.ruleSetBook = false; // an appendix or a self-assessment sheet: no such button
    s.selfAssessment = true;
    model.setSnapshot(s);
    EXPECT_FALSE(model.canUseRuleSetBook());
}

TEST(PanelModel, CleanTableSaysSo)
{
    PanelModel model = english();
    PanelSnapshot s = seedLike();
    s.findings.clear();
    model.setSnapshot(s);
    ASSERT_EQ(model.entries().size(), 1u);
    EXPECT_EQ(model.entries()[0].text, "No findings: the table is valid.");
    EXPECT_FALSE(model.canMark());
}

TEST(PanelModel, FixFollowsTheSelection)
{
    PanelModel model = english();
    model.setSnapshot(seedLike());
    EXPECT_FALSE(model.canFix());
    model.selectEntry(0); // a group header
    EXPECT_EQ(model.selectedFinding(), nullptr);
    EXPECT_FALSE(model.canFix());
    model.selectEntry(1); // 1.3.4, fixable
    ASSERT_NE(model.selectedFinding(), nullptr);
    EXPECT_EQ(model.selectedFinding()->row, "1.3.4");
    EXPECT_TRUE(model.canFix());
    EXPECT_EQ(model.fixText(), "Fix: write Không phát sinh into cell D16.");
    model.selectEntry(2); // 3.1.1, not fixable
    EXPECT_FALSE(model.canFix());
    model.selectEntry(99);
    EXPECT_EQ(model.selectedEntry(), std::nullopt);
}

TEST(PanelModel, SelectionSurvivesARecheck)
{
    PanelModel model = english();
    model.setSnapshot(seedLike());
    model.selectEntry(2); // 3.1.1
    PanelSnapshot s = seedLike();
    s.findings.erase(s.findings.begin()); // 1.3.4 fixed: the entries move up
    model.setSnapshot(s);
    ASSERT_NE(model.selectedFinding(), nullptr);
    EXPECT_EQ(model.selectedFinding()->row, "3.1.1");
    EXPECT_EQ(model.selectedEntry(), 1u);

    s.findings.erase(s.findings.begin() + 2); // 3.1.1 gone
    model.setSnapshot(s);
    EXPECT_EQ(model.selectedFinding(), nullptr);
}

TEST(PanelModel, ReadOnlyDocumentsAreNeverModified)
{
    PanelModel model = english();
    PanelSnapshot s = seedLike();
    s.readOnly = true;
    s.markedCells = 3;
    model.setSnapshot(s);
    model.selectEntry(1);
    EXPECT_TRUE(model.canRecheck());
    EXPECT_FALSE(model.canMark());
    EXPECT_FALSE(model.canClear());
    EXPECT_FALSE(model.canFix());
    EXPECT_TRUE(model.canExport());
}

TEST(PanelModel, ClearNeedsMarks)
{
    PanelModel model = english();
    PanelSnapshot s = seedLike();
    model.setSnapshot(s);
    EXPECT_TRUE(model.canMark());
    EXPECT_FALSE(model.canClear());
    EXPECT_EQ(model.marksText(), "");
    s.markedCells = 5;
    model.setSnapshot(s);
    EXPECT_TRUE(model.canClear());
    EXPECT_EQ(model.marksText(), "5 cells carry a mark.");
}

TEST(PanelModel, RuleSetPicker)
{
    PanelModel model = english();
    PanelSnapshot s = seedLike();
    model.setSnapshot(s);
    EXPECT_EQ(model.ruleSetEntries(),
              (std::vector<std::string>{"Default (district)", "Commune", "Other JSON file…"}));
    EXPECT_EQ(model.ruleSetSelection(), 0u);
    EXPECT_EQ(model.ruleSetPick(1).kind, RuleSetPick::Kind::Bundled);
    EXPECT_EQ(model.ruleSetPick(1).value, "xa");
    EXPECT_EQ(model.ruleSetPick(2).kind, RuleSetPick::Kind::Browse);

    s.ruleSetChoice = "xa";
    model.setSnapshot(s);
    EXPECT_EQ(model.ruleSetSelection(), 1u);

    s.ruleSetChoice = "/home/u/rules/my-rules.json";
    s.ruleSetError = "my-rules.json: $.rows: missing";
    model.setSnapshot(s);
    EXPECT_EQ(model.ruleSetEntries(),
              (std::vector<std::string>{"Default (district)", "Commune", "File: my-rules.json",
                                        "Other JSON file…"}));
    EXPECT_EQ(model.ruleSetSelection(), 2u);
    EXPECT_EQ(model.ruleSetPick(2).kind, RuleSetPick::Kind::File);
    EXPECT_EQ(model.ruleSetPick(2).value, "/home/u/rules/my-rules.json");
    EXPECT_EQ(model.ruleSetPick(3).kind, RuleSetPick::Kind::Browse);
    EXPECT_EQ(model.ruleSetErrorText(),
              "Rule set not usable: my-rules.json: $.rows: missing. Using the default one.");
}

TEST(PanelModel, StateLinesListWhatIsShown)
{
    PanelModel model = english();
    model.setSnapshot(seedLike());
    model.setMessage("Checked in 3 ms.");
    const auto lines = model.stateLines();
    auto has = [&lines](const std::string& line)
    { return std::find(lines.begin(), lines.end(), line) != lines.end(); };
    EXPECT_TRUE(has("status\tAppendix table: Phụ lục!A5:E140 (121/121 rows)"));
    EXPECT_TRUE(has("counts\t2 errors · 2 warnings · 1 info"));
    EXPECT_TRUE(has("entry\t    1.3.4 · D16 · Row 1.3.4: problem"));
    EXPECT_TRUE(has("message\tChecked in 3 ms."));
    EXPECT_TRUE(has("ruleset\tDefault (district)"));
    EXPECT_TRUE(has("button\tmark\ton"));
    EXPECT_TRUE(has("button\tclear\toff"));
}

TEST(PanelModel, ListLinesShowTheBodyNotTheWhere)
{
    PanelFinding f = finding("zero-denominator", Severity::Error, "1.3.4", "D16");
    f.message = "Dòng 1.3.4 (ô D16): ghi tỷ lệ 0 % nhưng mẫu số bằng 0";
    f.messageEn = "Row 1.3.4 (cell D16): a rate of 0 % is reported";
    f.body = "ghi tỷ lệ 0 % nhưng mẫu số bằng 0";
    f.bodyEn = "a rate of 0 % is reported";
    EXPECT_EQ(findingBody(f, Language::Vi), "ghi tỷ lệ 0 % nhưng mẫu số bằng 0");
    EXPECT_EQ(findingBody(f, Language::En), "a rate of 0 % is reported");
    f.bodyEn.clear(); // no English body: the Vietnamese one
    EXPECT_EQ(findingBody(f, Language::En), "ghi tỷ lệ 0 % nhưng mẫu số bằng 0");
    f.body.clear(); // no body at all: the message as it is, never cut by its text
    EXPECT_EQ(findingBody(f, Language::En), "Row 1.3.4 (cell D16): a rate of 0 % is reported");

    PanelModel model(Language::Vi);
    PanelSnapshot s = seedLike();
    s.findings[0].message = "Dòng 1.3.4 (ô D16): ghi tỷ lệ 0 %";
    s.findings[0].body = "ghi tỷ lệ 0 %";
    model.setSnapshot(s);
    EXPECT_EQ(model.entries()[1].text, "    1.3.4 · D16 · ghi tỷ lệ 0 %");
}

TEST(PanelModel, FileNameOf)
{
    EXPECT_EQ(fileNameOf("/a/b/c.json"), "c.json");
    EXPECT_EQ(fileNameOf("C:\\x\\y.json"), "y.json");
    EXPECT_EQ(fileNameOf("plain"), "plain");
}

} // namespace
} // namespace parcalc::sidebar
