// The report rows (reportRows) stored as an .ods through the running soffice.
#include "client/ods_report.hxx"

#include "uno/io/table_document.hxx"

namespace parcalc::client
{

void writeOdsReport(const OfficeSession& office, const BatchReport& report, Language lang,
                    const std::string& path)
{
    uno::storeTableAsOds(css::uno::Reference<css::frame::XComponentLoader>(
                             office.desktop(), css::uno::UNO_QUERY_THROW),
                         reportRows(report, lang), fromUtf8(fileUrl(path)));
}

} // namespace parcalc::client
