// label_match: Dice similarity and coverage over pre-folded, sorted word lists.
#include "core/text/label_match.hxx"

#include "core/text/text_fold.hxx"

#include <algorithm>

namespace parcalc
{
namespace
{

std::size_t commonCount(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    std::size_t common = 0;
    auto ia = a.begin();
    auto ib = b.begin();
    while (ia != a.end() && ib != b.end())
    {
        if (*ia < *ib)
            ++ia;
        else if (*ib < *ia)
            ++ib;
        else
        {
            ++common;
            ++ia;
            ++ib;
        }
    }
    return common;
}

} // namespace

FoldedLabel foldLabel(std::string_view utf8)
{
    FoldedLabel label{foldedWords(utf8)};
    std::sort(label.words.begin(), label.words.end());
    return label;
}

double similarity(const FoldedLabel& a, const FoldedLabel& b)
{
    if (a.empty() || b.empty())
        return 0.0;
    return 2.0 * static_cast<double>(commonCount(a.words, b.words)) /
           static_cast<double>(a.words.size() + b.words.size());
}

double coverage(const FoldedLabel& part, const FoldedLabel& whole)
{
    if (part.empty() || whole.empty())
        return 0.0;
    return static_cast<double>(commonCount(part.words, whole.words)) /
           static_cast<double>(part.words.size());
}

double labelSimilarity(std::string_view a, std::string_view b)
{
    return similarity(foldLabel(a), foldLabel(b));
}

double labelCoverage(std::string_view part, std::string_view whole)
{
    return coverage(foldLabel(part), foldLabel(whole));
}

} // namespace parcalc
