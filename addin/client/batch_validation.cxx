// The batch loop over the offices: each file read and checked by uno/load (sniff, load,
// read, close, checkSubmission); soffice restarted when a file killed it.
#include "client/batch_validation.hxx"

#include "client/parallel_batch.hxx"

#include "uno/load/submission_read.hxx"

namespace parcalc::client
{

std::vector<CellGrid> readWorkbook(OfficeSession& office, const std::string& path)
{
    if (const auto reason = uno::sniffReason(path))
        throw OfficeError(reason->en);
    return uno::readDocumentSheets(office.load(path), path);
}

WorkbookRead readWorkbookForBatch(OfficeSession& office, const std::string& path)
{
    WorkbookRead read = uno::readWorkbookFile(
        path, [&office](const std::string& p) { return office.load(p); },
        [&office] { return office.alive(); });
    if (read.officeLost)
        office.recover();
    return read;
}

BatchReport validateFiles(const std::vector<OfficeSession*>& offices,
                          const std::vector<std::string>& files, const RuleSet& ruleSet,
                          const std::vector<CellGrid>* previous, const Progress& progress)
{
    BatchReport report;
    report.rulesetId = ruleSet.id;
    report.rulesetVersion = ruleSet.version;
    report.files = mapOnOffices<FileReport>(
        offices, files.size(),
        [&](OfficeSession& office, std::size_t i) {
            return uno::fileReportOf(files[i], readWorkbookForBatch(office, files[i]), ruleSet,
                                     previous);
        },
        [&](std::size_t i, const FileReport& entry)
        {
            if (progress)
                progress(i + 1, files.size(), entry);
        });
    return report;
}

} // namespace parcalc::client
