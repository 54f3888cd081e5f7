#include "core/ruleset/ruleset_messages.hxx"

namespace parcalc
{

const TextTable& ruleSetTexts()
{
    static const TextTable table{
        "rule-set messages",
        {
            {"check.unknown-kind", "loại kiểm tra không hợp lệ \"{kind}\" ({kinds})",
             "unknown check kind \"{kind}\" ({kinds})"},
            {"check.severity", "mức độ phải là \"error\", \"warning\" hoặc \"info\"",
             "severity must be \"error\", \"warning\" or \"info\""},
            {"row.unknown-id", "mã dòng \"{id}\" không có trong \"rows\"",
             "row id \"{id}\" is not in \"rows\""},
            {"row.not-numeric", "dòng \"{id}\" ({kind}) không chứa số liệu",
             "row \"{id}\" ({kind}) holds no number"},
            {"list.empty", "danh sách không được để trống", "the list must not be empty"},
            {"check.one-target", "cần đúng một trong \"row\", \"rows\", \"row_kinds\"",
             "needs exactly one of \"row\", \"rows\", \"row_kinds\""},
            {"check.row-kind-not-usable", "loại dòng không dùng được ở đây \"{kind}\"",
             "row kind not usable here \"{kind}\""},
            {"range.needs-bound", "cần \"min\" hoặc \"max\"", "needs \"min\" or \"max\""},
            {"range.min-above-max", "\"min\" lớn hơn \"max\"", "\"min\" is above \"max\""},
            {"field.missing", "thiếu trường bắt buộc \"{field}\"",
             "missing required field \"{field}\""},
            {"field.unknown", "trường không được phép \"{field}\" (viết sai tên?)",
             "unknown field \"{field}\" (misspelt?)"},
            {"required-if.op", "phép so sánh phải là >, >=, =, !=, <, <= hoặc present",
             "op must be >, >=, =, !=, <, <= or present"},
            {"sum.cycle", "các phép cộng tạo thành vòng lặp qua dòng \"{id}\"",
             "sum checks form a cycle through row \"{id}\""},
            {"rows.empty", "bộ quy tắc phải có ít nhất một dòng",
             "a rule set needs at least one row"},
            {"row.empty-id", "mã dòng không được để trống", "row id must not be empty"},
            {"row.duplicate-id", "mã dòng \"{id}\" bị trùng", "duplicate row id \"{id}\""},
            {"row.unknown-kind",
             "loại dòng không hợp lệ \"{kind}\" (group, count, money, ratio, percent, yesno, "
             "choice, text)",
             "unknown row kind \"{kind}\" (group, count, money, ratio, percent, yesno, choice, "
             "text)"},
            {"row.unknown-aggregate", "cách tổng hợp không hợp lệ \"{aggregate}\" ({names})",
             "unknown aggregate \"{aggregate}\" ({names})"},
            {"grades.order", "các mức xếp loại phải theo thứ tự giảm dần",
             "grade bands must be listed from the highest down"},
            {"format.unsupported", "định dạng {format} không được hỗ trợ (chỉ đọc {supported})",
             "format {format} is not supported (reads {supported})"},
            {"level.choice", "cấp phải là \"huyen\" hoặc \"xa\"",
             "level must be \"huyen\" or \"xa\""},
            {"years.integer", "phải là một số nguyên (năm)", "must be an integer (a year)"},
            {"json.too-deep", "JSON lồng quá sâu (quá {limit} cấp) tại dòng:cột {where}",
             "JSON nested too deeply (over {limit} levels) at line:column {where}"},
            {"json.syntax", "lỗi cú pháp JSON tại dòng:cột {where}",
             "JSON syntax error at line:column {where}"},
            {"json.number-too-large", "số quá lớn trong JSON (vượt quá giới hạn số thực)",
             "a number in the JSON is too large (out of the double range)"},
            {"type.object", "phải là một đối tượng {...}", "must be an object {...}"},
            {"type.array", "phải là một mảng [...]", "must be an array [...]"},
            {"type.string", "phải là một chuỗi", "must be a string"},
            {"type.number", "phải là một số", "must be a number"},
            {"type.integer", "phải là một số nguyên", "must be an integer"},
            {"type.boolean", "phải là true hoặc false", "must be true or false"},
            {"input.unknown-ref",
             "\"{id}\" không phải mã dòng trong \"rows\" hay dữ liệu nhập tay trong "
             "\"manual_inputs\"",
             "\"{id}\" is neither a row id in \"rows\" nor a manual input in \"manual_inputs\""},
            {"input.not-numeric", "dòng \"{id}\" ({kind}) không chứa số liệu để chấm điểm",
             "row \"{id}\" ({kind}) holds no number to score"},
            {"input.one-kind", "cần đúng một trong \"value\", \"rate\", \"on_time_rate\", \"sum\"",
             "needs exactly one of \"value\", \"rate\", \"on_time_rate\", \"sum\""},
            {"input.weights-sum-only", "\"weights\" chỉ dùng với \"sum\"",
             "\"weights\" goes with \"sum\" only"},
            {"input.convention", "cách tính phải là \"resolved\", \"received\" hoặc \"due\"",
             "convention must be \"resolved\", \"received\" or \"due\""},
            {"input.base-needed", "cách tính received/due cần \"base\" (mẫu số)",
             "the received/due conventions need \"base\" (the denominator)"},
            {"input.resolved-extras",
             "cách tính resolved không dùng \"base\", \"late_in_progress\"",
             "the resolved convention uses no \"base\", \"late_in_progress\""},
            {"input.late-received-only", "chỉ cách tính received dùng \"late_in_progress\"",
             "only the received convention uses \"late_in_progress\""},
            {"weights.non-negative", "phải là một số không âm", "must be a number >= 0"},
            {"weights.count", "số trọng số phải bằng số phần tử của \"sum\"",
             "needs as many weights as \"sum\" has terms"},
            {"points.above-max", "số điểm {points} vượt điểm tối đa {max} của tiêu chí",
             "points {points} exceed the criterion's max {max}"},
            {"scoring.no-fields", "phần chấm điểm phải có ít nhất một lĩnh vực",
             "scoring needs at least one field"},
            {"manual.unit", "đơn vị phải là \"count\" hoặc \"rate\"",
             "unit must be \"count\" or \"rate\""},
            {"manual.name",
             "tên dữ liệu nhập tay \"{id}\" phải bắt đầu bằng chữ thường, chỉ gồm a-z, 0-9, _ (để "
             "không trùng mã dòng phụ lục)",
             "manual input name \"{id}\" must start with a lower-case letter and hold only a-z, "
             "0-9, _ (so it never looks like an appendix row id)"},
            {"manual.duplicate", "dữ liệu nhập tay \"{id}\" bị trùng",
             "duplicate manual input \"{id}\""},
            {"criterion.empty-id", "mã tiêu chí không được để trống",
             "criterion id must not be empty"},
            {"criterion.duplicate-id", "mã tiêu chí \"{id}\" bị trùng",
             "duplicate criterion id \"{id}\""},
            {"criterion.parent-member",
             "tiêu chí có tiêu chí thành phần thì không có \"{field}\" riêng (điểm là tổng các "
             "thành phần)",
             "a criterion with sub-criteria has no \"{field}\" of its own (its points are the sum "
             "of its parts)"},
            {"criterion.max-sum", "điểm tối đa {max} khác tổng điểm tối đa các thành phần {sum}",
             "max {max} differs from the sum of its parts' maxima {sum}"},
            {"criterion.not-applicable",
             "phải là \"exclude\" (loại khỏi điểm tối đa) hoặc \"full\" (đạt đủ điểm)",
             "must be \"exclude\" (left out of the maximum) or \"full\" (full points)"},
            {"criterion.manual-input",
             "tiêu chí chấm tay không có \"input\" (người chấm nhập điểm)",
             "a manual criterion has no \"input\" (a person types the points)"},
            {"criterion.rate-target-input",
             "quy tắc rate-target cần một tỷ lệ: \"rate\", \"on_time_rate\", một dòng tỷ lệ "
             "(ratio, percent) hoặc dữ liệu nhập tay có \"unit\": \"rate\"",
             "a rate-target rule needs a rate: \"rate\", \"on_time_rate\", a ratio or percent row, "
             "or a manual input with \"unit\": \"rate\""},
            {"bands.empty", "cần ít nhất một khung điểm", "needs at least one band"},
            {"bands.duplicate-min", "mức dưới này đã có ở khung khác",
             "this lower bound is given twice"},
            {"amount.positive", "phải là số dương", "must be positive"},
            {"amount.non-negative", "không được âm", "must not be negative"},
            {"rule.unknown-kind", "loại quy tắc chấm điểm không hợp lệ \"{kind}\" ({kinds})",
             "unknown scoring rule kind \"{kind}\" ({kinds})"},
            {"rule.one-bound", "cần đúng một trong \"at_least\", \"at_most\"",
             "needs exactly one of \"at_least\", \"at_most\""},
            {"rule.rate-fraction", "mức tỷ lệ viết dạng phân số: 95 % là 0.95",
             "a rate level is a fraction: 95 % is 0.95"},
            {"file.cannot-open", "không mở được tệp bộ quy tắc", "cannot open the rule-set file"},
            {"file.empty", "tệp bộ quy tắc rỗng (0 byte)", "the rule-set file is empty (0 bytes)"},
            {"file.too-large", "tệp bộ quy tắc quá lớn ({mb} MB; tối đa {limit} MB)",
             "the rule-set file is too large ({mb} MB; at most {limit} MB)"},
            {"scoring.none",
             "bộ quy tắc \"{id}\" không có tiêu chí chấm điểm (\"scoring\"); hãy dùng bộ có "
             "\"scoring\", ví dụ example-huyen-diem",
             "rule set \"{id}\" has no scoring criteria (\"scoring\"); use one that has, e.g. "
             "example-huyen-diem"},
            {"grades.invalid", "các mức xếp loại không hợp lệ ({why})",
             "invalid grade bands ({why})"},
            {"catalog.unknown",
             "không có tệp hay bộ quy tắc nào tên \"{choice}\"; các bộ có sẵn: {known}",
             "no file or bundled rule set named \"{choice}\"; bundled: {known}"},
        }};
    return table;
}

RuleSetError ruleSetError(std::string file, std::string path, std::string_view key, TextArgs args)
{
    const TextTable& table = ruleSetTexts();
    return RuleSetError{std::move(file), std::move(path), table.text(Language::Vi, key, args),
                        table.text(Language::En, key, args)};
}

} // namespace parcalc
