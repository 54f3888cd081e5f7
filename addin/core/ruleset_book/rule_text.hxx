// rule_text: a scoring rule's parameters and its input as a Tiêu chí line writes them,
// read into the rule-set JSON ("rule", "input") and written back from the model.
//   Tham số: theo mức "0.95: 2; 0.8: 1"; otherwise "key = value; …" with the keys
//   mục tiêu (target), tối đa (cap), hệ số (slope), ít nhất (at_least), nhiều nhất
//   (at_most), mỗi trường hợp (per_case), sàn (floor), mỗi điểm % (per_point); the JSON
//   names are accepted too.
//   Đầu vào: "1.6" value, "1.2.2 / 1.2.1" rate, "a + 0.5*b" or "tổng: a" sum,
//   "đúng hạn: đúng hạn = x; đã giải quyết = y; …" on-time rate.
#pragma once

#include "core/ruleset/ruleset.hxx"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace parcalc::book
{

struct TextRead
{
    std::optional<nlohmann::json> value;
    std::string vi, en; // why not, when value is unset
};

// The "rule" object of rule kind `kindJson` (a JSON name) from the Tham số text.
TextRead readRuleParams(std::string_view kindJson, std::string_view params);
// The "input" object (without "name") from the Đầu vào text; an empty text gives null.
TextRead readInputText(std::string_view text);

std::string ruleParamsText(const ScoringRule& rule);
std::string inputText(const ScoringInput& input, const RuleSet& ruleSet);

} // namespace parcalc::book
