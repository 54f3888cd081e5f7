#include "core/ruleset_book/book_messages.hxx"

namespace parcalc::book
{

const TextTable& bookTexts()
{
    static const TextTable table{
        "ruleset_book",
        {
            {"sheet.missing", "thiếu trang \"{sheet}\"", "the sheet \"{sheet}\" is missing"},
            {"sheet.no-header", "không thấy dòng tiêu đề (ô \"{header}\")",
             "no header row found (a cell \"{header}\")"},
            {"term.unknown", "không có {what} '{typed}'; chọn một trong: {choices}",
             "no {what} '{typed}'; choose one of: {choices}"},
            {"info.unknown-item", "không có mục '{item}'; chọn một trong: {choices}",
             "no item '{item}'; choose one of: {choices}"},
            {"info.bad-year", "năm \"{year}\" phải là số nguyên như 2023",
             "year \"{year}\" must be a whole number like 2023"},
            {"info.bad-grade-bound", "ngưỡng xếp loại phải là số (điểm chỉ số thấp nhất của loại)",
             "a grade band's bound must be a number (the lowest index of the band)"},
            {"rows.extra-check-first", "dòng kiểm tra thêm phải nằm dưới một dòng có mã dòng",
             "an extra check line must sit below a line with a row id"},
            {"rows.kind-missing", "thiếu loại dòng; chọn một trong: {choices}",
             "the row kind is missing; choose one of: {choices}"},
            {"rows.star-checks", "dòng * chỉ nhận khoảng giá trị, số nguyên, không âm, lũy kế",
             "a * line takes only a range, số nguyên, không âm, lũy kế"},
            {"rows.star-needs-kinds", "dòng * cần các loại dòng nó kiểm tra, ví dụ: số lượng; tiền",
             "a * line needs the row kinds it checks, e.g. số lượng; tiền"},
            {"criterion.no-id", "thiếu mã tiêu chí", "the criterion id is missing"},
            {"criterion.duplicate-id", "mã tiêu chí \"{id}\" bị trùng",
             "duplicate criterion id \"{id}\""},
            {"criterion.unknown-parent", "không có tiêu chí \"{parent}\" để làm cấp trên",
             "no criterion \"{parent}\" to be the parent"},
            {"criterion.cycle", "vòng lặp: tiêu chí \"{id}\" lại là cấp trên của chính nó",
             "cycle: criterion \"{id}\" ends up as its own parent"},
            {"criterion.too-deep", "chỉ có ba cấp: lĩnh vực, tiêu chí, tiêu chí thành phần",
             "only three levels: field, criterion, sub-criterion"},
            {"criterion.max-not-number", "điểm tối đa phải là số",
             "the maximum points must be a number"},
            {"criterion.params-without-kind", "có tham số nhưng thiếu loại quy tắc",
             "parameters given but no rule kind"},
            {"check.not-understood",
             "không hiểu điều kiện kiểm tra \"{text}\"; viết theo mẫu: {examples}",
             "check \"{text}\" not understood; write it like: {examples}"},
            {"check.bad-range", "khoảng giá trị \"{text}\" phải viết như 0..100, 0.. hoặc ..100",
             "range \"{text}\" must read like 0..100, 0.. or ..100"},
            {"check.bad-condition",
             "điều kiện \"{text}\" phải viết như: bắt buộc nếu 1.5.1 > 0 hoặc bắt buộc nếu 1.5.1 "
             "có số liệu",
             "condition \"{text}\" must read like: bắt buộc nếu 1.5.1 > 0 or bắt buộc nếu 1.5.1 "
             "có số liệu"},
            {"check.empty", "ô kiểm tra trống", "the check cell is empty"},
            {"check.one-of-needs-values",
             "\"một trong\" cần danh sách giá trị cách nhau bằng dấu ;",
             "\"một trong\" (one of) needs its values separated by ;"},
            {"input.bad-on-time-item", "\"{item}\" phải viết như: đúng hạn = 3.3.1.b",
             "\"{item}\" must read like: đúng hạn = 3.3.1.b"},
            {"input.not-on-time-part",
             "\"{name}\" không phải thành phần của tỷ lệ đúng hạn; chọn: {choices}",
             "\"{name}\" is not part of an on-time rate; use: {choices}"},
            {"input.bad-weight", "hệ số \"{weight}\" không phải là số",
             "weight \"{weight}\" is not a number"},
            {"input.not-a-ref", "\"{ref}\" không phải mã dòng hay mã số liệu nhập tay",
             "\"{ref}\" is not a row id nor a manual input id"},
            {"input.empty-sum", "tổng không có số hạng nào", "the sum has no terms"},
            {"input.unknown-prefix", "không hiểu \"{prefix}:\"; dùng \"tổng:\" hoặc \"đúng hạn:\"",
             "\"{prefix}:\" not understood; use \"tổng:\" or \"đúng hạn:\""},
            {"input.bad-rate", "tỷ lệ \"{text}\" phải viết như: 1.2.2 / 1.2.1",
             "rate \"{text}\" must read like: 1.2.2 / 1.2.1"},
            {"param.bad-item", "tham số \"{item}\" phải viết như: mục tiêu = 1",
             "parameter \"{item}\" must read like: mục tiêu = 1"},
            {"param.not-a-number", "giá trị \"{value}\" của tham số \"{name}\" không phải là số",
             "value \"{value}\" of parameter \"{name}\" is not a number"},
            {"param.unknown", "không có tham số \"{name}\"; chọn một trong: {choices}",
             "no parameter \"{name}\"; use one of: {choices}"},
        }};
    return table;
}

LocalText bookText(std::string_view key, std::initializer_list<LocalArg> args)
{
    return bookTexts().local(key, args);
}

} // namespace parcalc::book
