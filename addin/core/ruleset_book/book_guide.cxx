// book_guide: the Hướng dẫn sheet, plain Vietnamese (English in the notes of the header),
// one worked example per check kind and per scoring rule kind. Its examples are the
// grammar of check_text and rule_text; book_guide_test reads each one back.
#include "core/ruleset_book/book_layout.hxx"
#include "core/ruleset_book/book_writer.hxx"

namespace parcalc::book
{

namespace
{

struct GuideLine
{
    const char* topic;   // A: what the line is about
    const char* example; // B: what to write ("" for a plain sentence)
    const char* meaning; // C: what it means
};

constexpr GuideLine kGuide[] = {
    {"Cách dùng", "",
     "Sửa các trang Thông tin, Biểu thống kê, Tiêu chí rồi chạy: parcalc ruleset build "
     "tep.ods -o tinh.json. Mỗi lỗi chỉ rõ trang và ô cần sửa."},
    {"Thông tin", "",
     "Mã bộ quy tắc (chữ thường, số, dấu . _ -), phiên bản, tỉnh, cấp (huyện/xã), năm áp dụng "
     "(2023; 2024), tên tiếng Việt và tiếng Anh, mỗi loại xếp loại một dòng (điểm thấp nhất, "
     "tên), mỗi số liệu nhập tay một dòng (mã, tên, đơn vị)."},
    {"Biểu thống kê", "",
     "Mỗi dòng của phụ lục một dòng: mã dòng (không đổi qua các năm), STT, nội dung, đơn vị "
     "tính, loại. Kiểm tra viết vào cột Kiểm tra; thêm kiểm tra cho cùng dòng ở dòng ngay dưới, "
     "để trống Mã dòng và Nội dung."},
    {"Kiểm tra: tỷ lệ", "= 1.2.2 / 1.2.1", "dòng này bằng 1.2.2 chia 1.2.1, tính theo phần trăm"},
    {"Kiểm tra: phần không vượt tổng", "<= 1.2.1", "dòng này không lớn hơn dòng 1.2.1"},
    {"Kiểm tra: các phần không vượt tổng", "1.4.2 + 1.4.3 + 1.4.4 <= 1.4.1",
     "tổng ba dòng không lớn hơn dòng 1.4.1"},
    {"Kiểm tra: tổng bằng", "= 3.1.4.a + 3.1.4.b",
     "dòng này bằng tổng hai dòng; thêm (đủ các phần) để chỉ kiểm tra khi đủ số liệu"},
    {"Kiểm tra: tổng bằng một dòng khác", "6.2.1 + 6.2.2 = 4.3",
     "báo trên dòng này khi tổng hai dòng khác dòng 4.3"},
    {"Kiểm tra: khoảng giá trị", "0..100", "từ 0 đến 100 (viết 0.. hoặc ..100 cho một phía)"},
    {"Kiểm tra: một trong", "một trong: Trực tuyến; Phát phiếu; Kết hợp",
     "chỉ nhận các từ này (không phân biệt dấu, hoa thường)"},
    {"Kiểm tra: bắt buộc nếu", "bắt buộc nếu 1.5.1 > 0",
     "phải điền khi dòng 1.5.1 lớn hơn 0; hoặc: bắt buộc nếu 1.5.1 có số liệu"},
    {"Kiểm tra: số nguyên, không âm", "số nguyên",
     "trên dòng * với Loại \"số lượng\": mọi dòng số lượng phải là số nguyên; tương tự: không âm"},
    {"Kiểm tra: lũy kế", "cảnh báo (cột Lũy kế)",
     "số lũy kế không được nhỏ hơn kỳ trước; cột Lũy kế ghi mức độ khi bị giảm"},
    {"Mức độ", "lỗi / cảnh báo / thông tin", "để trống là lỗi"},
    {"Tiêu chí", "",
     "Mỗi lĩnh vực, tiêu chí, tiêu chí thành phần một dòng; cột Thuộc ghi mã cấp trên (trống "
     "với lĩnh vực). Điểm tối đa của cấp trên bằng tổng các cấp dưới. Chỉ dòng không có cấp "
     "dưới mới có loại quy tắc."},
    {"Quy tắc: theo mức", "0.95: 2; 0.8: 1",
     "đạt từ 95 % được 2 điểm, từ 80 % được 1 điểm, dưới đó 0"},
    {"Quy tắc: tỷ lệ thuận", "mục tiêu = 1; tối đa = 2",
     "điểm tối đa × giá trị / mục tiêu, không quá 2"},
    {"Quy tắc: tuyến tính", "hệ số = 0.5", "0,5 điểm cho mỗi đơn vị, không quá điểm tối đa"},
    {"Quy tắc: ngưỡng", "ít nhất = 0.3",
     "đủ điểm khi đạt từ 30 %, dưới đó 0 (hoặc nhiều nhất = …)"},
    {"Quy tắc: trừ điểm", "mỗi trường hợp = 0.5; sàn = 0",
     "trừ 0,5 điểm mỗi trường hợp, không dưới 0"},
    {"Quy tắc: đạt tỷ lệ", "ít nhất = 0.95; mỗi điểm % = 0.2",
     "đạt 95 % được đủ điểm; thiếu mỗi điểm phần trăm trừ 0,2"},
    {"Quy tắc: chấm tay", "", "người chấm nhập điểm; không cần đầu vào"},
    {"Đầu vào", "1.2.2 / 1.2.1",
     "một tỷ lệ; hoặc 1.6 (một giá trị), 5.4.1 + 0.5*5.4.3 (tổng có hệ số), tổng: 1.4.4, "
     "đúng hạn: đúng hạn = 3.3.1.b; đã giải quyết = 3.3.1.a. Mã là mã dòng hoặc mã số liệu "
     "nhập tay."},
    {"Khi không áp dụng", "loại khỏi điểm tối đa / đủ điểm",
     "khi không phát sinh (0/0, KPS): bỏ tiêu chí khỏi điểm tối đa, hoặc cho đủ điểm"},
    {"Cần kiểm chứng", "có",
     "bảng tự đánh giá chấm tiêu chí này (hoặc tiêu chí thành phần của nó) trên 0 điểm phải "
     "ghi tài liệu kiểm chứng; ghi ở lĩnh vực là áp dụng cho mọi tiêu chí trong lĩnh vực"},
};

} // namespace

BookSheet guideSheet()
{
    BookSheet sheet;
    sheet.grid.setSheetName(std::string(kGuideSheet));
    sheet.grid.set(0, 0, Cell::makeText("Nội dung"));
    sheet.grid.set(0, 1, Cell::makeText("Viết như"));
    sheet.grid.set(0, 2, Cell::makeText("Nghĩa là"));
    sheet.headerNotes = {"Topic", "Write it like this", "What it means"};
    std::size_t r = 1;
    for (const GuideLine& line : kGuide)
    {
        sheet.grid.set(r, 0, Cell::makeText(line.topic));
        if (*line.example)
            sheet.grid.set(r, 1, Cell::makeText(line.example));
        sheet.grid.set(r, 2, Cell::makeText(line.meaning));
        ++r;
    }
    sheet.textColumns = {1};
    return sheet;
}

} // namespace parcalc::book
