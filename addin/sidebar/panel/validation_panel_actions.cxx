// The validation panel's actions: buttons, the rule-set picker, the findings
// list and the file dialogs. Each runs in a VCL event handler: nothing escapes.
#include "sidebar/panel/validation_panel.hxx"

#include "uno/base/ustrings.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/ExtendedFilePickerElementIds.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePickerControlAccess.hpp>
#include <osl/file.hxx>

#include <chrono>

namespace parcalc::sidebar
{

using uno::fromUtf8;
using uno::toUtf8;

// --- actions -------------------------------------------------------------------------------

void ValidationPanel::runAction(const std::string& what)
{
    // Runs in a VCL event handler: nothing may escape, whatever happens.
    const Language lang = m_model.language();
    try
    {
        if (!m_document.is())
        {
            refresh();
            return;
        }
        if (what == "recheck")
        {
            const auto start = std::chrono::steady_clock::now();
            refresh();
            const auto ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
            m_model.setMessage(
                uiFormat(lang, "message.checked", {{"ms", std::to_string(int(ms + 0.5))}}));
            render();
        }
        else if (what == "mark")
        {
            const sal_Int32 n = m_service->markCells(m_document);
            m_model.setMessage(uiFormat(lang, "message.marked", {{"count", std::to_string(n)}}));
            refresh();
        }
        else if (what == "clear")
        {
            const sal_Int32 n = m_service->clearMarks(m_document);
            m_model.setMessage(uiFormat(lang, "message.cleared", {{"count", std::to_string(n)}}));
            refresh();
        }
        else if (what == "fix")
        {
            const auto selected = m_model.selectedEntry();
            const auto finding = selected ? m_model.findingOfEntry(*selected) : std::nullopt;
            if (!finding || sal_Int32(*finding) >= m_findings.getLength())
                return;
            const org::parcalc::FindingInfo info = m_findings[sal_Int32(*finding)];
            const bool fixed = m_service->applyFix(m_document, info);
            m_model.setMessage(fixed
                                   ? uiFormat(lang, "message.fixed", {{"cell", toUtf8(info.Cell)}})
                                   : uiText(lang, "message.fixGone"));
            refresh();
        }
        else if (what == "useRuleSetBook")
        {
            m_model.setMessage(useRuleSetBookOnAnother());
            render();
        }
        else if (what == "export")
        {
            std::string format;
            const std::string url = pickFile(true, &format);
            if (url.empty())
                return;
            m_service->exportReport(m_document, fromUtf8(url), fromUtf8(format));
            OUString path;
            osl::FileBase::getSystemPathFromFileURL(fromUtf8(url), path);
            m_model.setMessage(uiFormat(lang, "message.exported",
                                        {{"file", toUtf8(path.isEmpty() ? fromUtf8(url) : path)}}));
            render();
        }
    }
    catch (const css::uno::Exception& e)
    {
        showFailure(toUtf8(e.Message));
    }
    catch (const std::exception& e)
    {
        m_model.setMessage(uiFormat(lang, "message.failed", {{"error", e.what()}}));
    }
    catch (...)
    {
    }
}

void ValidationPanel::showFailure(const std::string& what)
{
    m_model.setMessage(uiFormat(m_model.language(), "message.failed", {{"error", what}}));
    try
    {
        render();
    }
    catch (...)
    {
    }
}

void ValidationPanel::onButton(const std::string& command)
{
    runAction(command);
}

void ValidationPanel::onEntrySelected(sal_Int16 position)
{
    try
    {
        m_model.selectEntry(position >= 0 ? std::optional<std::size_t>(std::size_t(position))
                                          : std::nullopt);
        const auto finding =
            position >= 0 ? m_model.findingOfEntry(std::size_t(position)) : std::nullopt;
        if (finding && m_document.is() && sal_Int32(*finding) < m_findings.getLength())
            m_service->jumpTo(m_document, m_findings[sal_Int32(*finding)]);
        render();
    }
    catch (const css::uno::Exception& e)
    {
        m_model.setMessage(
            uiFormat(m_model.language(), "message.failed", {{"error", toUtf8(e.Message)}}));
    }
    catch (...)
    {
    }
}

void ValidationPanel::onRuleSetPicked(sal_Int16 position)
{
    try
    {
        if (position < 0 || !m_document.is())
            return;
        const RuleSetPick pick = m_model.ruleSetPick(std::size_t(position));
        std::string choice = pick.value;
        if (pick.kind == RuleSetPick::Kind::Browse)
        {
            choice = pickFile(false, nullptr);
            if (choice.empty())
            {
                render(); // back to the rule set in use
                return;
            }
        }
        try
        {
            m_service->setRuleSet(m_document, fromUtf8(choice));
            m_model.setMessage({});
        }
        catch (const css::lang::IllegalArgumentException& e)
        {
            m_model.setMessage(toUtf8(e.Message)); // a broken rule file: say why, keep the old one
        }
        refresh();
    }
    catch (const css::uno::Exception& e)
    {
        showFailure(toUtf8(e.Message));
    }
    catch (...)
    {
    }
}

std::string ValidationPanel::pickFile(bool save, std::string* format)
{
    namespace dialogs = css::ui::dialogs;
    const Language lang = m_model.language();
    auto picker = dialogs::FilePicker::createWithMode(
        m_context, save ? dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION
                        : dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    const OUString htmlFilter = fromUtf8(uiText(lang, "filter.html"));
    const OUString odsFilter = fromUtf8(uiText(lang, "filter.ods"));
    std::string documentUrl = m_document.is() ? toUtf8(m_document->getURL()) : std::string();
    if (!documentUrl.empty())
    {
        const auto slash = documentUrl.find_last_of('/');
        picker->setDisplayDirectory(fromUtf8(documentUrl.substr(0, slash)));
    }
    if (save)
    {
        picker->setTitle(fromUtf8(uiText(lang, "dialog.export")));
        picker->appendFilter(htmlFilter, "*.html");
        picker->appendFilter(odsFilter, "*.ods");
        picker->setCurrentFilter(htmlFilter);
        std::string base = "parcalc";
        if (!documentUrl.empty())
        {
            base = documentUrl.substr(documentUrl.find_last_of('/') + 1);
            base = base.substr(0, base.find_last_of('.'));
        }
        picker->setDefaultName(fromUtf8(base + uiText(lang, "report.suffix") + ".html"));
        css::uno::Reference<dialogs::XFilePickerControlAccess> access(picker, css::uno::UNO_QUERY);
        if (access.is())
        {
            try
            {
                access->setValue(dialogs::ExtendedFilePickerElementIds::CHECKBOX_AUTOEXTENSION, 0,
                                 css::uno::Any(true));
            }
            catch (...)
            {
            }
        }
    }
    else
    {
        picker->setTitle(fromUtf8(uiText(lang, "dialog.ruleSet")));
        picker->appendFilter(fromUtf8(uiText(lang, "filter.json")), "*.json");
    }
    if (picker->execute() != dialogs::ExecutableDialogResults::OK)
        return {};
    const auto files = picker->getSelectedFiles();
    if (files.getLength() == 0)
        return {};
    std::string url = toUtf8(files[0]);
    if (save && format)
    {
        const bool ods = picker->getCurrentFilter() == odsFilter ||
                         (url.size() > 4 && url.compare(url.size() - 4, 4, ".ods") == 0);
        *format = ods ? "ods" : "html";
        const std::string extension = ods ? ".ods" : ".html";
        if (url.size() < extension.size() ||
            url.compare(url.size() - extension.size(), extension.size(), extension) != 0)
            url += extension;
    }
    if (!save)
    {
        OUString path;
        if (osl::FileBase::getSystemPathFromFileURL(fromUtf8(url), path) == osl::FileBase::E_None)
            url = toUtf8(path);
    }
    return url;
}

} // namespace parcalc::sidebar
