// The content of the "Điểm ước tính" panel. Until the scoring work lands it
// says the estimate is not available yet; same window and dispose rules as the
// validation panel.
#pragma once

#include "awt_controls.hxx"

#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase3.hxx>

#include <memory>

namespace parcalc::sidebar
{

using ScorePanelBase = cppu::WeakComponentImplHelper3<css::ui::XToolPanel, css::ui::XSidebarPanel,
                                                      css::awt::XWindowListener>;

class ScorePanel : private cppu::BaseMutex, public ScorePanelBase
{
public:
    static css::uno::Reference<css::ui::XToolPanel>
    create(const css::uno::Reference<css::uno::XComponentContext>& context,
           const css::uno::Reference<css::awt::XWindow>& parentWindow);

    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;

    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

private:
    ScorePanel(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::awt::XWindow>& parentWindow);
    void init();
    void SAL_CALL disposing() override;
    void throwIfDisposed();
    sal_Int32 arrange(sal_Int32 width, bool apply);

    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::awt::XWindow> m_parent;
    std::unique_ptr<AwtControls> m_controls;
    css::uno::Reference<css::awt::XWindow> m_text;
};

} // namespace parcalc::sidebar
