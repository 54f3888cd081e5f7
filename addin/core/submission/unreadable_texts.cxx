// unreadable_texts: {key, vi, en}; {ext} is the file's extension, {owner} who holds its lock.
#include "core/submission/unreadable_texts.hxx"

namespace parcalc
{

const TextTable& unreadableTexts()
{
    static const TextTable table{
        "unreadable",
        {
            // Seen before the file is opened (file_sniff).
            {"missing", "không tìm thấy tệp", "file not found"},
            {"no-access", "không có quyền đọc tệp (hoặc tệp đang bị khóa)",
             "the file cannot be read (no permission, or locked)"},
            {"empty", "tệp rỗng (0 byte)", "the file is empty (0 bytes)"},
            {"password", "tệp được bảo vệ bằng mật khẩu", "the file is password-protected"},
            {"truncated", "tệp bị hỏng: không đầy đủ, bị cắt cụt (tải về hoặc sao chép chưa xong?)",
             "the file is damaged: incomplete, cut short (an unfinished download or copy?)"},
            {"plain-text",
             "tệp văn bản thường, không phải bảng tính (nội dung không khớp phần mở rộng {ext})",
             "a plain text file, not a spreadsheet (its content does not match its {ext} "
             "extension)"},
            {"not-spreadsheet", "tệp không phải bảng tính (nội dung không khớp phần mở rộng)",
             "not a spreadsheet (its content does not match its extension)"},
            {"locked", "tệp đang được mở và khóa bởi {owner}; số liệu có thể đang thay đổi",
             "the file is open and locked by {owner}; its data may be changing"},
            // LibreOffice could not open or read it.
            {"corrupt", "tệp bị hỏng (LibreOffice đề nghị sửa chữa)",
             "the file is damaged (LibreOffice offered to repair it)"},
            {"timed-out", "mở tệp quá lâu, đã dừng ({detail})", "{detail}"},
            {"office-died", "LibreOffice dừng khi mở hoặc đọc tệp này (tệp có thể bị hỏng)",
             "LibreOffice stopped while opening or reading this file (it may be damaged)"},
            {"office-unavailable",
             "LibreOffice không khởi động lại được sau lỗi ở tệp trước nên chưa đọc tệp này "
             "({detail})",
             "{detail}; this file was not read"},
            {"opened-as-other",
             "tệp không phải bảng tính (LibreOffice mở nó như loại tài liệu khác)",
             "not a spreadsheet (LibreOffice opened it as another kind of document)"},
            {"cannot-open", "LibreOffice không mở được tệp ({detail})", "{detail}"},
            {"read-error", "lỗi khi đọc tệp: {detail}", "error while reading the file: {detail}"},
        }};
    return table;
}

} // namespace parcalc
