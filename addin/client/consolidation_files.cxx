// consolidation_files: reading each file once, and the workbook through the office.
#include "client/consolidation_files.hxx"

#include "client/batch_validation.hxx"
#include "client/parallel_batch.hxx"
#include "core/consolidation/consolidation_sheets.hxx"
#include "uno/io/workbook_document.hxx"
#include "uno/load/submission_read.hxx"

namespace parcalc::client
{

UnitInput readUnit(OfficeSession& office, const std::string& file, const RuleSet& ruleSet)
{
    return uno::unitOf(file, readWorkbookForBatch(office, file), ruleSet);
}

std::vector<UnitInput> readUnits(const std::vector<OfficeSession*>& offices,
                                 const std::vector<std::string>& files, const RuleSet& ruleSet,
                                 const UnitProgress& progress)
{
    return mapOnOffices<UnitInput>(
        offices, files.size(),
        [&](OfficeSession& office, std::size_t i) { return readUnit(office, files[i], ruleSet); },
        [&](std::size_t i, const UnitInput& unit)
        {
            if (progress)
                progress(i + 1, files.size(), unit);
        });
}

void writeConsolidationWorkbook(const OfficeSession& office, const Consolidation& consolidation,
                                const RuleSet& ruleSet, const std::string& consolidatingUnit,
                                Language language, bool xlsx, const std::string& path)
{
    const std::vector<OutputSheet> sheets =
        consolidationSheets(consolidation, ruleSet, consolidatingUnit, language);
    std::vector<uno::WorkbookSheet> out;
    for (const OutputSheet& sheet : sheets)
        out.push_back({&sheet.grid, sheet.boldRows, sheet.marked});
    uno::storeWorkbook(css::uno::Reference<css::frame::XComponentLoader>(office.desktop(),
                                                                         css::uno::UNO_QUERY_THROW),
                       out, xlsx ? uno::WorkbookFormat::Xlsx : uno::WorkbookFormat::Ods,
                       fromUtf8(fileUrl(path)));
}

} // namespace parcalc::client
