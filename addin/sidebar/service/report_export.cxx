// HTML and ODS report files for the sidebar's Export button.
#include "sidebar/service/report_export.hxx"

#include "uno/io/table_document.hxx"

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <osl/file.hxx>

#include <fstream>

namespace parcalc::sidebar
{

using uno::fromUtf8;
using uno::toUtf8;

std::string localPathOf(const OUString& urlOrPath)
{
    if (!urlOrPath.startsWithIgnoreAsciiCase("file:"))
    {
        if (urlOrPath.indexOf(':') > 1) // another scheme ("http://", "vnd.sun.star...")
            throw css::lang::IllegalArgumentException("ParCalc: only local files: " + urlOrPath, {},
                                                      0);
        return toUtf8(urlOrPath);
    }
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(urlOrPath, path) != osl::FileBase::E_None)
        throw css::lang::IllegalArgumentException("ParCalc: not a file URL: " + urlOrPath, {}, 0);
    return toUtf8(path);
}

void writeTextFile(const std::string& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out)
        throw css::io::IOException(fromUtf8("ParCalc: cannot write " + path));
}

void writeOdsReport(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const BatchReport& report, Language language, const OUString& url)
{
    uno::storeTableAsOds(css::uno::Reference<css::frame::XComponentLoader>(
                             css::frame::Desktop::create(context), css::uno::UNO_QUERY_THROW),
                         reportRows(report, language), url);
}

} // namespace parcalc::sidebar
