// Writing the batch report as an .ods through the running soffice (bold
// header, optimal column widths), so a reviewer opens it in Calc.
#pragma once

#include "batch_report.hxx"
#include "office_session.hxx"

namespace parcalc::client
{

void writeOdsReport(const OfficeSession& office, const BatchReport& report, ReportLanguage lang,
                    const std::string& path);

} // namespace parcalc::client
