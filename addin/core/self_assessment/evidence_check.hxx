// evidence_check: the tài liệu kiểm chứng (evidence) of a filled self-assessment sheet.
// Provincial scoring requires evidence for every self-scored sub-criterion a rule set
// marks (`"evidence": true` on a field, criterion or sub-criterion, inherited down):
// - evidence-missing (warning): such a scored criterion (a leaf of the tree: a sub-criterion,
//   or a criterion without any) scored above 0 with an empty evidence cell;
// - evidence-file-not-found (warning): an evidence item naming a file (a name with a
//   document or picture extension, or a file: URL) that does not exist next to the sheet.
//   Web links and document numbers ("Quyết định số 12/QĐ-UBND") are not files.
#pragma once

#include "core/findings/finding.hxx"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

struct SelfAssessmentSheet;
struct ScoringRules;

struct EvidenceRules
{
    // The ids of the scored criteria (the tree's leaves) needing evidence: marked, or below a
    // marked field or criterion. A sheet row of a field or a parent criterion needs none.
    std::set<std::string> required;
    // The folder of the checked file, where relative file names are looked for; empty:
    // file names are not checked (a sheet with no known place, as in the Calc sidebar of
    // an unsaved document).
    std::string folder;
};

// The rules of a scoring tree: the ids its "evidence" marks, and where files are.
EvidenceRules evidenceRules(const ScoringRules& scoring, std::string folder);

// The items of an evidence cell (split on ';' and line breaks, trimmed) that name a file.
std::vector<std::string> evidenceFiles(std::string_view evidence);

// The findings (messages not yet filled) for `sheet`'s evidence column; none without one.
std::vector<Finding> checkEvidence(const SelfAssessmentSheet& sheet, const EvidenceRules& rules);

} // namespace parcalc
