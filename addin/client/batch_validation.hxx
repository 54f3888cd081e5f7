// Validating many submitted files with one reused soffice: each file is
// sniffed, loaded hidden and read-only, read with range calls, closed, and
// validated by the core (all in uno/load, the path the batch inside Calc takes too); a file that
// cannot be read is reported with its reason and the run goes on (soffice is restarted if a file
// killed it).
#pragma once

#include "client/office_session.hxx"
#include "core/reports/batch_report.hxx"
#include "core/submission/file_collection.hxx"
#include "uno/load/workbook_read.hxx"

#include <functional>
#include <string>
#include <vector>

namespace parcalc::client
{

// Per-file progress: index (1-based), total, the file's report.
using Progress = std::function<void(std::size_t, std::size_t, const FileReport&)>;

// Reads every sheet of a file; throws OfficeError (with the reason) when unreadable.
std::vector<CellGrid> readWorkbook(OfficeSession& office, const std::string& path);

// One file of a batch run read like validateFiles reads it: the sheets, or why the file is
// unreadable in Vietnamese and English (soffice is restarted if the file killed it).
using uno::WorkbookRead;
WorkbookRead readWorkbookForBatch(OfficeSession& office, const std::string& path);

// Every file read and checked, spread over the offices (parallel_batch), the report in
// the order of `files` whatever their number; progress comes in that order too.
BatchReport validateFiles(const std::vector<OfficeSession*>& offices,
                          const std::vector<std::string>& files, const RuleSet& ruleSet,
                          const std::vector<CellGrid>* previous, const Progress& progress = {});

inline BatchReport validateFiles(OfficeSession& office, const std::vector<std::string>& files,
                                 const RuleSet& ruleSet, const std::vector<CellGrid>* previous,
                                 const Progress& progress = {})
{
    return validateFiles(std::vector<OfficeSession*>{&office}, files, ruleSet, previous, progress);
}

} // namespace parcalc::client
