#include "core/reports/report_texts.hxx"

namespace parcalc
{

const TextTable& reportTexts()
{
    static const TextTable table{
        "reports",
        {
            {"ruleSet", "Bộ quy tắc: {id} {version}", "Rule set: {id} {version}"},
            {"ruleSetTitled", "Bộ quy tắc: {id} {version} — {title}",
             "Rule set: {id} {version} — {title}"},
            {"severity.error", "lỗi", "error"},
            {"severity.warning", "cảnh báo", "warning"},
            {"severity.info", "thông tin", "info"},
            {"batch.status.valid", "ĐẠT", "VALID"},
            {"batch.status.invalid", "CÓ LỖI", "INVALID"},
            {"batch.status.unreadable", "KHÔNG ĐỌC ĐƯỢC", "UNREADABLE"},
            {"batch.counts", " | {errors} lỗi, {warnings} cảnh báo",
             " | {errors} errors, {warnings} warnings"},
            {"batch.table", " | {sheet}!{range} ({found}/{expected} dòng)",
             " | {sheet}!{range} ({found}/{expected} rows)"},
            {"batch.summary",
             "{files} tệp: {valid} đạt, {invalid} có lỗi, {unreadable} không đọc được",
             "{files} files: {valid} valid, {invalid} invalid, {unreadable} unreadable"},
            {"batch.columns",
             "Tệp|Trạng thái|Đơn vị|Kỳ báo cáo|Số lỗi|Số cảnh báo|Mã|Mức độ|Dòng|Trang tính|Ô|Kỳ "
             "vọng|Thực tế|Nội dung",
             "File|Status|Unit|Period|Errors|Warnings|Code|Severity|Row|Sheet|Cell|Expected|Actual|"
             "Message"},
            {"batch.html.title", "Kết quả kiểm tra biểu thống kê", "Appendix validation report"},
            {"batch.html.heading", "Kết quả kiểm tra biểu thống kê số liệu",
             "Statistics appendix validation"},
            {"batch.html.fileColumns", "Tệp|Đơn vị|Kỳ báo cáo|Trạng thái|Lỗi|Cảnh báo",
             "File|Unit|Period|Status|Errors|Warnings"},
            {"batch.html.findingColumns", "Mức độ|Dòng|Ô|Mã|Kỳ vọng|Thực tế|Nội dung",
             "Severity|Row|Cell|Code|Expected|Actual|Message"},
            {"batch.html.noFindings", "Không có vấn đề.", "No findings."},
            {"score.status.scored", "đã tính", "scored"},
            {"score.status.not-applicable", "không áp dụng", "not applicable"},
            {"score.status.manual", "chấm tay", "by hand"},
            {"score.status.pending", "thiếu số liệu", "missing data"},
            {"score.file.scored", "ĐÃ CHẤM", "SCORED"},
            {"score.file.sums-agree", "CÁC TỔNG KHỚP", "SUMS AGREE"},
            {"score.file.invalid", "CÓ LỖI", "INVALID"},
            {"score.file.no-table", "KHÔNG CÓ BẢNG", "NO TABLE"},
            {"score.file.unreadable", "KHÔNG ĐỌC ĐƯỢC", "UNREADABLE"},
            {"score.file.neither",
             "không tìm thấy biểu thống kê số liệu (STT / Chỉ tiêu thống kê / Số liệu) hay bảng tự "
             "đánh giá (STT / Điểm tối đa / Điểm tự đánh giá)",
             "neither a statistics appendix (STT / Chỉ tiêu thống kê / Số liệu) nor a "
             "self-assessment table (STT / Điểm tối đa / Điểm tự đánh giá) found"},
            {"score.index.none", "chưa có", "none yet"},
            {"score.sumsAgree", "Các tổng cộng khớp nhau.", "All sums agree."},
            {"score.text.appendix", "Phụ lục: {sheet}!{range} ({found}/{expected} dòng)",
             "Appendix: {sheet}!{range} ({found}/{expected} rows)"},
            {"score.text.estimate",
             "Điểm ước tính trên phần phụ lục quyết định được: {earned} / {known} điểm → chỉ số "
             "{index}",
             "Estimated score over what the appendix decides: {earned} / {known} points → index "
             "{index}"},
            {"score.text.open",
             "Chưa tính: chấm tay {manual} điểm ({manualCount} tiêu chí), thiếu số liệu {pending} "
             "điểm ({pendingCount} tiêu chí); không áp dụng (loại khỏi tối đa) {excluded} điểm; "
             "tổng tối đa {total}",
             "Not scored: by hand {manual} points ({manualCount} criteria), missing data {pending} "
             "points ({pendingCount} criteria); not applicable (left out) {excluded} points; set "
             "maximum {total}"},
            {"score.text.range",
             "Chỉ số nếu phần chưa tính được 0 điểm: {lowest}; nếu đạt tối đa: {highest}",
             "Index if the rest scores 0: {lowest}; if it scores full points: {highest}"},
            {"score.text.field", "{id}. {label}: {earned} / {known} đã tính (tối đa {max})",
             "{id}. {label}: {earned} / {known} scored (max {max})"},
            {"score.text.byHand", "Chấm tay: {list}", "By hand: {list}"},
            {"score.text.selfAssessment", "Bảng tự đánh giá: {sheet}!{range} ({rows} dòng)",
             "Self-assessment: {sheet}!{range} ({rows} rows)"},
            {"score.text.fieldsSum", "Cộng các lĩnh vực: {score} / {max} → chỉ số {index}",
             "Fields add up to: {score} / {max} → index {index}"},
            {"score.html.title", "Điểm chỉ số CCHC ước tính", "Estimated PAR index score"},
            {"score.html.estimateTitle", "Điểm ước tính từ phụ lục",
             "Estimated score from the appendix"},
            {"score.html.estimate",
             "<b>{earned} / {known}</b> điểm đã tính → chỉ số <b>{index}</b>. Chấm tay: {manual}; "
             "thiếu số liệu: {pending}; không áp dụng: {excluded}.",
             "<b>{earned} / {known}</b> points scored → index <b>{index}</b>. By hand: {manual}; "
             "missing data: {pending}; not applicable: {excluded}."},
            {"score.html.criterionColumns",
             "Tiêu chí|Nội dung|Điểm|Tối đa|Mất|Trạng thái|Số liệu|Cách chấm",
             "Criterion|Label|Points|Max|Lost|Status|Data|Scoring"},
            {"score.html.field", "đã tính {known}; chấm tay {manual}; thiếu số liệu {pending}",
             "scored {known}; by hand {manual}; missing {pending}"},
            {"score.html.selfAssessmentTitle", "Bảng tự đánh giá", "Self-assessment sheet"},
            {"score.html.fieldsSum", "cộng các lĩnh vực {score} / {max} → {index}",
             "fields add up to {score} / {max} → {index}"},
            {"score.html.findingColumns", "Dòng|Ô|Mã|Kỳ vọng|Thực tế|Nội dung",
             "Row|Cell|Code|Expected|Actual|Message"},
        }};
    return table;
}

std::string reportWord(Language language, std::string_view key, TextArgs args)
{
    return reportTexts().text(language, key, args);
}

std::vector<std::string> reportColumns(Language language, std::string_view key)
{
    std::vector<std::string> columns;
    const std::string names = reportWord(language, key);
    for (std::size_t start = 0;;)
    {
        const std::size_t bar = names.find('|', start);
        columns.push_back(names.substr(start, bar - start));
        if (bar == std::string::npos)
            return columns;
        start = bar + 1;
    }
}

} // namespace parcalc
