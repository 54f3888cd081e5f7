#include "core/scoring_kinds/scoring_texts.hxx"

namespace parcalc
{

const TextTable& scoringTexts()
{
    static const TextTable table{
        "scoring",
        {
            {"bands.reached", "{name} {value} ≥ {bound} (khung {points} điểm)",
             "{name} {value} ≥ {bound} (band worth {points})"},
            {"bands.below", "{name} {value} < {bound} (dưới mọi khung)",
             "{name} {value} < {bound} (below every band)"},
            {"bands.summary", "theo khung: {list}", "bands: {list}"},
            {"cap", ", tối đa {points}", ", at most {points}"},
            {"proportional.reason", "{name} {value} / mục tiêu {target} × {max} = {raw}{cap}",
             "{name} {value} / target {target} × {max} = {raw}{cap}"},
            {"proportional.summary", "tỷ lệ thuận, mục tiêu {target}",
             "proportional, target {target}"},
            {"linear.reason", "{name} {value} × {slope} = {raw}{cap}",
             "{name} {value} × {slope} = {raw}{cap}"},
            {"linear.summary", "tuyến tính × {slope}, tối đa {cap}",
             "linear × {slope}, at most {cap}"},
            {"threshold.reason", "{name} {value}{op}{bound}", "{name} {value}{op}{bound}"},
            {"threshold.summary", "đạt hoặc không: {bound}", "all or nothing: {bound}"},
            {"rate-target.gap", " (lệch {gap} điểm % × {perPoint})",
             " (off by {gap} percentage points × {perPoint})"},
            {"rate-target.summary", "chỉ tiêu tỷ lệ {level}", "rate target {level}"},
            {"rate-target.summary.per-point", ", trừ {perPoint} mỗi điểm % lệch",
             ", minus {perPoint} per percentage point off"},
            {"deduction.none", "{name} 0", "{name} 0"},
            {"deduction.floor", ", không thấp hơn {points}", ", not below {points}"},
            {"deduction.reason", "{name} {cases} × {perCase} điểm{floor}",
             "{name} {cases} × {perCase} points{floor}"},
            {"deduction.summary", "trừ {perCase} điểm mỗi trường hợp", "minus {perCase} per case"},
            {"manual.reason", "chấm tay {points}", "scored by hand {points}"},
            {"manual.summary", "chấm tay", "scored by hand"},
            {"result.lost", "{reason}: {lost}", "{reason}: {lost}"},
            {"result.full", "{reason}: đủ điểm", "{reason}: full points"},
            {"input.row", "dòng {id}", "row {id}"},
            {"input.rate", "tỷ lệ", "rate"},
            {"input.on-time-rate", "tỷ lệ đúng hạn", "on-time rate"},
            {"input.cases", "số trường hợp", "cases"},
            {"input.points", "điểm", "points"},
            {"value.yes", "Có", "Yes"},
            {"value.no", "Không", "No"},
            {"value.empty", "(trống)", "(empty)"},
            {"ref.not-in-table", "dòng {id} không có trong bảng phụ lục",
             "row {id} is not in the appendix table"},
            {"ref.negative", "dòng {where} ghi số âm {value}",
             "row {where} holds a negative number {value}"},
            {"ref.empty", "dòng {where} chưa nhập số liệu", "row {where} is empty"},
            {"ref.says", "dòng {where} ghi \"{text}\"", "row {where} says \"{text}\""},
            {"ref.text", "dòng {where} ghi chữ \"{text}\" thay cho số",
             "row {where} holds text \"{text}\" instead of a number"},
            {"ref.error", "dòng {where} bị lỗi công thức ({text})",
             "row {where} holds a formula error ({text})"},
            {"criterion.manual", "chấm tay (không tính từ phụ lục)",
             "scored by hand (not from the appendix)"},
            {"criterion.needs-manual", "cần số liệu nhập tay: {inputs}",
             "needs manual input: {inputs}"},
            {"criterion.no-cases", "{name} không phát sinh", "{name}: no cases (không phát sinh)"},
            {"criterion.zero-over-zero", "{name} không phát sinh (0/0)", "{name}: no cases (0/0)"},
            {"criterion.na-full", "{why}: đủ điểm theo quy tắc", "{why}: full points by the rule"},
            {"criterion.na-excluded", "{why}: loại khỏi điểm tối đa",
             "{why}: left out of the maximum"},
            {"criterion.pending", "chưa tính được: {problems}", "cannot be scored yet: {problems}"},
            {"criterion.invalid-data", "số liệu không hợp lệ ({working})",
             "the data is not valid ({working})"},
        }};
    return table;
}

LocalText scoringText(std::string_view key, std::initializer_list<LocalArg> args)
{
    return scoringTexts().local(key, args);
}

} // namespace parcalc
