// check_text: the small grammar of a check cell. The row the line stands for is the
// check's "row" (where its finding goes); what the cell says is the rest:
//   = N / D             ratio                 LHS <= W, <= W    part-le-whole (LHS: the row)
//   = A + B, A + B = T   sum-equals (+ "(đủ các phần)": require_all_parts)
//   MIN..MAX, MIN.., ..MAX  range             một trong: a; b   one-of
//   bắt buộc nếu R > 0, bắt buộc nếu R có số liệu   required-if
//   số nguyên, không âm, lũy kế               integer, non-negative, cumulative
#include "core/ruleset_book/check_text.hxx"
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

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kOps{
    {{">=", ">="}, {"<=", "<="}, {"!=", "!="}, {">", ">"}, {"<", "<"}, {"=", "="}}};

constexpr std::string_view kAllParts = "(đủ các phần)";

CheckTextRead fail(const LocalText& why)
{
    return {std::nullopt, why.vi, why.en};
}

CheckTextRead notUnderstood(std::string_view text)
{
    const std::string shown = excerpt(text);
    return fail(
        bookText("check.not-understood", {{"text", shown}, {"examples", checkTextExamples()}}));
}

bool isRowId(const std::string& id)
{
    if (id.empty() || id.size() > 40)
        return false;
    for (unsigned char c : id)
        if (c <= ' ' || c == '+' || c == '/' || c == '=' || c == '<' || c == '>' || c == ';')
            return false;
    return true;
}

// "a + b + c" -> ids; nullopt when a term is not a row id.
std::optional<std::vector<std::string>> rowSum(std::string_view text)
{
    std::vector<std::string> ids;
    std::size_t start = 0;
    while (true)
    {
        const auto plus = text.find('+', start);
        std::string id = trim(text.substr(
            start, plus == std::string_view::npos ? std::string_view::npos : plus - start));
        if (!isRowId(id))
            return std::nullopt;
        ids.push_back(std::move(id));
        if (plus == std::string_view::npos)
            return ids;
        start = plus + 1;
    }
}

// Drops the first `words` words of `text` and a colon after them.
std::string afterWords(std::string_view text, int words)
{
    std::size_t pos = 0;
    for (int i = 0; i < words; ++i)
    {
        pos = text.find_first_not_of(' ', pos);
        pos = pos == std::string_view::npos ? text.size() : text.find(' ', pos);
        if (pos == std::string_view::npos)
            pos = text.size();
    }
    std::string rest = trim(text.substr(pos));
    if (!rest.empty() && rest.front() == ':')
        rest = trim(rest.substr(1));
    return rest;
}

bool startsWith(const std::string& folded, std::string_view prefix)
{
    return folded.compare(0, prefix.size(), prefix) == 0 &&
           (folded.size() == prefix.size() || folded[prefix.size()] == ' ' ||
            folded[prefix.size()] == ':');
}

CheckTextRead readRange(const std::string& text, const std::string& rowId)
{
    const auto dots = text.find("..");
    const std::string low = trim(text.substr(0, dots));
    const std::string high = trim(text.substr(dots + 2));
    json check{{"kind", "range"}, {"row", rowId}};
    auto min = parseNumber(low), max = parseNumber(high);
    if ((!low.empty() && !min) || (!high.empty() && !max) || (!min && !max))
        return fail(bookText("check.bad-range", {{"text", excerpt(text)}}));
    if (min)
        check["min"] = *min;
    if (max)
        check["max"] = *max;
    return {check, {}, {}};
}

CheckTextRead readRequiredIf(const std::string& condition, const std::string& rowId)
{
    const std::string folded = foldText(condition);
    for (std::string_view present : {" co so lieu", " present"})
        if (folded.size() > present.size() &&
            folded.compare(folded.size() - present.size(), present.size(), present) == 0)
        {
            std::string id = trim(condition.substr(0, condition.find(' ')));
            if (!isRowId(id))
                break;
            return {json{{"kind", "required-if"},
                         {"row", rowId},
                         {"if", {{"row", id}, {"op", "present"}}}},
                    {},
                    {}};
        }
    for (const auto& [token, op] : kOps)
    {
        const auto at = condition.find(token);
        if (at == std::string::npos)
            continue;
        std::string id = trim(condition.substr(0, at));
        auto value = parseNumber(condition.substr(at + token.size()));
        if (!isRowId(id) || !value)
            break;
        return {json{{"kind", "required-if"},
                     {"row", rowId},
                     {"if", {{"row", id}, {"op", op}, {"value", *value}}}},
                {},
                {}};
    }
    const std::string shown = excerpt(condition);
    return fail(bookText("check.bad-condition", {{"text", shown}}));
}

