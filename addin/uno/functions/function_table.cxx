// Function Wizard texts of every ParCalc function, Vietnamese first.
#include "uno/functions/function_table.hxx"

#include <algorithm>
#include <deque>
#include <string>

namespace parcalc::uno
{
namespace
{

const ParamInfo kAchieved{{"điểm_đạt", "achieved"},
                          {"Điểm đạt được của từng tiêu chí (số, ô hoặc vùng). Ô ghi N/A, KPS, "
                           "\"Không áp dụng\", \"Không phát sinh\" hoặc \"-\" là tiêu chí không "
                           "áp dụng: bị loại khỏi cả điểm đạt và điểm tối đa.",
                           "Points achieved per criterion (number, cell or range). A cell holding "
                           "N/A, KPS, \"Không áp dụng\", \"Không phát sinh\" or \"-\" marks a "
                           "criterion that does not apply: it leaves both sums."},
                          false};

const ParamInfo kMaximum{{"điểm_tối_đa", "maximum"},
                         {"Điểm tối đa của từng tiêu chí, cùng kích thước với điểm_đạt.",
                          "Maximum points per criterion, the same shape as achieved."},
                         false};

std::vector<FunctionInfo> makeTable()
{
    return {
        {"parScore",
         "PARSCORE",
         {"Chỉ số CCHC (thang 100) = tổng điểm đạt / tổng điểm tối đa × 100, chỉ tính các tiêu chí "
          "được áp dụng. Lỗi Err:502 khi điểm đạt vượt điểm tối đa, có số âm hoặc hai vùng khác "
          "kích thước; #N/A khi không có tiêu chí nào được áp dụng.",
          "PAR index (0-100 scale) = sum of achieved / sum of maximum × 100 over the criteria that "
          "apply. Err:502 when achieved exceeds maximum, a value is negative or the ranges differ "
          "in shape; #N/A when no criterion applies."},
         {kAchieved, kMaximum}},

        {"onTimeRate",
         "ONTIMERATE",
         {"Tỷ lệ hồ sơ giải quyết đúng hạn (dạng phân số, định dạng % để hiển thị). Mặc định: "
          "(trước hạn + đúng hạn) / số hồ sơ đã giải quyết. #DIV/0! khi không có hồ sơ (không "
          "phát sinh); Err:502 khi số đúng hạn + trước hạn vượt tổng hoặc có số âm.",
          "On-time rate of cases as a fraction (format it as %). Default: (early + on time) / "
          "cases resolved. #DIV/0! when there are no cases (\"không phát sinh\"); Err:502 when "
          "on time + early exceed the total or a count is negative."},
         {{{"đúng_hạn", "on_time"},
           {"Số hồ sơ giải quyết đúng hạn.", "Cases resolved on time."},
           false},
          {{"đã_giải_quyết", "resolved"},
           {"Số hồ sơ đã giải quyết xong trong kỳ (gồm đúng hạn, trước hạn và trễ hạn).",
            "Cases resolved in the period (on time, early and late)."},
           false},
          {{"trước_hạn", "early"},
           {"Số hồ sơ giải quyết trước hạn, được tính là đúng hạn (bỏ trống: 0).",
            "Cases resolved early, counted as on time (omitted: 0)."},
           true},
          {{"cách_tính", "convention"},
           {"Cách tính: 0 hoặc \"đã giải quyết\" (mặc định): (trước hạn + đúng hạn) / đã giải "
            "quyết; 1 hoặc \"tiếp nhận\": 1 − (trễ hạn đã giải quyết + trễ hạn đang giải quyết) / "
            "cơ_sở; 2 hoặc \"đến hạn\": (trước hạn + đúng hạn) / cơ_sở.",
            "Convention: 0 or \"resolved\" (default): (early + on time) / resolved; 1 or "
            "\"received\": 1 − (late resolved + late in progress) / base; 2 or \"due\": (early + "
            "on time) / base."},
           true},
          {{"cơ_sở", "base"},
           {"Mẫu số của cách tính 1 (hồ sơ tiếp nhận + kỳ trước chuyển sang) hoặc 2 (hồ sơ đến "
            "hạn trong kỳ).",
            "Denominator of convention 1 (cases received + carried over) or 2 (cases that fell "
            "due in the period)."},
           true},
          {{"trễ_hạn_đang_giải_quyết", "late_in_progress"},
           {"Cách tính 1: số hồ sơ đang giải quyết đã quá hạn (bỏ trống: 0).",
            "Convention 1: cases still in progress that are already late (omitted: 0)."},
           true}}},

        {"parGrade",
         "PARGRADE",
         {"Xếp loại theo chỉ số CCHC. Mặc định: ≥ 90 Xuất sắc, ≥ 80 Tốt, ≥ 70 Khá, ≥ 50 Trung "
          "bình, còn lại Yếu.",
          "Grade for a PAR index. Default: >= 90 Xuất sắc, >= 80 Tốt, >= 70 Khá, >= 50 Trung "
          "bình, else Yếu."},
         {{{"chỉ_số", "index"},
           {"Chỉ số CCHC, thang 0-100.", "PAR index on a 0-100 scale."},
           false},
          {{"thang_xếp_loại", "scheme"},
           {"Tên thang xếp loại (\"mặc định\", \"cao-bang-2021\") hoặc vùng hai cột (mức dưới; "
            "xếp loại). Bỏ trống: thang mặc định.",
            "Name of a grading scheme (\"default\", \"cao-bang-2021\") or a two-column range "
            "(lower bound; label). Omitted: the default scheme."},
           true}}},

        {"parBand",
         "PARBAND",
         {"Điểm theo khung: điểm của khung cao nhất có mức dưới ≤ giá trị; 0 nếu dưới mọi khung.",
          "Banded points: the points of the highest band whose lower bound <= value; 0 below all "
          "bands."},
         {{{"giá_trị", "value"},
           {"Giá trị cần chấm (ví dụ 92%).", "The value scored (e.g. 92%)."},
           false},
          {{"mức_dưới", "lower_bounds"},
           {"Mức dưới của các khung (vùng hoặc mảng).",
            "Lower bounds of the bands (range or array)."},
           false},
          {{"điểm", "points"},
           {"Điểm của từng khung, cùng số phần tử với mức_dưới.",
            "Points of each band, as many as lower_bounds."},
           false}}},

        {"parProp",
         "PARPROP",
         {"Điểm tỷ lệ: điểm_tối_đa × đạt / chỉ_tiêu, không vượt điểm_tối_đa (hoặc mức_trần).",
          "Proportional points: max_points × achieved / target, capped at max_points (or cap)."},
         {{{"đạt", "achieved"}, {"Kết quả đạt được.", "What was achieved."}, false},
          {{"chỉ_tiêu", "target"}, {"Chỉ tiêu (kế hoạch) phải đạt.", "The target (plan)."}, false},
          {{"điểm_tối_đa", "max_points"},
           {"Điểm tối đa của tiêu chí.", "Maximum points of the criterion."},
           false},
          {{"mức_trần", "cap"},
           {"Mức điểm trần, nếu khác điểm tối đa (có thể bỏ trống).",
            "A cap on the points, if other than max_points (may be omitted)."},
           true}}},

        {"parDeduct",
         "PARDEDUCT",
         {"Điểm trừ theo trường hợp: điểm_tối_đa − số_trường_hợp × điểm_trừ, không thấp hơn "
          "mức_sàn (mặc định 0).",
          "Per-case deduction: max_points − cases × per_case, never below floor (default 0)."},
         {{{"số_trường_hợp", "cases"},
           {"Số trường hợp bị trừ điểm (ví dụ nhiệm vụ trễ hạn).",
            "Number of cases that cost points (e.g. late tasks)."},
           false},
          {{"điểm_trừ", "per_case"}, {"Điểm trừ mỗi trường hợp.", "Points lost per case."}, false},
          {{"điểm_tối_đa", "max_points"},
           {"Điểm tối đa của tiêu chí.", "Maximum points of the criterion."},
           false},
          {{"mức_sàn", "floor"},
           {"Điểm thấp nhất (mặc định 0).", "Lowest possible points (default 0)."},
           true}}},

        {"parNumber",
         "PARNUMBER",
         {"Đọc số viết kiểu Việt Nam trong ô văn bản: \"136.284\" → 136284, \"2,30\" → 2,3, "
          "\"25%\" → 0,25, \"03\" → 3. Văn bản không phải số → #VALUE!; \"-\", \"Không phát "
          "sinh\" → #N/A.",
          "Reads a number typed the Vietnamese way in a text cell: \"136.284\" → 136284, \"2,30\" "
          "→ 2.3, \"25%\" → 0.25, \"03\" → 3. Text that is no number → #VALUE!; \"-\", \"Không "
          "phát sinh\" → #N/A."},
         {{{"văn_bản", "text"},
           {"Ô hoặc văn bản chứa số; số được trả về nguyên giá trị.",
            "A cell or text holding the number; numbers pass through."},
           false}}},

        {"parPoints",
         "PARPOINTS",
         {"Điểm của một tiêu chí theo quy tắc chấm điểm của bộ quy tắc (tỷ lệ, khung, ngưỡng, "
          "trừ điểm theo trường hợp, chỉ tiêu tỷ lệ, chấm tay). Mặc định dùng bộ VÍ DỤ "
          "example-huyen-diem (không phải bộ tiêu chí chính thức). Tiêu chí không áp dụng: đủ "
          "điểm hoặc \"Không áp dụng\" (PARSCORE bỏ qua), tùy quy tắc. #N/A khi không có tiêu "
          "chí hay bộ quy tắc; Err:502 khi số liệu sai.",
          "Points of a criterion under the scoring rule of a rule set (proportional, bands, "
          "threshold, per-case deduction, rate target, manual). Default: the EXAMPLE set "
          "example-huyen-diem (not an official criteria set). A criterion that does not apply "
          "gets full points or \"Không áp dụng\" (PARSCORE leaves it out), as its rule says. "
          "#N/A for an unknown criterion or rule set; Err:502 for bad values."},
         {{{"tiêu_chí", "criterion"},
           {"Mã tiêu chí hoặc tiêu chí thành phần, ví dụ \"6.1.1\".",
            "Id of the criterion or sub-criterion, e.g. \"6.1.1\"."},
           false},
          {{"giá_trị", "value"},
           {"Số liệu của tiêu chí: một giá trị (tỷ lệ như 54,7%, số trường hợp, hoặc điểm chấm "
            "tay), hoặc từng số liệu theo thứ tự của bộ quy tắc (ví dụ tử số; mẫu số). \"Không "
            "phát sinh\", \"KPS\", \"-\": không áp dụng. Có thể thêm tên hoặc tệp bộ quy tắc "
            "làm đối số cuối cùng.",
            "The criterion's data: one value (a rate such as 54.7%, a number of cases, or the "
            "points given by hand), or each of its inputs in the rule set's order (e.g. "
            "numerator; denominator). \"Không phát sinh\", \"KPS\", \"-\": not applicable. A "
            "rule-set name or file may follow as the last argument."},
           false}}},

        {"parMax",
         "PARMAX",
         {"Điểm tối đa của một lĩnh vực, tiêu chí hoặc tiêu chí thành phần trong bộ quy tắc "
          "(\"tổng\": cả bộ). #N/A khi không có tiêu chí hay bộ quy tắc.",
          "Maximum points of a field, criterion or sub-criterion of a rule set (\"total\": the "
          "whole set). #N/A for an unknown criterion or rule set."},
         {{{"tiêu_chí", "criterion"},
           {"Mã lĩnh vực, tiêu chí hoặc tiêu chí thành phần, ví dụ 6 hoặc \"6.1.1\".",
            "Id of the field, criterion or sub-criterion, e.g. 6 or \"6.1.1\"."},
           false},
          {{"bộ_quy_tắc", "ruleset"},
           {"Mã bộ quy tắc có sẵn hoặc đường dẫn tệp bộ quy tắc. Bỏ trống: example-huyen-diem.",
            "A bundled rule-set id or the path of a rule-set file. Omitted: example-huyen-diem."},
           true}}},
    };
}

} // namespace

const std::vector<FunctionInfo>& functionTable()
{
    static const std::vector<FunctionInfo> table = makeTable();
    return table;
}

const TextTable& functionWizardTexts()
{
    // The keys must outlive the table's string_views: a deque never moves its elements.
    static std::deque<std::string> keys;
    static const TextTable table = []
    {
        TextTable t{"function wizard", {}};
        auto add = [&](std::string key, const LocalText& text)
        {
            keys.push_back(std::move(key));
            t.entries.push_back({keys.back(), text.vi, text.en});
        };
        for (const FunctionInfo& f : functionTable())
        {
            const std::string name(f.programmatic);
            add(name + ".description", f.description);
            for (std::size_t i = 0; i < f.params.size(); ++i)
            {
                add(name + "." + std::to_string(i + 1) + ".name", f.params[i].name);
                add(name + "." + std::to_string(i + 1) + ".description", f.params[i].description);
            }
        }
        return t;
    }();
    return table;
}

const FunctionInfo* findFunction(std::string_view programmatic)
{
    const auto& table = functionTable();
    auto it = std::find_if(table.begin(), table.end(),
                           [&](const FunctionInfo& f) { return programmatic == f.programmatic; });
    return it == table.end() ? nullptr : &*it;
}

const FunctionInfo* findFunctionByDisplayName(std::string_view displayName)
{
    const auto& table = functionTable();
    auto it = std::find_if(table.begin(), table.end(),
                           [&](const FunctionInfo& f) { return displayName == f.displayName; });
    return it == table.end() ? nullptr : &*it;
}

} // namespace parcalc::uno
