// Exporting a check of the document as an HTML or ODS report file.
#include "sidebar/service/service_parts.hxx"

#include "core/reports/batch_report.hxx"
#include "sidebar/service/report_export.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <osl/file.hxx>

#include <filesystem>

namespace parcalc::sidebar::service
{

using uno::fromUtf8;
using uno::toUtf8;

namespace
{

std::string documentName(const css::uno::Reference<css::frame::XModel>& model)
{
    const std::string url = toUtf8(model->getURL());
    if (url.empty())
        return "(chưa lưu / unsaved)";
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(model->getURL(), path) == osl::FileBase::E_None)
        return std::filesystem::path(toUtf8(path)).filename().string();
    return url;
}

} // namespace

void exportCheck(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XModel>& document, const OUString& url,
                 const OUString& format, Language uiLanguage)
{
    if (url.trim().isEmpty())
        throw css::lang::IllegalArgumentException("ParCalc: no file given for the report", {}, 1);
    const Checked c = check(document, uiLanguage);
    BatchReport report;
    report.rulesetId = c.ruleSet->id;
    report.rulesetVersion = c.ruleSet->version;
    report.files.push_back(readableReport(documentName(document), c.result));
    const Language language =
        uiLanguage == Language::Vi ? Language::Vi : Language::En;
    const std::string path = localPathOf(url);
    if (format.equalsIgnoreAsciiCase("html"))
    {
        writeTextFile(path, reportHtml(report, language));
        return;
    }
    if (format.equalsIgnoreAsciiCase("ods"))
    {
        OUString fileUrl = url;
        if (!url.startsWithIgnoreAsciiCase("file:"))
            osl::FileBase::getFileURLFromSystemPath(fromUtf8(path), fileUrl);
        try
        {
            writeOdsReport(context, report, language, fileUrl);
        }
        catch (const css::io::IOException& e)
        {
            // LibreOffice's own message names only its error code and source line.
            throw css::io::IOException(fromUtf8("ParCalc: cannot write " + path + ": ") + e.Message,
                                       {});
        }
        return;
    }
    throw css::lang::IllegalArgumentException("ParCalc: format must be html or ods", {}, 2);
}

} // namespace parcalc::sidebar::service
