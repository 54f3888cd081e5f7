// Each check kind and each scoring rule kind written in the workbook gives the same model
// as its JSON twin (the same rule set written as a rule-set file).
#include "core/ruleset/ruleset_loader.hxx"
#include "core/ruleset_book/book_cells.hxx"
#include "core/ruleset_book/book_reader.hxx"
#include "core/ruleset_book/book_test_support.hxx"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace parcalc::book
{
namespace
{

using nlohmann::json;
using testing::sheetOf;
using Lines = std::vector<std::vector<std::string>>;

const Lines kInfo{{"Mục", "Giá trị / mã", "Tiếng Việt", "Tiếng Anh", "Đơn vị"},
                  {"Mã bộ quy tắc", "thu-nghiem"},
                  {"Phiên bản", "#2024"},
                  {"Cấp", "Huyện"},
                  {"Tên bộ quy tắc", "", "Thử", "Test"},
                  {"Số liệu nhập tay", "so_xa", "Số xã", "Communes", "số lượng"}};

const Lines kRowsHeader{
    {"Mã dòng", "STT", "Nội dung", "Đơn vị tính", "Loại", "Kiểm tra", "Mức độ", "Lũy kế"}};

// The rows every case shares; `extra` lines go after row `after`.
Lines rowsSheet(const std::string& after, const Lines& extra)
{
    const Lines rows{{"1", "1", "Chỉ đạo", "", "nhóm"},
                     {"1.1", "1.1", "Văn bản", "Văn bản", "số lượng"},
                     {"1.2", "1.2", "Tỷ lệ hoàn thành", "%", "tỷ lệ"},
                     {"1.2.1", "1.2.1", "Nhiệm vụ", "", "so luong"},
                     {"1.2.2", "1.2.2", "Đã hoàn thành", "", "count"},
                     {"1.5.1", "1.5.1", "Phiếu", "", "số lượng"},
                     {"1.5.2", "1.5.2", "Hình thức", "Trực tuyến; Phát phiếu", "lựa chọn"}};
    Lines out = kRowsHeader;
    for (const auto& line : rows)
    {
        out.push_back(line);
        if (line[0] == after)
            out.insert(out.end(), extra.begin(), extra.end());
    }
    return out;
}

json baseJson()
{
    return json::parse(R"({"format": 1, "id": "thu-nghiem", "version": "2024", "level": "huyen",
      "title": {"vi": "Thử", "en": "Test"},
      "rows": [
        {"id": "1", "stt": "1", "label": "Chỉ đạo", "kind": "group"},
        {"id": "1.1", "stt": "1.1", "label": "Văn bản", "unit": "Văn bản", "kind": "count"},
        {"id": "1.2", "stt": "1.2", "label": "Tỷ lệ hoàn thành", "unit": "%", "kind": "ratio"},
        {"id": "1.2.1", "stt": "1.2.1", "label": "Nhiệm vụ", "kind": "count"},
        {"id": "1.2.2", "stt": "1.2.2", "label": "Đã hoàn thành", "kind": "count"},
        {"id": "1.5.1", "stt": "1.5.1", "label": "Phiếu", "kind": "count"},
        {"id": "1.5.2", "stt": "1.5.2", "label": "Hình thức", "unit": "Trực tuyến; Phát phiếu",
         "kind": "choice"}]})");
}

RuleSet fromJson(const json& j)
{
    RuleSetLoad load = parseRuleSet(j.dump(), "twin.json");
    for (const auto& e : load.errors)
        ADD_FAILURE() << e.describe();
    return load.ruleSet.value_or(RuleSet{});
}

RuleSet fromBook(const std::vector<CellGrid>& sheets)
{
    BookLoad load = readRuleSetBook(sheets, "book.ods");
    for (const auto& p : load.problems)
        ADD_FAILURE() << p.describe();
    return load.ruleSet.value_or(RuleSet{});
}

struct CheckCase
{
    const char* name;
    std::string after; // the row whose line(s) the extra lines follow
    Lines extra;       // "" row id: a check line of that row; or a whole row line
    const char* twin;  // the JSON check(s)
};

class CheckKindTwin : public ::testing::TestWithParam<CheckCase>
{
};

TEST_P(CheckKindTwin, SameModelAsJson)
{
    const CheckCase& c = GetParam();
    json twin = baseJson();
    twin["checks"] = json::parse(c.twin);
    const RuleSet expected = fromJson(twin);
    ASSERT_EQ(expected.checks.size(), twin["checks"].size());
    const RuleSet built = fromBook(
        {sheetOf("Thông tin", kInfo), sheetOf("Biểu thống kê", rowsSheet(c.after, c.extra))});
    EXPECT_EQ(testing::modelLines(built), testing::modelLines(expected));
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, CheckKindTwin,
    ::testing::Values(
        CheckCase{
            "ratio",
            "1.2",
            {{"", "", "", "", "", "= 1.2.2 / 1.2.1"}},
            R"([{"kind": "ratio", "row": "1.2", "numerator": "1.2.2", "denominator": "1.2.1"}])"},
        CheckCase{"part_le_whole",
                  "1.2.2",
                  {{"", "", "", "", "", "<= 1.2.1", "cảnh báo"}},
                  R"([{"kind": "part-le-whole", "parts": ["1.2.2"], "whole": "1.2.1",
                       "severity": "warning"}])"},
        CheckCase{"parts_le_whole",
                  "1.2.1",
                  {{"", "", "", "", "", "1.2.2 + 1.1 ≤ 1.2.1"}},
                  R"([{"kind": "part-le-whole", "parts": ["1.2.2", "1.1"], "whole": "1.2.1"}])"},
        CheckCase{"sum_equals",
                  "1.2.1",
                  {{"", "", "", "", "", "= 1.2.2 + 1.1 (đủ các phần)", "thông tin"}},
                  R"([{"kind": "sum-equals", "total": "1.2.1", "parts": ["1.2.2", "1.1"],
                       "require_all_parts": true, "severity": "info"}])"},
        CheckCase{"sum_equals_elsewhere",
                  "1.1",
                  {{"", "", "", "", "", "1.2.2 + 1.5.1 = 1.2.1"}},
                  R"([{"kind": "sum-equals", "row": "1.1", "total": "1.2.1",
                       "parts": ["1.2.2", "1.5.1"]}])"},
        CheckCase{"range",
                  "1.2",
                  {{"", "", "", "", "", "0..100"}, {"", "", "", "", "", "..5,5", "lỗi"}},
                  R"([{"kind": "range", "row": "1.2", "min": 0, "max": 100},
                      {"kind": "range", "row": "1.2", "max": 5.5}])"},
        CheckCase{
            "one_of",
            "1.5.2",
            {{"", "", "", "", "", "một trong: Trực tuyến; Phát phiếu"}},
            R"([{"kind": "one-of", "row": "1.5.2", "values": ["Trực tuyến", "Phát phiếu"]}])"},
        CheckCase{"required_if",
                  "1.5.2",
                  {{"", "", "", "", "", "bắt buộc nếu 1.5.1 > 0", "cảnh báo"},
                   {"", "", "", "", "", "Bat buoc neu 1.1 co so lieu"}},
                  R"([{"kind": "required-if", "row": "1.5.2", "severity": "warning",
                       "if": {"row": "1.5.1", "op": ">", "value": 0}},
                      {"kind": "required-if", "row": "1.5.2", "if": {"row": "1.1", "op": "present"}}])"},
        CheckCase{"integer_all_counts",
                  "1",
                  {{"*", "", "", "", "số lượng", "số nguyên"}},
                  R"([{"kind": "integer", "row_kinds": ["count"]}])"},
        CheckCase{"non_negative",
                  "1.1",
                  {{"", "", "", "", "", "không âm"}},
                  R"([{"kind": "non-negative", "row": "1.1"}])"}),
    [](const auto& test) { return std::string(test.param.name); });

