// rule_text: the parameter and input grammar of the Tiêu chí sheet.
#include "core/ruleset_book/rule_text.hxx"
#include "core/ruleset_book/book_messages.hxx"

#include "core/ruleset_book/book_cells.hxx"
#include "core/text/text_fold.hxx"

#include <array>
#include <utility>

namespace parcalc::book
{

using nlohmann::json;

namespace
{

using Names = std::pair<std::string_view, std::string_view>; // workbook word, JSON name

constexpr std::array<Names, 8> kParams{{{"mục tiêu", "target"},
                                        {"tối đa", "cap"},
                                        {"hệ số", "slope"},
                                        {"ít nhất", "at_least"},
                                        {"nhiều nhất", "at_most"},
                                        {"mỗi trường hợp", "per_case"},
                                        {"sàn", "floor"},
                                        {"mỗi điểm %", "per_point"}}};

constexpr std::array<Names, 5> kOnTime{{{"đúng hạn", "on_time"},
                                        {"đã giải quyết", "resolved"},
                                        {"trước hạn", "early"},
                                        {"mẫu số", "base"},
                                        {"quá hạn đang giải quyết", "late_in_progress"}}};
constexpr Names kConvention{"cách tính", "convention"};

template <std::size_t N>
std::optional<std::string_view> jsonName(const std::array<Names, N>& names, std::string_view key)
{
    const std::string folded = foldText(key);
    for (const auto& [word, name] : names)
        if (folded == foldText(word) || folded == name)
            return name;
    return std::nullopt;
}

template <std::size_t N>
std::string_view wordOf(const std::array<Names, N>& names, std::string_view name)
{
    for (const auto& [word, json] : names)
        if (json == name)
            return word;
    return name;
}

template <std::size_t N> std::string wordsOf(const std::array<Names, N>& names)
{
    std::string out;
    for (const auto& [word, json] : names)
        out += (out.empty() ? "" : ", ") + std::string(word);
    return out;
}

TextRead fail(const LocalText& why)
{
    return {std::nullopt, why.vi, why.en};
}

// "key = value" (or "key: value"); the key before the last '=' / first ':'.
std::optional<std::pair<std::string, std::string>> keyValue(const std::string& item)
{
    auto at = item.find('=');
    if (at == std::string::npos)
        at = item.find(':');
    if (at == std::string::npos)
        return std::nullopt;
    return std::pair{trim(item.substr(0, at)), trim(item.substr(at + 1))};
}

bool isRef(const std::string& id)
{
    if (id.empty() || id.size() > 60)
        return false;
    for (unsigned char c : id)
        if (c <= ' ' || c == '+' || c == '/' || c == '*' || c == '=' || c == ';' || c == ':')
            return false;
    return true;
}

TextRead readOnTime(const std::string& rest)
{
    json rate = json::object();
    for (const std::string& item : splitList(rest))
    {
        auto kv = keyValue(item);
        if (!kv)
            return fail(bookText("input.bad-on-time-item", {{"item", item}}));
        if (foldText(kv->first) == foldText(kConvention.first) || kv->first == kConvention.second)
        {
            rate["convention"] = kv->second;
            continue;
        }
        auto name = jsonName(kOnTime, kv->first);
        if (!name || !isRef(kv->second))
            return fail(
                bookText("input.not-on-time-part",
                         {{"name", kv->first}, {"choices", wordsOf(kOnTime) + ", cách tính"}}));
        rate[std::string(*name)] = kv->second;
    }
    return {json{{"on_time_rate", rate}}, {}, {}};
}

TextRead readSum(const std::string& text)
{
    json refs = json::array(), weights = json::array();
    bool weighted = false;
    for (const std::string& term : splitList(text, '+'))
    {
        const auto star = term.find('*');
        std::string ref = trim(star == std::string::npos ? term : term.substr(star + 1));
        double weight = 1;
        if (star != std::string::npos)
        {
            auto w = parseNumber(term.substr(0, star));
            if (!w)
                return fail(bookText("input.bad-weight", {{"weight", term.substr(0, star)}}));
            weight = *w;
            weighted = true;
        }
        if (!isRef(ref))
            return fail(bookText("input.not-a-ref", {{"ref", ref}}));
        refs.push_back(ref);
        weights.push_back(weight);
    }
    if (refs.empty())
        return fail(bookText("input.empty-sum"));
    json input{{"sum", refs}};
    if (weighted)
        input["weights"] = weights;
    return {input, {}, {}};
}

std::string refId(const ScoringRef& ref, const RuleSet& rs)
{
    return ref.id.empty() && !ref.manual && ref.index < rs.rows.size() ? rs.rows[ref.index].id
                                                                       : ref.id;
}

std::string_view conventionName(OnTimeConvention c)
{
    switch (c)
    {
    case OnTimeConvention::Received:
        return "received";
    case OnTimeConvention::Due:
        return "due";
    default:
        return "resolved";
    }
}

} // namespace

TextRead readRuleParams(std::string_view kindJson, std::string_view params)
{
    json rule{{"kind", kindJson}};
    json bands = json::array();
    for (const std::string& item : splitList(params))
    {
        auto kv = keyValue(item);
        if (!kv)
            return fail(bookText("param.bad-item", {{"item", item}}));
        auto value = parseNumber(kv->second);
        if (!value)
            return fail(
                bookText("param.not-a-number", {{"value", kv->second}, {"name", kv->first}}));
        if (auto min = parseNumber(kv->first))
        {
            bands.push_back(json{{"min", *min}, {"points", *value}});
            continue;
        }
        auto name = jsonName(kParams, kv->first);
        if (!name)
            return fail(
                bookText("param.unknown", {{"name", kv->first}, {"choices", wordsOf(kParams)}}));
        rule[std::string(*name)] = *value;
    }
    if (!bands.empty())
        rule["bands"] = bands;
    return {rule, {}, {}};
}

TextRead readInputText(std::string_view input)
{
    std::string text = trim(input);
    for (auto at = text.find("×"); at != std::string::npos; at = text.find("×", at))
        text.replace(at, std::string_view("×").size(), "*");
    if (text.empty())
        return {json(nullptr), {}, {}};
    const auto colon = text.find(':');
    if (colon != std::string::npos)
    {
        const std::string head = foldText(text.substr(0, colon));
        const std::string rest = text.substr(colon + 1);
        if (head == "dung han" || head == "on_time_rate")
            return readOnTime(rest);
        if (head == "tong" || head == "sum")
            return readSum(rest);
        return fail(bookText("input.unknown-prefix", {{"prefix", text.substr(0, colon)}}));
    }
    if (text.find('+') != std::string::npos || text.find('*') != std::string::npos)
        return readSum(text);
    const auto slash = text.find('/');
    if (slash != std::string::npos)
    {
        std::string num = trim(text.substr(0, slash)), den = trim(text.substr(slash + 1));
        if (!isRef(num) || !isRef(den))
            return fail(bookText("input.bad-rate", {{"text", text}}));
        return {json{{"rate", {{"numerator", num}, {"denominator", den}}}}, {}, {}};
    }
    if (!isRef(text))
        return fail(bookText("input.not-a-ref", {{"ref", text}}));
    return {json{{"value", text}}, {}, {}};
}

std::string ruleParamsText(const ScoringRule& r)
{
    std::string out;
    const auto add = [&](std::string_view name, double value)
    {
        out += (out.empty() ? "" : "; ") + std::string(wordOf(kParams, name)) + " = " +
               numberText(value);
    };
    switch (r.kind)
    {
    case ScoringRuleKind::Bands:
        for (const ScoringBand& b : r.bands)
            out += (out.empty() ? "" : "; ") + numberText(b.min) + ": " + numberText(b.points);
        break;
    case ScoringRuleKind::Proportional:
        add("target", r.target);
        if (r.cap)
            add("cap", *r.cap);
        break;
    case ScoringRuleKind::Linear:
        add("slope", r.slope);
        if (r.cap)
            add("cap", *r.cap);
        break;
    case ScoringRuleKind::Threshold:
        add(r.atMost ? "at_most" : "at_least", r.bound);
        break;
    case ScoringRuleKind::Deduction:
        add("per_case", r.perCase);
        if (r.floor)
            add("floor", *r.floor);
        break;
    case ScoringRuleKind::RateTarget:
        add(r.atMost ? "at_most" : "at_least", r.target);
        if (r.perPoint)
            add("per_point", *r.perPoint);
        break;
    case ScoringRuleKind::Manual:
        break;
    }
    return out;
}

std::string inputText(const ScoringInput& in, const RuleSet& rs)
{
    std::string out;
    switch (in.kind)
    {
    case ScoringInputKind::None:
        break;
    case ScoringInputKind::Value:
        out = refId(in.refs.at(0), rs);
        break;
    case ScoringInputKind::Rate:
        out = refId(in.refs.at(0), rs) + " / " + refId(in.refs.at(1), rs);
        break;
    case ScoringInputKind::Sum:
        for (std::size_t i = 0; i < in.refs.size(); ++i)
        {
            const double w = i < in.weights.size() ? in.weights[i] : 1.0;
            out += (i ? " + " : "") + (w == 1.0 ? std::string{} : numberText(w) + "*") +
                   refId(in.refs[i], rs);
        }
        if (in.refs.size() == 1 && out.find('*') == std::string::npos)
            out = "tổng: " + out;
        break;
    case ScoringInputKind::OnTimeRate:
    {
        const auto part = [&](std::string_view name, const ScoringRef& ref) {
            out += (out.empty() ? "" : "; ") + std::string(wordOf(kOnTime, name)) + " = " +
                   refId(ref, rs);
        };
        part("on_time", in.refs.at(0));
        part("resolved", in.refs.at(1));
        if (in.early)
            part("early", *in.early);
        if (in.convention != OnTimeConvention::Resolved)
            out += "; " + std::string(kConvention.first) + " = " +
                   std::string(conventionName(in.convention));
        if (in.base)
            part("base", *in.base);
        if (in.lateInProgress)
            part("late_in_progress", *in.lateInProgress);
        out = "đúng hạn: " + out;
        break;
    }
    }
    return out;
}

} // namespace parcalc::book
