// Batch, Consolidate: choosing the files, then the batch engine (desk/batch).
#include "desk/handler/desk_actions.hxx" // first: OUString in the global namespace, which
                                         // desk_batch.hxx names unqualified

#include "core/submission/file_collection.hxx"
#include "desk/batch/desk_batch.hxx"
#include "desk/handler/desk_messages.hxx"
#include "desk/handler/desk_pickers.hxx"
#include "uno/base/ustrings.hxx"

#include <osl/file.hxx>

namespace parcalc::desk
{

using uno::fromUtf8;
using uno::toUtf8;

namespace
{

// What the user chose (URLs of folders or files) and the argument it came from.
struct Choice
{
    std::vector<OUString> urls;
    const char* argument = "Files";
};

Choice chooseInDialogs(const DeskCall& call)
{
    const int answer = askDesk(call.context, call.frame, call.text("dialog.folderOrFiles"));
    if (answer < 0)
        return {};
    if (answer == 0)
        return {pickSpreadsheets(call), "Files"};
    const OUString folder = pickFolder(call);
    return {folder.isEmpty() ? std::vector<OUString>{} : std::vector<OUString>{folder}, "Folder"};
}

} // namespace

std::vector<OUString> batchFiles(const DeskCall& call)
{
    Choice choice;
    if (const auto folder = call.stringArg("Folder"))
        choice = {{*folder}, "Folder"};
    else if (const auto files = call.stringsArg("Files"))
        choice = {*files, "Files"};
    else
        choice = chooseInDialogs(call);
    if (choice.urls.empty())
        return {};
    std::vector<std::string> paths;
    std::string where;
    for (const OUString& url : choice.urls)
    {
        OUString path;
        if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
            throw DeskFailure(
                call.text("error.badArgument",
                          {{"name", choice.argument},
                           {"why", call.text("error.notFileUrl", {{"value", toUtf8(url)}})}}));
        paths.push_back(toUtf8(path));
        where += (where.empty() ? "" : ", ") + paths.back();
    }
    std::vector<OUString> urls;
    for (const std::string& file : collectSpreadsheetFiles(paths))
    {
        OUString url;
        osl::FileBase::getFileURLFromSystemPath(fromUtf8(file), url);
        urls.push_back(url);
    }
    if (urls.empty())
        throw DeskFailure(call.text("error.noFiles", {{"where", where}}));
    return urls;
}

css::uno::Reference<css::frame::XModel> runBatchCommand(const DeskCall& call, bool consolidate)
{
    const std::vector<OUString> files = batchFiles(call);
    if (files.empty())
        return {};
    return consolidate ? runConsolidation(call.context, call.frame, files)
                       : runBatchCheck(call.context, call.frame, files);
}

} // namespace parcalc::desk
