// batch_sheet_texts: {key, vi, en} of the batch result document.
#include "core/reports/batch_sheet_texts.hxx"

namespace parcalc
{

const TextTable& batchSheetTexts()
{
    static const TextTable table{
        "batch-sheets",
        {
            {"sheet.summary", "Tổng hợp", "Summary"},
            {"sheet.findings", "Phát hiện", "Findings"},
            {"header.summary",
             "Tệp|Đơn vị|Kỳ báo cáo|Trạng thái|Lỗi|Cảnh báo|Thông tin|Ghi chú|Đường dẫn",
             "File|Unit|Period|Status|Errors|Warnings|Info|Note|Path"},
            {"header.score", "Chỉ số ước tính|Xếp loại", "Estimated index|Grade"},
            {"header.findings",
             "Tệp|Mã dòng|Ô|Mức độ|Mã phát hiện|Nội dung|Giá trị đúng|Giá trị thực tế",
             "File|Row id|Cell|Severity|Code|Message|Expected|Actual"},
            {"note.table", "biểu ở {sheet}!{range}, {found}/{expected} dòng",
             "table at {sheet}!{range}, {found}/{expected} rows"},
            {"note.unreadable", "không đọc được: {reason}", "cannot be read: {reason}"},
            {"progress.file", "ParCalc đang kiểm tra {index}/{total}: {file} (Esc: dừng)",
             "ParCalc is checking {index}/{total}: {file} (Esc: stop)"},
            {"progress.writing", "ParCalc đang tạo bảng kết quả…",
             "ParCalc is writing the result…"},
            {"refused.title", "ParCalc: không tổng hợp được", "ParCalc: cannot consolidate"},
        }};
    return table;
}

std::string batchSheetText(Language language, std::string_view key, TextArgs args)
{
    return batchSheetTexts().text(language, key, args);
}

std::vector<std::string> batchSheetColumns(Language language, std::string_view key)
{
    std::vector<std::string> columns;
    const std::string all = batchSheetText(language, key);
    std::size_t start = 0;
    for (std::size_t bar = all.find('|');; bar = all.find('|', start))
    {
        columns.push_back(all.substr(start, bar - start));
        if (bar == std::string::npos)
            break;
        start = bar + 1;
    }
    return columns;
}

} // namespace parcalc
