// The Vietnamese and English UI tables of the sidebar.
#include "sidebar/model/ui_strings.hxx"

#include <algorithm>
#include <cctype>
#include <map>

namespace parcalc::sidebar
{
namespace
{

using Table = std::map<std::string, std::string, std::less<>>;

const Table& viTable()
{
    static const Table table = {
        {"status.noDocument", "Chưa có bảng tính nào để kiểm tra."},
        {"status.checking", "Đang kiểm tra…"},
        {"status.found", "Biểu thống kê: {0}!{1} ({2}/{3} dòng)"},
        {"status.notFound", "Không tìm thấy biểu thống kê trên trang tính này."},
        {"status.selfAssessment", "Đây là bảng tự đánh giá điểm, không phải biểu thống kê."},
        {"status.unitPeriod", "{0} {1}"},
        {"hint.notFound",
         "Gợi ý: bảng cần một dòng tiêu đề STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu "
         "(có thể thêm Ghi chú), ở bất kỳ trang tính và vị trí nào."},
        {"label.ruleSet", "Bộ quy tắc:"},
        {"ruleset.otherFile", "Tệp JSON khác…"},
        {"ruleset.file", "Tệp: {0}"},
        {"ruleset.error", "Không dùng được bộ quy tắc: {0}. Đang dùng bộ mặc định."},
        {"ruleset.refused", "Không dùng được tệp bộ quy tắc: {0}"},
        {"counts", "{0} lỗi · {1} cảnh báo · {2} thông tin"},
        {"group.error", "Lỗi ({0})"},
        {"group.warning", "Cảnh báo ({0})"},
        {"group.info", "Thông tin ({0})"},
        {"list.none", "Không có phát hiện nào: biểu hợp lệ."},
        {"list.notChecked", "Chưa kiểm tra."},
        {"finding.line", "{0} · {1} · {2}"},
        {"finding.noCell", "—"},
        {"button.recheck", "Kiểm tra lại"},
        {"button.mark", "Đánh dấu ô"},
        {"button.clear", "Xóa đánh dấu"},
        {"button.fix", "Sửa"},
        {"button.export", "Xuất báo cáo"},
        {"fix.hint", "Sửa: ghi {0} vào ô {1}."},
        {"fix.none",
         "Chọn một phát hiện có thể sửa (tỷ lệ sai, số lưu dạng văn bản, 0 % của 0/0)."},
        {"message.readOnly", "Tài liệu chỉ đọc: không đánh dấu hay sửa được."},
        {"message.marked", "Đã đánh dấu {0} ô (Hoàn tác để bỏ)."},
        {"message.cleared", "Đã xóa {0} đánh dấu của ParCalc."},
        {"message.fixed", "Đã sửa ô {0} (Hoàn tác để bỏ)."},
        {"message.fixGone", "Phát hiện này không còn nữa; đã kiểm tra lại."},
        {"message.exported", "Đã xuất báo cáo: {0}"},
        {"message.failed", "Không thực hiện được: {0}"},
        {"message.checked", "Kiểm tra xong trong {0} ms."},
        {"marks.count", "{0} ô đang được đánh dấu."},
        {"undo.mark", "ParCalc: đánh dấu ô"},
        {"undo.clear", "ParCalc: xóa đánh dấu"},
        {"undo.fix", "ParCalc: sửa ô {0}"},
        {"mark.severity.error", "Lỗi"},
        {"mark.severity.warning", "Cảnh báo"},
        {"mark.severity.info", "Thông tin"},
        {"dialog.ruleSet", "Chọn tệp bộ quy tắc (JSON)"},
        {"dialog.export", "Xuất báo cáo kiểm tra"},
        {"filter.json", "Bộ quy tắc JSON (*.json)"},
        {"filter.html", "Trang HTML (*.html)"},
        {"filter.ods", "Bảng tính ODS (*.ods)"},
        {"report.suffix", "-kiem-tra"},
        {"score.ruleSet", "Bộ quy tắc chấm điểm: {0} {1} — {2}"},
        {"score.example", "Bộ VÍ DỤ đi kèm ParCalc, không phải bộ tiêu chí chính thức."},
        {"score.ruleSetError", "Không dùng được bộ quy tắc chấm điểm: {0}"},
        {"score.noDocument", "Chưa có bảng tính nào để ước tính điểm."},
        {"score.noAppendix",
         "Không tìm thấy biểu thống kê số liệu trong tài liệu này: chưa ước tính được điểm."},
        {"score.appendix", "Biểu thống kê: {0}!{1} ({2}/{3} dòng)"},
        {"score.estimate",
         "Điểm ước tính trên phần phụ lục quyết định được: {0} / {1} điểm → chỉ số {2}"},
        {"score.indexGrade", "{0} → {1}"},
        {"score.noIndex", "Phụ lục chưa quyết định được tiêu chí nào: chưa có chỉ số."},
        {"score.open",
         "Để chấm tay: {0} tiêu chí ({1} điểm). Thiếu số liệu: {2} tiêu chí ({3} điểm)."},
        {"score.criterion", "{0} {1}: {2} / {3}"},
        {"score.criterionLost", "{0} {1}: {2} / {3} · −{4}: {5}"},
        {"score.criterionNotApplicable", "{0} {1}: {2} / {3} · không áp dụng: {4}"},
    };
    return table;
}

const Table& enTable()
{
    static const Table table = {
        {"status.noDocument", "No spreadsheet to check."},
        {"status.checking", "Checking…"},
        {"status.found", "Appendix table: {0}!{1} ({2}/{3} rows)"},
        {"status.notFound", "No appendix table found on this sheet."},
        {"status.selfAssessment", "This is a self-assessment score sheet, not an appendix table."},
        {"status.unitPeriod", "{0} {1}"},
        {"hint.notFound",
         "Hint: the table needs a header row STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu "
         "(Ghi chú optional), on any sheet, at any position."},
        {"label.ruleSet", "Rule set:"},
        {"ruleset.otherFile", "Other JSON file…"},
        {"ruleset.file", "File: {0}"},
        {"ruleset.error", "Rule set not usable: {0}. Using the default one."},
        {"ruleset.refused", "Rule-set file not usable: {0}"},
        {"counts", "{0} errors · {1} warnings · {2} info"},
        {"group.error", "Errors ({0})"},
        {"group.warning", "Warnings ({0})"},
        {"group.info", "Info ({0})"},
        {"list.none", "No findings: the table is valid."},
        {"list.notChecked", "Not checked yet."},
        {"finding.line", "{0} · {1} · {2}"},
        {"finding.noCell", "—"},
        {"button.recheck", "Re-check"},
        {"button.mark", "Mark cells"},
        {"button.clear", "Clear marks"},
        {"button.fix", "Fix"},
        {"button.export", "Export"},
        {"fix.hint", "Fix: write {0} into cell {1}."},
        {"fix.none",
         "Select a fixable finding (a wrong ratio, a number stored as text, 0 % of 0/0)."},
        {"message.readOnly", "Read-only document: marking and fixing are off."},
        {"message.marked", "Marked {0} cells (Undo removes the marks)."},
        {"message.cleared", "Removed {0} ParCalc marks."},
        {"message.fixed", "Fixed cell {0} (Undo reverts it)."},
        {"message.fixGone", "This finding is gone; checked again."},
        {"message.exported", "Report exported: {0}"},
        {"message.failed", "Could not do that: {0}"},
        {"message.checked", "Checked in {0} ms."},
        {"marks.count", "{0} cells carry a mark."},
        {"undo.mark", "ParCalc: mark cells"},
        {"undo.clear", "ParCalc: clear marks"},
        {"undo.fix", "ParCalc: fix cell {0}"},
        {"mark.severity.error", "Error"},
        {"mark.severity.warning", "Warning"},
        {"mark.severity.info", "Info"},
        {"dialog.ruleSet", "Choose a rule-set file (JSON)"},
        {"dialog.export", "Export the validation report"},
        {"filter.json", "JSON rule set (*.json)"},
        {"filter.html", "HTML page (*.html)"},
        {"filter.ods", "ODS spreadsheet (*.ods)"},
        {"report.suffix", "-check"},
        {"score.ruleSet", "Scoring rule set: {0} {1} — {2}"},
        {"score.example", "An EXAMPLE set bundled with ParCalc, not an official criteria set."},
        {"score.ruleSetError", "Scoring rule set not usable: {0}"},
        {"score.noDocument", "No spreadsheet to estimate a score for."},
        {"score.noAppendix", "No statistics appendix found in this document: no score estimated."},
        {"score.appendix", "Appendix table: {0}!{1} ({2}/{3} rows)"},
        {"score.estimate",
         "Estimated score over what the appendix decides: {0} / {1} points → index {2}"},
        {"score.indexGrade", "{0} → {1}"},
        {"score.noIndex", "The appendix decides no criterion yet: no index."},
        {"score.open",
         "Left to manual scoring: {0} criteria ({1} points). Missing data: {2} criteria ({3} "
         "points)."},
        {"score.criterion", "{0} {1}: {2} / {3}"},
        {"score.criterionLost", "{0} {1}: {2} / {3} · −{4}: {5}"},
        {"score.criterionNotApplicable", "{0} {1}: {2} / {3} · not applicable: {4}"},
    };
    return table;
}

const Table& table(UiLanguage language)
{
    return language == UiLanguage::Vietnamese ? viTable() : enTable();
}

} // namespace

UiLanguage uiLanguageFromLocale(std::string_view locale)
{
    if (locale.size() >= 2 && std::tolower(static_cast<unsigned char>(locale[0])) == 'v' &&
        std::tolower(static_cast<unsigned char>(locale[1])) == 'i' &&
        (locale.size() == 2 || locale[2] == '-' || locale[2] == '_' || locale[2] == '.'))
        return UiLanguage::Vietnamese;
    return UiLanguage::English;
}

const std::string& uiText(UiLanguage language, std::string_view key)
{
    const Table& t = table(language);
    if (auto it = t.find(key); it != t.end())
        return it->second;
    static thread_local std::string missing;
    missing = std::string(key);
    return missing;
}

bool hasUiText(UiLanguage language, std::string_view key)
{
    const Table& t = table(language);
    return t.find(key) != t.end();
}

std::vector<std::string> uiKeys(UiLanguage language)
{
    std::vector<std::string> keys;
    for (const auto& entry : table(language))
        keys.push_back(entry.first);
    return keys;
}

std::string formatText(std::string_view pattern, std::initializer_list<std::string_view> args)
{
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i)
    {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            pattern[i + 1] >= '0' && pattern[i + 1] <= '9')
        {
            const std::size_t index = std::size_t(pattern[i + 1] - '0');
            if (index < args.size())
            {
                out += *(args.begin() + index);
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string uiFormat(UiLanguage language, std::string_view key,
                     std::initializer_list<std::string_view> args)
{
    return formatText(uiText(language, key), args);
}

} // namespace parcalc::sidebar