// Cumulative: the Lũy kế column of two added rows, one check per severity.
TEST(CheckKindTwin, Cumulative)
{
    json twin = baseJson();
    twin["rows"].insert(twin["rows"].begin() + 5,
                        json::parse(R"({"id": "1.9", "label": "Lũy kế", "kind": "count"})"));
    twin["rows"].insert(twin["rows"].begin() + 6,
                        json::parse(R"({"id": "1.9.1", "label": "Lũy kế 2", "kind": "count"})"));
    twin["checks"] = json::parse(R"([{"kind": "cumulative", "rows": ["1.9"], "severity": "warning"},
                                     {"kind": "cumulative", "rows": ["1.9.1"]}])");
    const RuleSet built = fromBook(
        {sheetOf("Thông tin", kInfo),
         sheetOf("Biểu thống kê",
                 rowsSheet("1.2.2", {{"1.9", "", "Lũy kế", "", "số lượng", "", "", "cảnh báo"},
                                     {"1.9.1", "", "Lũy kế 2", "", "số lượng", "", "", "có"}}))});
    EXPECT_EQ(testing::modelLines(built), testing::modelLines(fromJson(twin)));
}

struct RuleCase
{
    const char* name;
    std::vector<std::string> leaf; // Loại quy tắc, Tham số, Đầu vào, Tên giá trị, (en), policy
    const char* twin;              // the criterion's "max", "rule", "input", "not_applicable"
};

class RuleKindTwin : public ::testing::TestWithParam<RuleCase>
{
};

