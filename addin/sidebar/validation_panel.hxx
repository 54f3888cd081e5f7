// The content of the "Kiểm tra biểu thống kê" panel: XToolPanel + XSidebarPanel
// with AWT controls under the sidebar's ParentWindow. A view only: state and
// labels come from PanelModel, document work from the AppendixValidator
// service. It re-checks after edits (XModifyListener, debounced: the check
// runs on the office's main thread once typing pauses), follows the frame's
// document (attach/detach, close), and removes every listener on dispose;
// afterwards its methods throw DisposedException.
#pragma once

#include "awt_controls.hxx"
#include "debouncer.hxx"
#include "panel_model.hxx"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XRequestCallback.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase8.hxx>
#include <org/parcalc/XAppendixValidator.hpp>

#include <memory>

namespace parcalc::sidebar
{

using ValidationPanelBase =
    cppu::WeakComponentImplHelper8<css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::util::XModifyListener, css::awt::XWindowListener,
                                   css::awt::XActionListener, css::awt::XItemListener,
                                   css::frame::XFrameActionListener, css::awt::XCallback>;

class ValidationPanel : private cppu::BaseMutex, public ValidationPanelBase
{
public:
    // Builds the controls and starts listening; the first check is posted, not run here.
    static css::uno::Reference<css::ui::XToolPanel>
    create(const css::uno::Reference<css::uno::XComponentContext>& context,
           const css::uno::Reference<css::frame::XFrame>& frame,
           const css::uno::Reference<css::awt::XWindow>& parentWindow,
           const css::uno::Reference<css::ui::XSidebar>& sidebar);

    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;

    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;

    // XModifyListener
    void SAL_CALL modified(const css::lang::EventObject& event) override;
    // XEventListener (document, frame, parent window, controls)
    void SAL_CALL disposing(const css::lang::EventObject& event) override;
    // XWindowListener (the parent window)
    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    // XActionListener (buttons)
    void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override;
    // XItemListener (rule-set picker, findings list)
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override;
    // XFrameActionListener
    void SAL_CALL frameAction(const css::frame::FrameActionEvent& event) override;
    // XCallback (AsyncCallback: a check posted to the main thread)
    void SAL_CALL notify(const css::uno::Any& data) override;

private:
    ValidationPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::frame::XFrame>& frame,
                    const css::uno::Reference<css::awt::XWindow>& parentWindow,
                    const css::uno::Reference<css::ui::XSidebar>& sidebar);
    void init();

    // WeakComponentImplHelper: called once by dispose().
    void SAL_CALL disposing() override;

    void throwIfDisposed();
    bool disposed() const;

    void bindDocument(const css::uno::Reference<css::frame::XModel>& model);
    void postCheck();       // as soon as the main thread is free
    void refresh();         // check now and redraw
    void render();          // model -> controls
    void publish();         // what the panel shows -> panel_registry
    void arrangeToWindow(); // lay out to the parent window's size
    sal_Int32 arrange(sal_Int32 width, sal_Int32 listHeight, bool apply);
    sal_Int32 preferredListHeight() const;
    sal_Int32 minimalListHeight() const;

    void onButton(const std::string& command);
    void onRuleSetPicked(sal_Int16 position);
    void onEntrySelected(sal_Int16 position);
    void runAction(const std::string& what);
    std::string pickFile(bool save, std::string* format);

    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::frame::XFrame> m_frame;
    css::uno::Reference<css::awt::XWindow> m_parent;
    css::uno::Reference<css::ui::XSidebar> m_sidebar;
    css::uno::Reference<css::frame::XModel> m_document;
    css::uno::Reference<org::parcalc::XAppendixValidator> m_service;
    css::uno::Reference<css::awt::XRequestCallback> m_async;
    css::uno::Reference<css::awt::XCallback> m_asyncTarget; // forwards to us, weakly
    std::unique_ptr<Debouncer> m_debouncer;

    PanelModel m_model;
    css::uno::Sequence<org::parcalc::FindingInfo> m_findings; // as in the model's snapshot
    std::vector<std::string> m_shownEntries;
    std::vector<std::string> m_shownRuleSets;
    sal_Int32 m_lastHeight = -1;
    double m_lastCheckMs = -1; // duration of the last posted check (validate + redraw)
    bool m_rendering = false;  // set while the panel fills its own controls

    std::unique_ptr<AwtControls> m_controls;
    css::uno::Reference<css::awt::XWindow> m_status, m_unit, m_hint, m_ruleLabel, m_ruleList,
        m_ruleError, m_counts, m_list, m_fixText, m_marks, m_message;
    css::uno::Reference<css::awt::XWindow> m_recheck, m_mark, m_clear, m_fix, m_export;
};

} // namespace parcalc::sidebar
