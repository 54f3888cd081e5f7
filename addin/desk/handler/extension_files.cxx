// Files the extension ships: where the installed .oxt is (PackageInformationProvider), the
// templates (NewAppendix, NewSelfAssessment) and the user guide (Guide).
#include "desk/handler/desk_actions.hxx"

#include "uno/base/ustrings.hxx"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/system/SystemShellExecute.hpp>
#include <com/sun/star/system/SystemShellExecuteFlags.hpp>
#include <osl/file.hxx>

namespace parcalc::desk
{

using uno::fromUtf8;

OUString extensionFileUrl(const DeskCall& call, const std::string& relativePath)
{
    OUString root = css::deployment::PackageInformationProvider::get(call.context)
                        ->getPackageLocation(OUString::createFromAscii(kExtensionId));
    if (root.isEmpty())
        throw DeskFailure(call.text("error.noExtension", {{"id", kExtensionId}}));
    if (!root.endsWith("/"))
        root += "/";
    const OUString url = root + fromUtf8(relativePath);
    osl::DirectoryItem item;
    if (osl::DirectoryItem::get(url, item) != osl::FileBase::E_None)
        throw DeskFailure(call.text("error.missingFile", {{"file", relativePath}}));
    return url;
}

css::uno::Reference<css::frame::XModel> newFromTemplate(const DeskCall& call, DeskCommandId which)
{
    // registry/CMakeLists.txt (PARCALC_TEMPLATES) names the files and their folders.
    const std::string name =
        which == DeskCommandId::NewSelfAssessment ? "mau-tu-danh-gia" : "mau-phu-luc";
    const std::string folder = call.language == Language::Vi ? "vi" : "en-US";
    const OUString url =
        extensionFileUrl(call, "templates/" + folder + "/ParCalc/" + name + ".ots");
    css::uno::Sequence<css::beans::PropertyValue> load(1);
    load[0].Name = "AsTemplate";
    load[0].Value <<= true;
    css::uno::Reference<css::frame::XComponentLoader> loader(
        css::frame::Desktop::create(call.context), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::frame::XModel> model(
        loader->loadComponentFromURL(url, "_blank", 0, load), css::uno::UNO_QUERY);
    if (!model.is())
        throw DeskFailure(call.text("error.missingFile", {{"file", uno::toUtf8(url)}}));
    return model;
}

OUString guideUrl(const DeskCall& call)
{
    return extensionFileUrl(call, "guide/guide.html");
}

OUString openGuide(const DeskCall& call)
{
    const OUString url = guideUrl(call);
    if (call.boolArg("Open", true))
        css::system::SystemShellExecute::create(call.context)
            ->execute(url, OUString(), css::system::SystemShellExecuteFlags::URIS_ONLY);
    return url;
}

} // namespace parcalc::desk