// "<=" and "=" forms.
CheckTextRead readComparison(std::string text, const std::string& rowId)
{
    const auto le = text.find("<=");
    if (le != std::string::npos)
    {
        const std::string lhs = trim(text.substr(0, le));
        auto whole = rowSum(text.substr(le + 2));
        auto parts = lhs.empty() ? std::optional<std::vector<std::string>>{{rowId}} : rowSum(lhs);
        if (!whole || whole->size() != 1 || !parts)
            return notUnderstood(text);
        return {json{{"kind", "part-le-whole"},
                     {"row", rowId},
                     {"parts", *parts},
                     {"whole", whole->front()}},
                {},
                {}};
    }
    bool allParts = false;
    const std::string folded = foldText(text);
    for (std::string_view suffix : {"(du cac phan)", "(all parts)"})
        if (folded.size() > suffix.size() &&
            folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0)
        {
            allParts = true;
            text = trim(text.substr(0, text.rfind('(')));
        }
    const auto eq = text.find('=');
    if (eq == std::string::npos)
        return notUnderstood(text);
    const std::string lhs = trim(text.substr(0, eq));
    const std::string rhs = trim(text.substr(eq + 1));
    json check;
    if (lhs.empty() && rhs.find('/') != std::string::npos && !allParts)
    {
        const auto slash = rhs.find('/');
        auto num = rowSum(rhs.substr(0, slash)), den = rowSum(rhs.substr(slash + 1));
        if (!num || !den || num->size() != 1 || den->size() != 1)
            return notUnderstood(text);
        return {json{{"kind", "ratio"},
                     {"row", rowId},
                     {"numerator", num->front()},
                     {"denominator", den->front()}},
                {},
                {}};
    }
    auto parts = rowSum(lhs.empty() ? rhs : lhs);
    auto total = lhs.empty() ? std::optional<std::vector<std::string>>{{rowId}} : rowSum(rhs);
    if (!parts || !total || total->size() != 1)
        return notUnderstood(text);
    check =
        json{{"kind", "sum-equals"}, {"row", rowId}, {"total", total->front()}, {"parts", *parts}};
    if (allParts)
        check["require_all_parts"] = true;
    return {check, {}, {}};
}

std::string joinIds(const RuleSet& rs, const std::vector<std::size_t>& rows)
{
    std::string out;
    for (std::size_t r : rows)
        out += (out.empty() ? "" : " + ") + rs.rows[r].id;
    return out;
}

std::string_view opName(CompareOp op)
{
    switch (op)
    {
    case CompareOp::Greater:
        return ">";
    case CompareOp::GreaterEqual:
        return ">=";
    case CompareOp::Equal:
        return "=";
    case CompareOp::NotEqual:
        return "!=";
    case CompareOp::Less:
        return "<";
    case CompareOp::LessEqual:
        return "<=";
    case CompareOp::Present:
        break;
    }
    return "present";
}

} // namespace

std::string_view checkTextExamples()
{
    return "= 1.2.2 / 1.2.1; <= 1.2.1; 1.4.2 + 1.4.3 + 1.4.4 <= 1.4.1; = 3.1.4.a + 3.1.4.b; "
           "0..100; một trong: Có; Không; bắt buộc nếu 1.5.1 > 0; số nguyên; không âm; lũy kế";
}

CheckTextRead readCheckText(std::string_view input, const std::string& rowId)
{
    std::string text = trim(input);
    // What Calc's autocorrect or a Word table turns them into.
    for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"≤", "<="},
                            {"≥", ">="},
                            {"≠", "!="},
                            {"…", ".."}})
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at))
            text.replace(at, from.size(), to);
    const std::string folded = foldText(text);
    if (folded.empty())
        return fail(bookText("check.empty"));
    for (auto [word, kind] : {std::pair<std::string_view, std::string_view>{"luy ke", "cumulative"},
                              {"cumulative", "cumulative"},
                              {"so nguyen", "integer"},
                              {"integer", "integer"},
                              {"khong am", "non-negative"},
                              {"non-negative", "non-negative"}})
        if (folded == word)
            return {json{{"kind", kind}, {"row", rowId}}, {}, {}};
    if (startsWith(folded, "mot trong") || startsWith(folded, "one of"))
    {
        auto values = splitList(afterWords(text, 2));
        if (values.empty())
            return fail(bookText("check.one-of-needs-values"));
        return {json{{"kind", "one-of"}, {"row", rowId}, {"values", values}}, {}, {}};
    }
    if (startsWith(folded, "bat buoc neu"))
        return readRequiredIf(afterWords(text, 3), rowId);
    if (startsWith(folded, "required if"))
        return readRequiredIf(afterWords(text, 2), rowId);
    if (text.find("..") != std::string::npos)
        return readRange(text, rowId);
    return readComparison(text, rowId);
}

std::string checkText(const Check& check, const RuleSet& rs)
{
    const auto id = [&](std::size_t r) { return rs.rows[r].id; };
    if (auto* c = check.as<RatioCheck>())
        return "= " + id(c->numerator) + " / " + id(c->denominator);
    if (auto* c = check.as<PartLeWholeCheck>())
    {
        const bool onlyAnchor = c->parts.size() == 1 && c->parts[0] == check.anchor;
        return (onlyAnchor ? std::string{} : joinIds(rs, c->parts) + " ") + "<= " + id(c->whole);
    }
    if (auto* c = check.as<SumEqualsCheck>())
    {
        std::string text = check.anchor == c->total ? "= " + joinIds(rs, c->parts)
                                                    : joinIds(rs, c->parts) + " = " + id(c->total);
        return c->requireAllParts ? text + " " + std::string(kAllParts) : text;
    }
    if (auto* c = check.as<RangeCheck>())
        return (c->min ? numberText(*c->min) : std::string{}) + ".." +
               (c->max ? numberText(*c->max) : std::string{});
    if (auto* c = check.as<OneOfCheck>())
    {
        std::string text = "một trong:";
        for (std::size_t i = 0; i < c->values.size(); ++i)
            text += (i ? "; " : " ") + c->values[i];
        return text;
    }
    if (auto* c = check.as<RequiredIfCheck>())
        return "bắt buộc nếu " + id(c->conditionRow) +
               (c->conditionOp == CompareOp::Present ? std::string(" có số liệu")
                                                     : " " + std::string(opName(c->conditionOp)) +
                                                           " " + numberText(c->conditionValue));
    if (check.as<IntegerCheck>())
        return "số nguyên";
    if (check.as<NonNegativeCheck>())
        return "không âm";
    return "lũy kế";
}

} // namespace parcalc::book
