// consolidation_texts: {key, vi, en}; {reason} is the reader's own, {file} the file kept.
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
        }};
    return table;
}

std::string consolidationText(std::string_view key, Language language, TextArgs args)
{
    return consolidationTexts().text(language, key, args);
}

} // namespace parcalc
