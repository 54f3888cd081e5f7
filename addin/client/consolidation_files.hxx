// consolidation_files: the files of `parcalc consolidate` read into the core's UnitInputs
// with reused soffices (the batch reading of batch_validation, spread over the offices of
// parallel_batch), and the output workbook stored through one of them.
#pragma once

#include "client/office_session.hxx"
#include "core/consolidation/consolidation.hxx"

#include <functional>
#include <string>
#include <vector>

namespace parcalc::client
{

// One file: sniffed, loaded, read and given the submission verdict; an unreadable file
// with its reason (soffice restarted if the file killed it). Never throws for a bad file.
UnitInput readUnit(OfficeSession& office, const std::string& file, const RuleSet& ruleSet);

// Per-file progress: index (1-based), total, the file as read.
using UnitProgress = std::function<void(std::size_t, std::size_t, const UnitInput&)>;

// readUnit for each file, spread over the offices; the units and the progress calls in the
// order of `files`, whatever the number of offices.
std::vector<UnitInput> readUnits(const std::vector<OfficeSession*>& offices,
                                 const std::vector<std::string>& files, const RuleSet& ruleSet,
                                 const UnitProgress& progress = {});

// The four sheets (consolidation_sheets) in `language` as .ods or .xlsx (`xlsx` true) at
// `path`.
void writeConsolidationWorkbook(const OfficeSession& office, const Consolidation& consolidation,
                                const RuleSet& ruleSet, const std::string& consolidatingUnit,
                                Language language, bool xlsx, const std::string& path);

} // namespace parcalc::client
