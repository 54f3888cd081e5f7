// Export: the sidebar's export (service::exportCheck) from the menu, with a save dialog.
#include "desk/handler/desk_actions.hxx"

#include "desk/handler/desk_messages.hxx"
#include "desk/handler/desk_pickers.hxx"
#include "sidebar/service/service_parts.hxx"
#include "uno/base/ustrings.hxx"

#include <osl/file.hxx>

namespace parcalc::desk
{

OUString exportReport(const DeskCall& call)
{
    const auto document = call.spreadsheet();
    OUString url, format;
    if (const auto file = call.stringArg("File"))
    {
        url = *file;
        format = call.stringArg("Format").value_or(
            url.endsWithIgnoreAsciiCase(".ods") ? OUString("ods") : OUString("html"));
    }
    else if (const auto picked = pickReportFile(call, document))
    {
        url = picked->url;
        format = picked->format;
    }
    else
        return {};
    sidebar::service::exportCheck(call.context, document, url, format, call.language);
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        path = url;
    showDeskMessage(call.context, call.frame, MessageKind::Info,
                    call.text("info.exported", {{"file", uno::toUtf8(path)}}));
    return url;
}

} // namespace parcalc::desk
