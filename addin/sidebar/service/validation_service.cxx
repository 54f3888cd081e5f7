// The validation service: document -> core validator -> report, and the
// panel's actions on the document (each one undo step). The work is done by
// the functions of service_parts.hxx; every method here is guarded.
#include "sidebar/service/validation_service.hxx"

#include "sidebar/model/fix_planner.hxx"
#include "sidebar/panel/panel_registry.hxx"
#include "sidebar/panel/sidebar_ids.hxx"
#include "sidebar/service/document_access.hxx"
#include "sidebar/service/office_locale.hxx"
#include "sidebar/service/service_parts.hxx"
#include "uno/base/guarded.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/supportsservice.hxx>

namespace parcalc::sidebar
{

using service::openSpreadsheet;
using uno::fromUtf8;
using uno::guarded;
using uno::toUtf8;

// --- the service -------------------------------------------------------------------------------

OUString AppendixValidator::implementationName()
{
    return OUString::createFromAscii(kValidatorImplementation);
}

css::uno::Sequence<OUString> AppendixValidator::supportedServiceNames()
{
    css::uno::Sequence<OUString> names(1);
    names[0] = OUString::createFromAscii(kValidatorService);
    return names;
}

css::uno::Reference<css::uno::XInterface>
AppendixValidator::create(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new AppendixValidator(context));
}

AppendixValidator::AppendixValidator(css::uno::Reference<css::uno::XComponentContext> context)
    : m_context(std::move(context)), m_language(officeUiLanguage(m_context))
{
}

org::parcalc::ValidationReport
AppendixValidator::validate(const css::uno::Reference<css::frame::XModel>& document)
{
    return guarded([&] { return service::validationReport(document, m_language); });
}

css::table::CellAddress
AppendixValidator::getJumpTarget(const css::uno::Reference<css::frame::XModel>& document,
                                 const org::parcalc::FindingInfo& finding)
{
    return guarded(
        [&]
        {
            const auto sheet = sheetByName(openSpreadsheet(document), toUtf8(finding.Sheet));
            const auto pos = parseA1(toUtf8(finding.Cell));
            if (!sheet || !pos)
                throw css::lang::IllegalArgumentException(
                    "ParCalc: the finding names no cell of this document", {}, 1);
            return addressOf(*sheet, pos->first, pos->second);
        });
}

sal_Bool AppendixValidator::jumpTo(const css::uno::Reference<css::frame::XModel>& document,
                                   const org::parcalc::FindingInfo& finding)
{
    return guarded(
        [&]() -> sal_Bool
        {
            // The document first: a finding without a cell must not hide a bad one.
            const auto doc = openSpreadsheet(document);
            if (finding.Cell.isEmpty())
                return false;
            const auto sheet = sheetByName(doc, toUtf8(finding.Sheet));
            const auto pos = parseA1(toUtf8(finding.Cell));
            if (!sheet || !pos)
                return false;
            auto controller = document->getCurrentController();
            css::uno::Reference<css::sheet::XSpreadsheetView> view(controller, css::uno::UNO_QUERY);
            css::uno::Reference<css::view::XSelectionSupplier> selection(controller,
                                                                         css::uno::UNO_QUERY);
            if (!view.is() || !selection.is())
                return false;
            view->setActiveSheet(sheet->sheet);
            return selection->select(css::uno::Any(cellAt(*sheet, pos->first, pos->second)));
        });
}

sal_Int32 AppendixValidator::markCells(const css::uno::Reference<css::frame::XModel>& document)
{
    return guarded([&] { return service::markFindings(document, m_language); });
}

sal_Int32 AppendixValidator::clearMarks(const css::uno::Reference<css::frame::XModel>& document)
{
    return guarded(
        [&]
        {
            auto doc = openSpreadsheet(document);
            service::requireWritable(document, m_language);
            UndoContext undo(document, uiText(m_language, "undo.clear"));
            ControllerLock lock(document);
            RowHeightLock heights(document);
            return service::clearMarksIn(document, doc);
        });
}

sal_Bool AppendixValidator::applyFix(const css::uno::Reference<css::frame::XModel>& document,
                                     const org::parcalc::FindingInfo& finding)
{
    return guarded([&] { return service::applyFindingFix(document, finding, m_language); });
}

void AppendixValidator::exportReport(const css::uno::Reference<css::frame::XModel>& document,
                                     const OUString& url, const OUString& format)
{
    guarded([&] { service::exportCheck(m_context, document, url, format, m_language); });
}

css::uno::Sequence<css::beans::StringPair> AppendixValidator::getBundledRuleSets()
{
    return guarded([&] { return service::bundledRuleSetTitles(m_language); });
}

OUString AppendixValidator::getRuleSet(const css::uno::Reference<css::frame::XModel>& document)
{
    return guarded(
        [&]
        {
            service::requireOpen(document);
            return fromUtf8(service::documentChoice(document));
        });
}

void AppendixValidator::setRuleSet(const css::uno::Reference<css::frame::XModel>& document,
                                   const OUString& fileOrId)
{
    guarded([&] { service::chooseRuleSet(document, fileOrId, m_language); });
}

OUString AppendixValidator::useRuleSetBook(const css::uno::Reference<css::frame::XModel>& book,
                                           const css::uno::Reference<css::frame::XModel>& target)
{
    return guarded([&] { return fromUtf8(service::useRuleSetBook(book, target, m_language)); });
}

css::uno::Sequence<OUString>
AppendixValidator::getPanelState(const css::uno::Reference<css::frame::XFrame>& frame)
{
    return guarded(
        [&]
        {
            const auto lines = panelStates(frame);
            css::uno::Sequence<OUString> result(sal_Int32(lines.size()));
            for (std::size_t i = 0; i < lines.size(); ++i)
                result[sal_Int32(i)] = fromUtf8(lines[i]);
            return result;
        });
}

OUString AppendixValidator::getImplementationName()
{
    return implementationName();
}

sal_Bool AppendixValidator::supportsService(const OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<OUString> AppendixValidator::getSupportedServiceNames()
{
    return supportedServiceNames();
}

} // namespace parcalc::sidebar
