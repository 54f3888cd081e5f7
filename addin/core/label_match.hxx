// label_match: a label folded once (text_fold) into sorted words, and the
// similarity / coverage of two folded labels without folding again. The matcher
// compares each sheet label with several template labels; folding per pair would
// run ICU hundreds of times per table.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

struct FoldedLabel
{
    std::vector<std::string> words; // folded words, sorted (a multiset)

    bool empty() const { return words.empty(); }
};

FoldedLabel foldLabel(std::string_view utf8);

// Same measures as labelSimilarity / labelCoverage in text_fold.hxx, on folded labels.
double similarity(const FoldedLabel& a, const FoldedLabel& b);
double coverage(const FoldedLabel& part, const FoldedLabel& whole);

} // namespace parcalc
