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

// Similarity of two labels in [0, 1]: Dice coefficient over their folded word
// multisets (2 * common / (|a| + |b|)). 1 for equal keys; 0 if either has no word.
double similarity(const FoldedLabel& a, const FoldedLabel& b);

// Share of the words of `part` found in `whole`, in [0, 1]: high when `part` is a
// label cut by a line wrap ("... cấp xã tiếp nhận được" vs the full label).
double coverage(const FoldedLabel& part, const FoldedLabel& whole);

// The same two measures on raw text, folding both sides first.
double labelSimilarity(std::string_view a, std::string_view b);
double labelCoverage(std::string_view part, std::string_view whole);

} // namespace parcalc
