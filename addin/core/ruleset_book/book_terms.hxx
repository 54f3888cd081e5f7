// book_terms: the closed choices of the authoring workbook (row kinds, severities, rule
// kinds, not-applicable policies, levels, manual-input units): the Vietnamese word a
// cell shows (and its drop-down lists), the name the rule-set JSON uses, and the reading
// of what a user typed (either, accents and case ignored).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc::book
{

struct Term
{
    std::string_view json; // "count"
    std::string_view word; // "số lượng": what the workbook shows
};

struct TermList
{
    std::string_view whatVi, whatEn; // "loại dòng" / "row kind", for messages
    std::vector<Term> terms;

    // The JSON name of a typed word or JSON name; nullopt when it is none of them.
    std::optional<std::string_view> find(std::string_view typed) const;
    // The workbook word of a JSON name ("" when unknown).
    std::string_view wordOf(std::string_view json) const;
    // "số lượng, tiền, …": the words, for messages and drop-down lists.
    std::string wordsJoined(std::string_view separator = ", ") const;
    std::vector<std::string> words() const;
};

const TermList& rowKindTerms();
const TermList& severityTerms();
const TermList& ruleKindTerms();
const TermList& notApplicableTerms();
const TermList& levelTerms();
const TermList& manualUnitTerms();
const TermList& evidenceTerms(); // có / không: "evidence" true / false

} // namespace parcalc::book
