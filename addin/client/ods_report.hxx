// Writing the batch report as an .ods through the running soffice (bold
// header, optimal column widths), so a reviewer opens it in Calc.
#pragma once

#include "client/office_session.hxx"
#include "core/reports/batch_report.hxx"

namespace parcalc::client
{

void writeOdsReport(const OfficeSession& office, const BatchReport& report, Language lang,
                    const std::string& path);

} // namespace parcalc::client
