// book_terms: the word tables. The JSON names are the loader's (ruleset_loader, the check
// kinds, scoring_load_rules); the words are what a Sở Nội vụ officer writes.
#include "core/ruleset_book/book_terms.hxx"

#include "core/text/text_fold.hxx"

namespace parcalc::book
{

std::optional<std::string_view> TermList::find(std::string_view typed) const
{
    const std::string folded = foldText(typed);
    if (folded.empty())
        return std::nullopt;
    for (const Term& t : terms)
        if (folded == foldText(t.word) || folded == foldText(t.json))
            return t.json;
    return std::nullopt;
}

std::string_view TermList::wordOf(std::string_view json) const
{
    for (const Term& t : terms)
        if (t.json == json)
            return t.word;
    return {};
}

std::string TermList::wordsJoined(std::string_view separator) const
{
    std::string out;
    for (const Term& t : terms)
    {
        if (!out.empty())
            out += separator;
        out += t.word;
    }
    return out;
}

std::vector<std::string> TermList::words() const
{
    std::vector<std::string> out;
    for (const Term& t : terms)
        out.emplace_back(t.word);
    return out;
}

const TermList& rowKindTerms()
{
    static const TermList list{"loại dòng",
                               "row kind",
                               {{"group", "nhóm"},
                                {"count", "số lượng"},
                                {"money", "tiền"},
                                {"ratio", "tỷ lệ"},
                                {"percent", "phần trăm"},
                                {"yesno", "có/không"},
                                {"choice", "lựa chọn"},
                                {"text", "chữ"}}};
    return list;
}

const TermList& severityTerms()
{
    static const TermList list{
        "mức độ", "severity", {{"error", "lỗi"}, {"warning", "cảnh báo"}, {"info", "thông tin"}}};
    return list;
}

const TermList& ruleKindTerms()
{
    static const TermList list{"loại quy tắc",
                               "rule kind",
                               {{"bands", "theo mức"},
                                {"proportional", "tỷ lệ thuận"},
                                {"linear", "tuyến tính"},
                                {"threshold", "ngưỡng"},
                                {"deduction", "trừ điểm"},
                                {"rate-target", "đạt tỷ lệ"},
                                {"manual", "chấm tay"}}};
    return list;
}

const TermList& notApplicableTerms()
{
    static const TermList list{"khi không áp dụng",
                               "not-applicable policy",
                               {{"exclude", "loại khỏi điểm tối đa"}, {"full", "đủ điểm"}}};
    return list;
}

const TermList& levelTerms()
{
    static const TermList list{"cấp", "level", {{"huyen", "huyện"}, {"xa", "xã"}}};
    return list;
}

const TermList& manualUnitTerms()
{
    static const TermList list{
        "đơn vị số liệu nhập tay", "manual-input unit", {{"count", "số lượng"}, {"rate", "tỷ lệ"}}};
    return list;
}

const TermList& evidenceTerms()
{
    static const TermList list{
        "giá trị cần kiểm chứng", "needs-evidence value", {{"true", "có"}, {"false", "không"}}};
    return list;
}

} // namespace parcalc::book
