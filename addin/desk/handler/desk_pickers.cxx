// FilePicker / FolderPicker with the sidebar's and the desk's texts.
#include "desk/handler/desk_pickers.hxx"

#include "sidebar/model/ui_strings.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>

namespace parcalc::desk
{

namespace dialogs = css::ui::dialogs;
using uno::fromUtf8;

namespace
{

// The folder of a stored document's URL, or empty.
OUString folderOf(const OUString& url)
{
    const sal_Int32 slash = url.lastIndexOf('/');
    return slash > 0 ? url.copy(0, slash) : OUString();
}

} // namespace

std::optional<ReportFile> pickReportFile(const DeskCall& call,
                                         const css::uno::Reference<css::frame::XModel>& document)
{
    const Language lang = call.language;
    auto picker = dialogs::FilePicker::createWithMode(
        call.context, dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    const OUString html = fromUtf8(sidebar::uiText(lang, "filter.html"));
    const OUString ods = fromUtf8(sidebar::uiText(lang, "filter.ods"));
    picker->setTitle(fromUtf8(sidebar::uiText(lang, "dialog.export")));
    picker->appendFilter(html, "*.html");
    picker->appendFilter(ods, "*.ods");
    picker->setCurrentFilter(html);
    const OUString documentUrl = document->getURL();
    OUString base = "parcalc";
    if (const OUString folder = folderOf(documentUrl); !folder.isEmpty())
    {
        picker->setDisplayDirectory(folder);
        base = documentUrl.copy(folder.getLength() + 1);
        if (const sal_Int32 dot = base.lastIndexOf('.'); dot > 0)
            base = base.copy(0, dot);
    }
    picker->setDefaultName(base + fromUtf8(sidebar::uiText(lang, "report.suffix")) + ".html");
    if (picker->execute() != dialogs::ExecutableDialogResults::OK)
        return std::nullopt;
    const auto files = picker->getSelectedFiles();
    if (files.getLength() == 0)
        return std::nullopt;
    ReportFile file{files[0],
                    OUString::createFromAscii(picker->getCurrentFilter() == ods ? "ods" : "html")};
    if (file.url.endsWithIgnoreAsciiCase(".ods"))
        file.format = "ods";
    const OUString extension = "." + file.format;
    if (!file.url.endsWithIgnoreAsciiCase(extension))
        file.url += extension;
    return file;
}

OUString pickFolder(const DeskCall& call)
{
    auto picker = dialogs::FolderPicker::create(call.context);
    picker->setTitle(fromUtf8(call.text("dialog.pickFolder")));
    if (picker->execute() != dialogs::ExecutableDialogResults::OK)
        return {};
    return picker->getDirectory();
}

std::vector<OUString> pickSpreadsheets(const DeskCall& call)
{
    auto picker = dialogs::FilePicker::createWithMode(
        call.context, dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(fromUtf8(call.text("dialog.pickFiles")));
    picker->setMultiSelectionMode(true);
    const OUString spreadsheets = fromUtf8(call.text("filter.spreadsheets"));
    picker->appendFilter(spreadsheets, "*.ods;*.fods;*.xlsx;*.xls;*.csv");
    picker->setCurrentFilter(spreadsheets);
    if (picker->execute() != dialogs::ExecutableDialogResults::OK)
        return {};
    const auto files = picker->getSelectedFiles();
    return std::vector<OUString>(files.begin(), files.end());
}

} // namespace parcalc::desk
