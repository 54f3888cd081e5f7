#include "core/reports/internal/score_words.hxx"

#include "core/text/number_format.hxx"

namespace parcalc::score_words
{

std::string minusPts(double v)
{
    return "\xE2\x88\x92" + pts(v);
}

std::string statusLabel(CriterionStatus s, Language lang)
{
    const bool vi = lang == Language::Vi;
    switch (s)
    {
    case CriterionStatus::Scored:
        return vi ? "đã tính" : "scored";
    case CriterionStatus::NotApplicable:
        return vi ? "không áp dụng" : "not applicable";
    case CriterionStatus::Manual:
        return vi ? "chấm tay" : "by hand";
    case CriterionStatus::Pending:
        break;
    }
    return vi ? "thiếu số liệu" : "missing data";
}

std::string fileStatusLabel(const ScoreFileReport& f, Language lang)
{
    const bool vi = lang == Language::Vi;
    switch (f.status)
    {
    case ScoreFileStatus::Ok:
        if (!f.appendix)
            return vi ? "CÁC TỔNG KHỚP" : "SUMS AGREE"; // a self-assessment sheet only
        return vi ? "ĐÃ CHẤM" : "SCORED";
    case ScoreFileStatus::Invalid:
        return vi ? "CÓ LỖI" : "INVALID";
    case ScoreFileStatus::NoTable:
        return vi ? "KHÔNG CÓ BẢNG" : "NO TABLE";
    case ScoreFileStatus::Unreadable:
        break;
    }
    return vi ? "KHÔNG ĐỌC ĐƯỢC" : "UNREADABLE";
}

std::string indexText(const ScoreEstimate& e, Language lang)
{
    if (!e.index)
        return lang == Language::Vi ? "chưa có" : "none yet";
    std::string out = formatVn(roundTo(*e.index, 3), 3);
    const std::string& grade = lang == Language::Vi ? e.grade : e.gradeEn;
    if (!grade.empty())
        out += " → " + grade;
    return out;
}

std::optional<std::string> gradeOf(const ScoringRuleSet& rules, double index, Language lang)
{
    const GradeScheme& scheme = lang == Language::Vi ? rules.gradesVi : rules.gradesEn;
    if (auto g = scheme.grade(index))
        return std::string(*g);
    return std::nullopt;
}

std::size_t fieldOf(const ScoringRules& tree, std::size_t node)
{
    while (tree.nodes[node].parent)
        node = *tree.nodes[node].parent;
    return node;
}

} // namespace parcalc::score_words
