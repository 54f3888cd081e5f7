// The sidebar's UI element: a thin holder of the panel.
#include "sidebar/panel/sidebar_element.hxx"

#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

namespace parcalc::sidebar
{

SidebarElement::SidebarElement(const css::uno::Reference<css::frame::XFrame>& frame,
                               const OUString& resourceUrl,
                               const css::uno::Reference<css::uno::XInterface>& panel)
    : WeakComponentImplHelper1(m_aMutex), m_frame(frame), m_resourceUrl(resourceUrl), m_panel(panel)
{
}

void SidebarElement::throwIfDisposed()
{
    if (rBHelper.bDisposed || rBHelper.bInDispose)
        throw css::lang::DisposedException("ParCalc: the sidebar element is disposed",
                                           static_cast<cppu::OWeakObject*>(this));
}

css::uno::Reference<css::frame::XFrame> SidebarElement::getFrame()
{
    throwIfDisposed();
    return m_frame;
}

OUString SidebarElement::getResourceURL()
{
    throwIfDisposed();
    return m_resourceUrl;
}

sal_Int16 SidebarElement::getType()
{
    throwIfDisposed();
    return css::ui::UIElementType::TOOLPANEL;
}

css::uno::Reference<css::uno::XInterface> SidebarElement::getRealInterface()
{
    throwIfDisposed();
    return m_panel;
}

void SidebarElement::disposing()
{
    css::uno::Reference<css::lang::XComponent> panel(m_panel, css::uno::UNO_QUERY);
    m_panel.clear();
    m_frame.clear();
    try
    {
        if (panel.is())
            panel->dispose();
    }
    catch (...)
    {
    }
}

} // namespace parcalc::sidebar
