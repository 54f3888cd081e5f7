// book_layout: the column headers of each sheet and how a problem names its place.
#include "core/ruleset_book/book_layout.hxx"

namespace parcalc::book
{

const std::vector<Column>& infoColumns()
{
    static const std::vector<Column> columns{
        {"Mục", "Item"},
        {"Giá trị / mã", "Value or id"},
        {"Tiếng Việt", "Vietnamese text"},
        {"Tiếng Anh", "English text"},
        {"Đơn vị", "Unit (manual inputs: số lượng = count, tỷ lệ = rate)"}};
    return columns;
}

const std::vector<Column>& rowsColumns()
{
    static const std::vector<Column> columns{
        {"Mã dòng", "Row id: stable, never reused (\"1.2.1\", \"3.1.4.a\"); * = every row of "
                    "the kinds in Loại"},
        {"STT", "Number as printed in the appendix; empty for unnumbered sub-rows"},
        {"Nội dung", "Label as printed"},
        {"Đơn vị tính", "Unit; for a choice row, the words separated by ;"},
        {"Loại", "Row kind: nhóm = group, số lượng = count, tiền = money, tỷ lệ = ratio, "
                 "phần trăm = percent, có/không = yes/no, lựa chọn = choice, chữ = text"},
        {"Kiểm tra", "Check on this row: = 1.2.2 / 1.2.1 (ratio), <= 1.2.1, 1.4.2 + 1.4.3 <= "
                     "1.4.1 (part <= whole), = a + b (sum), 0..100 (range), một trong: Có; "
                     "Không (one of), bắt buộc nếu 1.5.1 > 0 (required if), số nguyên, không "
                     "âm, lũy kế. More checks: lines below with empty Mã dòng and Nội dung"},
        {"Mức độ", "Severity of the check: lỗi = error, cảnh báo = warning, thông tin = info"},
        {"Lũy kế", "Cumulative (must not decrease from the previous period): the severity, "
                   "empty = not cumulative"},
        {"Cách viết khác", "Other accepted wordings of the label, separated by ;"}};
    return columns;
}

const std::vector<Column>& criteriaColumns()
{
    static const std::vector<Column> columns{
        {"Mã tiêu chí", "Criterion id, unique (\"1\", \"1.3\", \"1.3.1\")"},
        {"Thuộc", "Parent id; empty for a field (lĩnh vực)"},
        {"Nội dung", "Label in Vietnamese"},
        {"Nội dung (tiếng Anh)", "Label in English"},
        {"Điểm tối đa", "Maximum points; a parent's maximum is the sum of its children's"},
        {"Loại quy tắc", "Rule kind (leaves only): theo mức = bands, tỷ lệ thuận = "
                         "proportional, tuyến tính = linear, ngưỡng = threshold, trừ điểm = "
                         "deduction, đạt tỷ lệ = rate-target, chấm tay = manual"},
        {"Tham số", "Rule parameters: theo mức 0.95: 2; 0.8: 1 | tỷ lệ thuận mục tiêu = 1; "
                    "tối đa = 2 | tuyến tính hệ số = 0.5 | ngưỡng ít nhất = 0.3 (or nhiều nhất) "
                    "| trừ điểm mỗi trường hợp = 0.5; sàn = 0 | đạt tỷ lệ ít nhất = 0.95; mỗi "
                    "điểm % = 0.2. Rates as fractions (95 % = 0.95)"},
        {"Đầu vào", "Input: 1.6 (a value), 1.2.2 / 1.2.1 (a rate), 5.4.1 + 0.5*5.4.3 or tổng: "
                    "1.4.4 (a sum), đúng hạn: đúng hạn = 3.3.1.b; đã giải quyết = 3.3.1.a (on-"
                    "time rate); ids of rows or of manual inputs (Thông tin)"},
        {"Tên giá trị", "How explanations name the value, Vietnamese"},
        {"Tên giá trị (tiếng Anh)", "How explanations name the value, English"},
        {"Khi không áp dụng", "Not applicable (0/0, KPS): loại khỏi điểm tối đa = exclude "
                              "(default), đủ điểm = full points"},
        {"Cần kiểm chứng", "Needs evidence: có = a self-assessment scoring this item (or "
                           "anything below it) above 0 must name its tài liệu kiểm chứng"},
        {"Ghi chú", "Comment"}};
    return columns;
}

std::string BookProblem::where() const
{
    if (cell.empty())
        return sheet;
    return sheet + "!" + cell;
}

std::string BookProblem::describeVi() const
{
    const std::string at = where();
    return at.empty() ? vi : at + ": " + vi;
}

std::string BookProblem::describe() const
{
    const std::string at = where();
    return at.empty() ? en : at + ": " + en;
}

} // namespace parcalc::book
