// Writing the sidebar's report files: HTML from the core writer (reportHtml),
// ODS by pouring the core's report rows (reportRows) into a hidden Calc
// document of the running office and storing it.
#pragma once

#include "core/reports/batch_report.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace parcalc::sidebar
{

// "file:///..." -> a local path; IllegalArgumentException for other URLs. A plain path is kept.
std::string localPathOf(const OUString& urlOrPath);

// Throws css::io::IOException when the file cannot be written.
void writeTextFile(const std::string& path, const std::string& content);

void writeOdsReport(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const BatchReport& report, Language language, const OUString& url);

} // namespace parcalc::sidebar
