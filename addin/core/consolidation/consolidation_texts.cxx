// consolidation_texts: {key, vi, en}; {reason} is the reader's own, {file} the file kept.
// "sheet-*", "col-*", "note-*", "status-*": the output workbook's sheets in one language.
#include "core/consolidation/consolidation_texts.hxx"

namespace parcalc
{

const TextTable& consolidationTexts()
{
    static const TextTable table{
        "consolidation",
        {
            {"left-out-unreadable", "không đọc được tệp: {reason}",
             "the file cannot be read: {reason}"},
            {"left-out-not-appendix", "không tìm thấy biểu thống kê số liệu trong tệp",
             "no statistics appendix table in the file"},
            {"left-out-self-assessment",
             "tệp là bảng tự đánh giá chấm điểm, không phải biểu thống kê số liệu",
             "a self-assessment score sheet, not a statistics appendix"},
            {"left-out-invalid", "biểu có lỗi, bỏ qua theo --exclude-invalid",
             "the appendix has errors, left out by --exclude-invalid"},
            {"left-out-duplicate", "trùng đơn vị và kỳ báo cáo với tệp mới hơn {file}",
             "the same unit and period as the newer file {file}"},
            {"mixed-periods",
             "các tệp thuộc các kỳ báo cáo khác nhau ({periods}): {files}. Chỉ tổng hợp các tệp "
             "cùng kỳ, hoặc dùng --allow-mixed-periods",
             "the files are of different periods ({periods}): {files}. Consolidate files of one "
             "period, or use --allow-mixed-periods"},
            // The output workbook (consolidation_sheets).
            {"sheet-summary", "Tổng hợp", "Summary"},
            {"sheet-by-unit", "Theo đơn vị", "By unit"},
            {"sheet-findings", "Phát hiện", "Findings"},
            {"sheet-sources", "Nguồn", "Sources"},
            {"summary-from", "Tổng hợp từ {count} đơn vị (xem trang {sheet})",
             "Consolidated from {count} units (see the {sheet} sheet)"},
            {"note-yes-count", "{yes}/{answered} đơn vị trả lời Có",
             "{yes}/{answered} units answered Yes (Có)"},
            {"note-spread",
             "Không cộng (không có số liệu thành phần): thấp nhất {min}, trung vị {median}, cao "
             "nhất {max}",
             "Not summed (no parts in the table): lowest {min}, median {median}, highest {max}"},
            {"note-missing", "Thiếu số liệu: {units}", "No figures from: {units}"},
            {"col-stt", "STT", "No."},
            {"col-indicator", "Chỉ tiêu thống kê", "Indicator"},
            {"col-measure", "Đơn vị tính", "Unit of measure"},
            {"col-total", "Tổng hợp", "Total"},
            {"col-unit", "Đơn vị", "Unit"},
            {"col-file", "Tệp", "File"},
            {"col-severity", "Mức độ", "Severity"},
            {"col-code", "Mã", "Code"},
            {"col-row", "Dòng", "Row"},
            {"col-cell", "Ô", "Cell"},
            {"col-message", "Nội dung", "Message"},
            {"col-period", "Kỳ báo cáo", "Period"},
            {"col-status", "Trạng thái", "Status"},
            {"col-used", "Tổng hợp", "Used"},
            {"col-why-left-out", "Lý do bỏ qua", "Why left out"},
            {"yes", "Có", "Yes"},
            {"no", "Không", "No"},
            {"not-arising", "Không phát sinh", "No cases (0/0)"},
            {"status-valid", "hợp lệ", "valid"},
            {"status-invalid", "có lỗi", "has errors"},
            {"status-self-assessment", "bảng tự đánh giá", "self-assessment sheet"},
            {"status-not-appendix", "không phải biểu số liệu", "not an appendix"},
            {"status-unreadable", "không đọc được", "unreadable"},
        }};
    return table;
}

std::string consolidationText(std::string_view key, Language language, TextArgs args)
{
    return consolidationTexts().text(language, key, args);
}

} // namespace parcalc
