// finding_messages: the findings' text table and template filling.
#include "core/findings/finding_messages.hxx"

namespace parcalc
{
namespace
{

// "Dòng 1.3.4 (ô D16)" / "Row 1.3.4 (cell D16)"; only the parts known.
std::string where(const Finding& f, Language language)
{
    const bool vi = language == Language::Vi;
    std::string out;
    if (!f.row.empty())
        out = (vi ? "Dòng " : "Row ") + f.row;
    else
        out = vi ? "Dòng không số thứ tự" : "Unnumbered row";
    if (!f.cell.empty())
        out += (vi ? " (ô " : " (cell ") + f.cell + ")";
    return out;
}

// A finding's text for one language: the body (what is wrong) and the whole message
// (where it is, then the body, when the template starts with "{where}: ").
struct Text
{
    std::string message;
    std::string body;
};

Text fill(const Finding& f, Language language)
{
    std::string key(findingCodeName(f.code));
    if (!f.variant.empty())
        key += "." + f.variant;
    std::string_view tmpl = findingTemplate(key, language);
    if (tmpl.empty())
        tmpl = findingTemplate(findingCodeName(f.code), language);
    constexpr std::string_view kWherePrefix = "{where}: ";
    const bool located = tmpl.substr(0, kWherePrefix.size()) == kWherePrefix;
    std::string text(located ? tmpl.substr(kWherePrefix.size()) : tmpl);
    const std::string place = where(f, language);
    text = fillText(text, {{"where", place},
                           {"row", f.row},
                           {"cell", f.cell},
                           {"expected", f.expected},
                           {"actual", f.actual},
                           {"ref", f.ref},
                           {"detail", f.detail}});
    if (!f.stored.empty())
        text += (language == Language::Vi ? " Giá trị lưu trong ô: " : " The cell stores ") +
                f.stored + ".";
    if (!located)
        return {text, text};
    return {where(f, language) + ": " + text, text};
}

} // namespace

const TextTable& findingTexts()
{
    static const TextTable table{
        "findings",
        {
            {"table-not-found",
             "Không tìm thấy bảng phụ lục (dòng tiêu đề STT / Chỉ tiêu thống kê / Số liệu) trong "
             "{detail}.",
             "No appendix table (header STT / Chỉ tiêu thống kê / Số liệu) found in {detail}."},
            {"table-not-found.self-assessment",
             "Tệp này là bảng tự đánh giá điểm ({detail}), không phải biểu thống kê; kiểm tra bảng "
             "điểm bằng lệnh \"parcalc score\".",
             "This file is a self-assessment score sheet ({detail}), not a statistics appendix; "
             "check it with \"parcalc score\"."},
            {"table-not-found.ruleset-book",
             "Tệp này là bảng tính bộ quy tắc (trang {detail}), không phải biểu thống kê; dựng bộ "
             "quy tắc từ nó bằng lệnh \"parcalc ruleset build\".",
             "This file is a rule-set workbook (sheets {detail}), not a statistics appendix; "
             "build the rule set from it with \"parcalc ruleset build\"."},
            {"missing-row", "{where}: thiếu dòng \"{detail}\".",
             "{where}: the row \"{detail}\" is missing."},
            {"missing-row.other-sheet",
             "{where}: thiếu dòng \"{detail}\" trong bảng này; dòng đó nằm ở trang tính khác "
             "({ref}): bảng bị tách ra nhiều trang tính?",
             "{where}: the row \"{detail}\" is missing from this table; it is on another sheet "
             "({ref}): is the table split over sheets?"},
            {"duplicate-row", "{where}: dòng {row} lặp lại (đã có ở ô {ref}).",
             "{where}: row {row} appears again (already at cell {ref})."},
            {"unexpected-row", "{where}: dòng \"{detail}\" không có trong mẫu biểu.",
             "{where}: the row \"{detail}\" is not in the template."},
            {"label-mismatch",
             "{where}: nội dung \"{actual}\" không khớp chỉ tiêu \"{expected}\" của mẫu biểu.",
             "{where}: the text \"{actual}\" does not match the template's indicator "
             "\"{expected}\"."},
            {"empty-value", "{where}: chưa nhập số liệu.", "{where}: no value entered."},
            {"empty-value.computed", "{where}: chưa nhập số liệu; tính từ {ref} được {expected}.",
             "{where}: no value entered; {ref} gives {expected}."},
            {"empty-value.required", "{where}: cần nhập số liệu vì {ref}.",
             "{where}: a value is required because {ref}."},
            {"empty-value.table", "Bảng phụ lục {detail} chưa nhập số liệu nào (mẫu trống).",
             "The appendix table {detail} holds no figures yet (a blank template)."},
            {"not-a-number", "{where}: \"{actual}\" không phải là số.",
             "{where}: \"{actual}\" is not a number."},
            {"not-a-number.error", "{where}: ô bị lỗi công thức ({actual}).",
             "{where}: the cell holds a formula error ({actual})."},
            {"number-as-text",
             "{where}: số \"{actual}\" được lưu dạng văn bản (đọc là {expected}).",
             "{where}: the number \"{actual}\" is stored as text (read as {expected})."},
            {"number-as-text.text-format",
             "{where}: ô định dạng Văn bản (@) chứa số \"{actual}\" (đọc là {expected}); nên đổi "
             "sang định dạng số.",
             "{where}: the cell is formatted as Text (@) and holds the number \"{actual}\" (read "
             "as {expected}); format it as a number."},
            {"negative", "{where}: số liệu âm ({actual}).", "{where}: negative value ({actual})."},
            {"not-integer", "{where}: phải là số nguyên, đang ghi {actual}.",
             "{where}: must be a whole number, found {actual}."},
            {"percent-out-of-range", "{where}: tỷ lệ {actual} nằm ngoài khoảng {expected}.",
             "{where}: the rate {actual} is outside {expected}."},
            {"out-of-range", "{where}: giá trị {actual} nằm ngoài khoảng {expected}.",
             "{where}: the value {actual} is outside {expected}."},
            {"not-in-list", "{where}: \"{actual}\" không thuộc các giá trị {expected}.",
             "{where}: \"{actual}\" is not one of {expected}."},
            {"part-exceeds-whole", "{where}: {ref} = {actual}, lớn hơn dòng {detail} ({expected}).",
             "{where}: {ref} = {actual} exceeds row {detail} ({expected})."},
            {"sum-mismatch", "{where}: ghi {actual} nhưng tổng {ref} = {expected}.",
             "{where}: reports {actual} but {ref} = {expected}."},
            {"sum-mismatch.parts",
             "{where}: tổng {ref} = {actual}, khác dòng {detail} = {expected}.",
             "{where}: {ref} = {actual}, but row {detail} = {expected}."},
            {"ratio-mismatch", "{where}: tỷ lệ ghi {actual} nhưng {ref} = {expected}.",
             "{where}: reports {actual} but {ref} = {expected}."},
            {"zero-denominator",
             "{where}: ghi tỷ lệ {actual} nhưng tỷ lệ {ref} có mẫu số bằng 0 (0/0 là không phát "
             "sinh, không phải 0 %); để trống hoặc ghi \"Không phát sinh\".",
             "{where}: a rate of {actual} is reported but the ratio {ref} has a denominator of 0 "
             "(0/0 means no cases, not 0 %); leave it blank or write \"Không phát sinh\"."},
            {"cumulative-decrease",
             "{where}: số liệu lũy kế giảm so với kỳ trước: ghi {actual}, cần {expected}.",
             "{where}: the cumulative value decreased from the previous period: {actual} reported, "
             "{expected} expected."},
            {"score-above-max", "{where}: điểm tự đánh giá {actual} vượt điểm tối đa {expected}.",
             "{where}: the self-assessed score {actual} exceeds the maximum {expected}."},
            {"score-sum-mismatch",
             "{where}: ghi {actual} điểm nhưng cộng các tiêu chí thành phần {ref} được {expected}.",
             "{where}: reports {actual} points but its sub-criteria {ref} add up to {expected}."},
            {"score-sum-mismatch.total",
             "{where}: tổng điểm ghi {actual} nhưng cộng các lĩnh vực {ref} được {expected}.",
             "{where}: the total reports {actual} points but the fields {ref} add up to "
             "{expected}."},
            {"max-sum-mismatch",
             "{where}: điểm tối đa ghi {actual} nhưng cộng điểm tối đa các tiêu chí thành phần "
             "{ref} được {expected}.",
             "{where}: the maximum reports {actual} but its sub-criteria's maxima {ref} add up to "
             "{expected}."},
            {"max-sum-mismatch.total",
             "{where}: tổng điểm tối đa ghi {actual} nhưng cộng các lĩnh vực {ref} được "
             "{expected}.",
             "{where}: the total maximum reports {actual} but the fields' maxima {ref} add up to "
             "{expected}."},
            {"score-index-mismatch", "{where}: chỉ số ghi {actual} nhưng {ref} = {expected}.",
             "{where}: the index reports {actual} but {ref} = {expected}."},
            {"second-table",
             "Trang tính còn một bảng phụ lục thứ hai (dòng tiêu đề tại ô {cell}); bảng đó không "
             "được kiểm tra và không gộp vào bảng {detail}. Mỗi tệp chỉ nên có một bảng phụ lục.",
             "The sheet holds a second appendix table (header at cell {cell}); it is not checked "
             "and not merged into the table {detail}. Send one appendix table per file."},
            {"not-reported", "{where}: chưa có số liệu, ô ghi \"{actual}\".",
             "{where}: no number given; the cell says \"{actual}\"."},
            {"not-reported.note", "{where}: chưa có số liệu; Ghi chú ghi \"{actual}\".",
             "{where}: no number given; the note says \"{actual}\"."},
            {"nothing-to-report",
             "{where}: ô ghi \"{actual}\": không có số liệu để báo cáo trong kỳ (không tính là 0).",
             "{where}: the cell says \"{actual}\": nothing to report for the period (not counted "
             "as 0)."},
            {"nothing-to-report.note",
             "{where}: để trống, Ghi chú ghi \"{actual}\": không có số liệu để báo cáo trong kỳ "
             "(không tính là 0).",
             "{where}: left blank, the note says \"{actual}\": nothing to report for the period "
             "(not counted as 0)."},
            {"date-value",
             "{where}: ô định dạng ngày tháng ({actual}), không phải số liệu; đổi định dạng ô về "
             "số.",
             "{where}: the cell is formatted as a date ({actual}), not a figure; format it as a "
             "number."},
            {"evidence-missing",
             "{where}: tự chấm {actual} điểm nhưng chưa ghi tài liệu kiểm chứng; bộ tiêu chí yêu "
             "cầu tài liệu kiểm chứng cho tiêu chí này.",
             "{where}: scored {actual} points but no evidence (tài liệu kiểm chứng) is named; the "
             "criteria set requires evidence for this criterion."},
            {"evidence-file-not-found",
             "{where}: không thấy tệp kiểm chứng \"{actual}\" trong thư mục của bảng tự đánh giá; "
             "gửi kèm tệp đó hoặc sửa lại tên.",
             "{where}: the evidence file \"{actual}\" is not in the self-assessment sheet's "
             "folder; send it along or correct its name."},
        }};
    return table;
}

std::string_view findingTemplate(std::string_view key, Language language)
{
    const TextEntry* entry = findingTexts().find(key);
    return entry ? entry->in(language) : std::string_view();
}

void fillMessages(Finding& finding)
{
    Text vi = fill(finding, Language::Vi);
    Text en = fill(finding, Language::En);
    finding.message = std::move(vi.message);
    finding.body = std::move(vi.body);
    finding.messageEn = std::move(en.message);
    finding.bodyEn = std::move(en.body);
}

} // namespace parcalc
