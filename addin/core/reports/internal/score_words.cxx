#include "core/reports/internal/score_words.hxx"

#include "core/reports/report_texts.hxx"

#include "core/text/number_format.hxx"

namespace parcalc::score_words
{

std::string minusPts(double v)
{
    return "\xE2\x88\x92" + pts(v);
}

std::string statusLabel(CriterionStatus s, Language lang)
{
    return reportWord(lang, "score.status." + std::string(criterionStatusName(s)));
}

std::string fileStatusLabel(const ScoreFileReport& f, Language lang)
{
    if (f.status == ScoreFileStatus::Ok)
        // a self-assessment sheet only: its sums agree
        return reportWord(lang, f.appendix ? "score.file.scored" : "score.file.sums-agree");
    return reportWord(lang, "score.file." + std::string(scoreFileStatusName(f.status)));
}

std::string indexText(const ScoreEstimate& e, Language lang)
{
    if (!e.index)
        return reportWord(lang, "score.index.none");
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
