// The UI element the sidebar gets from our factory: type TOOLPANEL, its real
// interface is the panel content; disposing the element disposes the panel.
#pragma once

#include "uno/base/ustrings.hxx"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase1.hxx>

namespace parcalc::sidebar
{

class SidebarElement : private cppu::BaseMutex,
                       public cppu::WeakComponentImplHelper1<css::ui::XUIElement>
{
public:
    SidebarElement(const css::uno::Reference<css::frame::XFrame>& frame,
                   const OUString& resourceUrl,
                   const css::uno::Reference<css::uno::XInterface>& panel);

    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
    OUString SAL_CALL getResourceURL() override;
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;

private:
    void SAL_CALL disposing() override;
    void throwIfDisposed();

    css::uno::Reference<css::frame::XFrame> m_frame;
    OUString m_resourceUrl;
    css::uno::Reference<css::uno::XInterface> m_panel;
};

} // namespace parcalc::sidebar
