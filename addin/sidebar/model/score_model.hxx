// The texts of the "Điểm ước tính" panel, UNO-free: what a ScoreFileReport (the
// CLI's `parcalc score` result for the open document) looks like in the sidebar,
// in the UI language. The panel (score_panel.cxx) only reads the document and
// puts these texts into its controls.
#pragma once

#include "core/reports/score_report.hxx"
#include "sidebar/model/ui_strings.hxx"

#include <string>
#include <vector>

namespace parcalc::sidebar
{

struct ScorePanelText
{
    std::string ruleSet; // "Bộ quy tắc chấm điểm: example-huyen-diem 2023.1 — VÍ DỤ…"
    std::string note;    // the rule set's note ("VÍ DỤ minh họa, …"); may be ""
    std::string appendix; // where the appendix is, or why there is no estimate
    std::string estimate; // "15,296 / 22 điểm → chỉ số 69,527 → Trung bình"; may be ""
    std::string open;     // left to manual scoring / missing data; may be ""
    std::vector<std::string> criteria; // one line per criterion the appendix decides
};

// No spreadsheet open.
ScorePanelText scorePanelNoDocument(const ScoringRuleSet& rules, Language language);
// The open document scored (scoreWorkbook); no appendix -> says so.
ScorePanelText scorePanelText(const ScoreFileReport& report, const ScoringRuleSet& rules,
                              Language language);
// The rule set could not be loaded (its error, in the UI language).
ScorePanelText scorePanelRuleSetError(const std::string& error, Language language);

} // namespace parcalc::sidebar