TEST_P(RuleKindTwin, SameModelAsJson)
{
    const RuleCase& c = GetParam();
    json criterion = json::parse(c.twin);
    criterion["id"] = "1.1";
    criterion["label"] = {{"vi", "Tiêu chí"}, {"en", "Criterion"}};
    json twin = baseJson();
    twin["scoring"] = {{"manual_inputs", json::parse(R"([{"id": "so_xa", "unit": "count",
                                           "label": {"vi": "Số xã", "en": "Communes"}}])")},
                       {"fields",
                        {{{"id", "1"},
                          {"label", {{"vi", "Lĩnh vực"}, {"en", "Field"}}},
                          {"max", criterion["max"]},
                          {"criteria", {criterion}}}}}};
    Lines criteria{{"Mã tiêu chí", "Thuộc", "Nội dung", "Nội dung (tiếng Anh)", "Điểm tối đa",
                    "Loại quy tắc", "Tham số", "Đầu vào", "Tên giá trị", "Tên giá trị (tiếng Anh)",
                    "Khi không áp dụng"},
                   {"1", "", "Lĩnh vực", "Field", "#" + testing::num(criterion["max"])}};
    std::vector<std::string> leaf{"1.1", "1", "Tiêu chí", "Criterion",
                                  "#" + testing::num(criterion["max"])};
    leaf.insert(leaf.end(), c.leaf.begin(), c.leaf.end());
    criteria.push_back(leaf);
    const RuleSet built =
        fromBook({sheetOf("Thông tin", kInfo), sheetOf("Biểu thống kê", rowsSheet("", {})),
                  sheetOf("Tiêu chí", criteria)});
    EXPECT_EQ(testing::modelLines(built), testing::modelLines(fromJson(twin)));
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, RuleKindTwin,
    ::testing::Values(
        RuleCase{"bands",
                 {"theo mức", "0.95: 2; 0,8: 1", "1.2", "tỷ lệ", "rate"},
                 R"({"max": 2, "rule": {"kind": "bands", "bands": [{"min": 0.95, "points": 2},
                     {"min": 0.8, "points": 1}]}, "input": {"value": "1.2",
                     "name": {"vi": "tỷ lệ", "en": "rate"}}})"},
        RuleCase{"proportional",
                 {"tỷ lệ thuận", "mục tiêu = 1; tối đa = 1.5", "1.2.2 / 1.2.1"},
                 R"({"max": 2, "rule": {"kind": "proportional", "target": 1, "cap": 1.5},
                     "input": {"rate": {"numerator": "1.2.2", "denominator": "1.2.1"}}})"},
        RuleCase{"linear",
                 {"tuyen tinh", "hệ số = 0.5", "so_xa"},
                 R"({"max": 1, "rule": {"kind": "linear", "slope": 0.5},
                     "input": {"value": "so_xa"}})"},
        RuleCase{"threshold",
                 {"ngưỡng", "nhiều nhất = 0.05", "1.2.2 / 1.2.1", "", "", "đủ điểm"},
                 R"({"max": 1, "rule": {"kind": "threshold", "at_most": 0.05},
                     "input": {"rate": {"numerator": "1.2.2", "denominator": "1.2.1"}},
                     "not_applicable": "full"})"},
        RuleCase{"deduction",
                 {"trừ điểm", "mỗi trường hợp = 0.5; sàn = 0.5", "1.1 + 0.5*1.2.1"},
                 R"({"max": 3, "rule": {"kind": "deduction", "per_case": 0.5, "floor": 0.5},
                     "input": {"sum": ["1.1", "1.2.1"], "weights": [1, 0.5]}})"},
        RuleCase{"deduction_one_term",
                 {"trừ điểm", "per_case = 1", "tổng: 1.1"},
                 R"({"max": 3, "rule": {"kind": "deduction", "per_case": 1},
                     "input": {"sum": ["1.1"]}})"},
        RuleCase{"rate_target",
                 {"đạt tỷ lệ", "ít nhất = 0.95; mỗi điểm % = 0.2",
                  "đúng hạn: đúng hạn = 1.2.2; đã giải quyết = 1.2.1; trước hạn = 1.1"},
                 R"({"max": 2, "rule": {"kind": "rate-target", "at_least": 0.95, "per_point": 0.2},
                     "input": {"on_time_rate": {"on_time": "1.2.2", "resolved": "1.2.1",
                     "early": "1.1"}}})"},
        RuleCase{"manual", {"chấm tay"}, R"({"max": 1, "rule": {"kind": "manual"}})"}),
    [](const auto& test) { return std::string(test.param.name); });

// What LibreOffice 7.4 reads back from an .xlsx holding "ty_le_xa_chung": "ty_le" + a line break +
// "chung".
TEST(XlsxEscape, AnIdCellGetsItsUnderscoreXBack)
{
    EXPECT_EQ(idText(Cell::makeText("ty_le\nchung_thuc")), "ty_le_xa_chung_thuc");
    EXPECT_EQ(idText(Cell::makeText("a\x01"
                                    "b")),
              "a_x1_b");
    EXPECT_EQ(idText(Cell::makeText("so_xa")), "so_xa");
    EXPECT_EQ(idText(Cell::makeNumber(1.5)), "1.5");
}

} // namespace
} // namespace parcalc::book
