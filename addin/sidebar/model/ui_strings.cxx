// The sidebar's UI text table.
#include "sidebar/model/ui_strings.hxx"

namespace parcalc::sidebar
{

const TextTable& uiTexts()
{
    static const TextTable table{
        "sidebar",
        {
            {"status.noDocument", "Chưa có bảng tính nào để kiểm tra.", "No spreadsheet to check."},
            {"status.checking", "Đang kiểm tra…", "Checking…"},
            {"status.found", "Biểu thống kê: {sheet}!{range} ({found}/{expected} dòng)",
             "Appendix table: {sheet}!{range} ({found}/{expected} rows)"},
            {"status.notFound", "Không tìm thấy biểu thống kê trên trang tính này.",
             "No appendix table found on this sheet."},
            {"status.selfAssessment", "Đây là bảng tự đánh giá điểm, không phải biểu thống kê.",
             "This is a self-assessment score sheet, not an appendix table."},
            {"status.ruleSetBook",
             "Đây là bảng tính bộ quy tắc (bộ tiêu chí), không phải biểu "
             "thống kê.",
             "This is a rule-set workbook (criteria set), not an appendix table."},
            {"hint.ruleSetBook",
             "Bấm \"Dùng bộ quy tắc từ bảng tính này\" để kiểm tra một biểu đang mở theo bộ quy "
             "tắc này.",
             "Press \"Use the rule set of this workbook\" to check an open appendix with it."},
            {"status.unitPeriod", "{unit} {period}", "{unit} {period}"},
            {"hint.notFound",
             "Gợi ý: bảng cần một dòng tiêu đề STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu (có "
             "thể thêm Ghi chú), ở bất kỳ trang tính và vị trí nào.",
             "Hint: the table needs a header row STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu "
             "(Ghi chú optional), on any sheet, at any position."},
            {"label.ruleSet", "Bộ quy tắc:", "Rule set:"},
            {"ruleset.otherFile", "Tệp JSON khác…", "Other JSON file…"},
            {"ruleset.file", "Tệp: {file}", "File: {file}"},
            {"ruleset.error", "Không dùng được bộ quy tắc: {error}. Đang dùng bộ mặc định.",
             "Rule set not usable: {error}. Using the default one."},
            {"ruleset.refused", "Không dùng được tệp bộ quy tắc: {error}",
             "Rule-set file not usable: {error}"},
            {"rulebook.unsaved",
             "Hãy lưu bảng tính bộ quy tắc trước: tệp .json được ghi bên cạnh nó.",
             "Save the rule-set workbook first: the .json file is written beside it."},
            {"rulebook.problems", "Bảng tính bộ quy tắc còn {count} lỗi cần sửa:",
             "The rule-set workbook has {count} problem(s) to fix:"},
            {"rulebook.more", "… và {count} lỗi khác", "… and {count} more"},
            {"rulebook.cannot-write", "Không ghi được tệp {file}", "Cannot write the file {file}"},
            {"counts", "{errors} lỗi · {warnings} cảnh báo · {infos} thông tin",
             "{errors} errors · {warnings} warnings · {infos} info"},
            {"group.error", "Lỗi ({count})", "Errors ({count})"},
            {"group.warning", "Cảnh báo ({count})", "Warnings ({count})"},
            {"group.info", "Thông tin ({count})", "Info ({count})"},
            {"list.none", "Không có phát hiện nào: biểu hợp lệ.",
             "No findings: the table is valid."},
            {"list.notChecked", "Chưa kiểm tra.", "Not checked yet."},
            {"finding.line", "{row} · {cell} · {message}", "{row} · {cell} · {message}"},
            {"finding.noCell", "—", "—"},
            {"button.recheck", "Kiểm tra lại", "Re-check"},
            {"button.mark", "Đánh dấu ô", "Mark cells"},
            {"button.clear", "Xóa đánh dấu", "Clear marks"},
            {"button.fix", "Sửa", "Fix"},
            {"button.export", "Xuất báo cáo", "Export"},
            {"button.useRuleSetBook", "Dùng bộ quy tắc từ bảng tính này",
             "Use the rule set of this workbook"},
            {"rulebook.pick", "Dùng cho biểu nào?", "Use it for which sheet?"},
            {"rulebook.noTarget",
             "Hãy mở biểu thống kê cần kiểm tra, rồi bấm lại: bộ quy tắc dùng cho biểu đó.",
             "Open the appendix to check first, then press again: the rule set is used for it."},
            {"rulebook.used", "Đã ghi {file} và dùng cho \"{document}\".",
             "Wrote {file} and chose it for \"{document}\"."},
            {"fix.hint", "Sửa: ghi {value} vào ô {cell}.", "Fix: write {value} into cell {cell}."},
            {"fix.none",
             "Chọn một phát hiện có thể sửa (tỷ lệ sai, số lưu dạng văn bản, 0 % của 0/0).",
             "Select a fixable finding (a wrong ratio, a number stored as text, 0 % of 0/0)."},
            {"message.readOnly", "Tài liệu chỉ đọc: không đánh dấu hay sửa được.",
             "Read-only document: marking and fixing are off."},
            {"message.marked", "Đã đánh dấu {count} ô (Hoàn tác để bỏ).",
             "Marked {count} cells (Undo removes the marks)."},
            {"message.cleared", "Đã xóa {count} đánh dấu của ParCalc.",
             "Removed {count} ParCalc marks."},
            {"message.fixed", "Đã sửa ô {cell} (Hoàn tác để bỏ).",
             "Fixed cell {cell} (Undo reverts it)."},
            {"message.fixGone", "Phát hiện này không còn nữa; đã kiểm tra lại.",
             "This finding is gone; checked again."},
            {"message.exported", "Đã xuất báo cáo: {file}", "Report exported: {file}"},
            {"message.failed", "Không thực hiện được: {error}", "Could not do that: {error}"},
            {"message.checked", "Kiểm tra xong trong {ms} ms.", "Checked in {ms} ms."},
            {"marks.count", "{count} ô đang được đánh dấu.", "{count} cells carry a mark."},
            {"undo.mark", "ParCalc: đánh dấu ô", "ParCalc: mark cells"},
            {"undo.clear", "ParCalc: xóa đánh dấu", "ParCalc: clear marks"},
            {"undo.fix", "ParCalc: sửa ô {cell}", "ParCalc: fix cell {cell}"},
            {"mark.severity.error", "Lỗi", "Error"},
            {"mark.severity.warning", "Cảnh báo", "Warning"},
            {"mark.severity.info", "Thông tin", "Info"},
            {"dialog.ruleSet", "Chọn tệp bộ quy tắc (JSON)", "Choose a rule-set file (JSON)"},
            {"dialog.export", "Xuất báo cáo kiểm tra", "Export the validation report"},
            {"filter.json", "Bộ quy tắc JSON (*.json)", "JSON rule set (*.json)"},
            {"filter.html", "Trang HTML (*.html)", "HTML page (*.html)"},
            {"filter.ods", "Bảng tính ODS (*.ods)", "ODS spreadsheet (*.ods)"},
            {"report.suffix", "-kiem-tra", "-check"},
            {"score.ruleSet", "Bộ quy tắc chấm điểm: {id} {version} — {title}",
             "Scoring rule set: {id} {version} — {title}"},
            {"score.example", "Bộ VÍ DỤ đi kèm ParCalc, không phải bộ tiêu chí chính thức.",
             "An EXAMPLE set bundled with ParCalc, not an official criteria set."},
            {"score.ruleSetError", "Không dùng được bộ quy tắc chấm điểm: {error}",
             "Scoring rule set not usable: {error}"},
            {"score.noDocument", "Chưa có bảng tính nào để ước tính điểm.",
             "No spreadsheet to estimate a score for."},
            {"score.noAppendix",
             "Không tìm thấy biểu thống kê số liệu trong tài liệu này: chưa ước tính được điểm.",
             "No statistics appendix found in this document: no score estimated."},
            {"score.appendix", "Biểu thống kê: {sheet}!{range} ({found}/{expected} dòng)",
             "Appendix table: {sheet}!{range} ({found}/{expected} rows)"},
            {"score.estimate",
             "Điểm ước tính trên phần phụ lục quyết định được: {earned} / {known} điểm → chỉ số "
             "{index}",
             "Estimated score over what the appendix decides: {earned} / {known} points → index "
             "{index}"},
            {"score.indexGrade", "{index} → {grade}", "{index} → {grade}"},
            {"score.noIndex", "Phụ lục chưa quyết định được tiêu chí nào: chưa có chỉ số.",
             "The appendix decides no criterion yet: no index."},
            {"score.open",
             "Để chấm tay: {manual} tiêu chí ({manualPoints} điểm). Thiếu số liệu: {pending} tiêu "
             "chí ({pendingPoints} điểm).",
             "Left to manual scoring: {manual} criteria ({manualPoints} points). Missing data: "
             "{pending} criteria ({pendingPoints} points)."},
            {"score.criterion", "{id} {label}: {points} / {max}", "{id} {label}: {points} / {max}"},
            {"score.criterionLost", "{id} {label}: {points} / {max} · −{lost}: {why}",
             "{id} {label}: {points} / {max} · −{lost}: {why}"},
            {"score.criterionNotApplicable",
             "{id} {label}: {points} / {max} · không áp dụng: {why}",
             "{id} {label}: {points} / {max} · not applicable: {why}"},
        }};
    return table;
}

std::string uiText(Language language, std::string_view key)
{
    return uiTexts().text(language, key);
}

std::string uiFormat(Language language, std::string_view key, TextArgs args)
{
    return uiTexts().text(language, key, args);
}

} // namespace parcalc::sidebar
