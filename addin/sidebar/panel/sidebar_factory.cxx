// Resource URL -> panel content inside a UI element.
#include "sidebar/panel/sidebar_factory.hxx"

#include "sidebar/panel/score_panel.hxx"
#include "sidebar/panel/sidebar_element.hxx"
#include "sidebar/panel/sidebar_ids.hxx"
#include "sidebar/panel/validation_panel.hxx"
#include "uno/base/guarded.hxx"

#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <cppuhelper/supportsservice.hxx>

namespace parcalc::sidebar
{

OUString SidebarFactory::implementationName()
{
    return OUString::createFromAscii(kFactoryImplementation);
}

css::uno::Sequence<OUString> SidebarFactory::supportedServiceNames()
{
    css::uno::Sequence<OUString> names(1);
    names[0] = OUString::createFromAscii(kFactoryService);
    return names;
}

css::uno::Reference<css::uno::XInterface>
SidebarFactory::create(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new SidebarFactory(context));
}

SidebarFactory::SidebarFactory(css::uno::Reference<css::uno::XComponentContext> context)
    : m_context(std::move(context))
{
}

css::uno::Reference<css::ui::XUIElement>
SidebarFactory::createUIElement(const OUString& resourceUrl,
                                const css::uno::Sequence<css::beans::PropertyValue>& args)
{
    return uno::guarded(
        [&]() -> css::uno::Reference<css::ui::XUIElement>
        {
            const OUString prefix = OUString::createFromAscii(kResourcePrefix);
            if (!resourceUrl.startsWith(prefix))
                throw css::container::NoSuchElementException("ParCalc: unknown resource " +
                                                             resourceUrl);
            const OUString panelId = resourceUrl.copy(prefix.getLength());

            css::uno::Reference<css::frame::XFrame> frame;
            css::uno::Reference<css::awt::XWindow> parent;
            css::uno::Reference<css::ui::XSidebar> sidebar;
            for (const auto& arg : args)
            {
                if (arg.Name == "Frame")
                    arg.Value >>= frame;
                else if (arg.Name == "ParentWindow")
                    arg.Value >>= parent;
                else if (arg.Name == "Sidebar")
                    arg.Value >>= sidebar;
            }
            if (!parent.is())
                throw css::lang::IllegalArgumentException("ParCalc: no ParentWindow for " +
                                                              resourceUrl,
                                                          static_cast<cppu::OWeakObject*>(this), 1);
            if (!frame.is())
                throw css::lang::IllegalArgumentException("ParCalc: no Frame for " + resourceUrl,
                                                          static_cast<cppu::OWeakObject*>(this), 1);

            css::uno::Reference<css::ui::XToolPanel> panel;
            if (panelId.equalsAscii(kValidationPanelId))
                panel = ValidationPanel::create(m_context, frame, parent, sidebar);
            else if (panelId.equalsAscii(kScorePanelId))
                panel = ScorePanel::create(m_context, frame, parent);
            else
                throw css::container::NoSuchElementException("ParCalc: unknown panel " + panelId);
            return new SidebarElement(frame, resourceUrl, panel);
        });
}

OUString SidebarFactory::getImplementationName()
{
    return implementationName();
}

sal_Bool SidebarFactory::supportsService(const OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<OUString> SidebarFactory::getSupportedServiceNames()
{
    return supportedServiceNames();
}

} // namespace parcalc::sidebar
