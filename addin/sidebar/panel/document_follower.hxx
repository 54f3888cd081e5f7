// What both sidebar panels (validation, estimated score) do to follow the
// frame's document: the XToolPanel/XSidebarPanel basics over their AWT controls,
// listening to the frame (attach/detach), the document (edits, close) and the
// parent window (resize), posting a check to the main thread (debounced after
// edits), and removing every listener on dispose; afterwards the panel's
// methods throw DisposedException. A panel supplies its layout and what it
// shows; ImplBase is its cppu::WeakComponentImplHelperN, which must include
// XToolPanel, XSidebarPanel, XModifyListener, XWindowListener,
// XFrameActionListener and XCallback.
#pragma once

#include "sidebar/model/debouncer.hxx"
#include "sidebar/panel/awt_controls.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/WindowEvent.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XRequestCallback.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/FrameActionEvent.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <cppuhelper/basemutex.hxx>

#include <memory>

namespace parcalc::sidebar
{

template <class ImplBase> class DocumentFollowingPanel : private cppu::BaseMutex, public ImplBase
{
public:
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
    // XFrameActionListener
    void SAL_CALL frameAction(const css::frame::FrameActionEvent& event) override;
    // XCallback (AsyncCallback: a check posted to the main thread)
    void SAL_CALL notify(const css::uno::Any& data) override;

protected:
    // `what` names the panel in the DisposedException ("the score panel").
    DocumentFollowingPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const css::uno::Reference<css::frame::XFrame>& frame,
                           const css::uno::Reference<css::awt::XWindow>& parentWindow,
                           const char* what, sal_Int32 minimalWidth);

    // Listens to the parent window and the frame, and binds the frame's document
    // (which posts the first check). Call from init(), after the controls exist.
    void followFrame();
    bool disposed() const;
    void throwIfDisposed();
    void bindDocument(const css::uno::Reference<css::frame::XModel>& model);
    void postCheck();          // as soon as the main thread is free
    void cancelPendingCheck(); // a check runs now: it covers the pending one
    void arrangeToWindow();    // lay out to the parent window's size

    // --- what the panel supplies ---
    virtual void documentChanged() {}       // m_document changed: forget what was shown of it
    virtual void showWithoutDocument() = 0; // after the document was detached or closed
    virtual void runPostedCheck() = 0;      // a posted check on the main thread
    virtual void disposeContent() {}        // on dispose, before the controls are disposed
    virtual sal_Int32 arrange(sal_Int32 width, sal_Int32 listHeight, bool apply) = 0;
    virtual sal_Int32 preferredListHeight() const = 0;
    virtual sal_Int32 minimalListHeight() const = 0;

    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::frame::XFrame> m_frame;
    css::uno::Reference<css::awt::XWindow> m_parent;
    css::uno::Reference<css::frame::XModel> m_document;
    std::unique_ptr<AwtControls> m_controls;

private:
    // WeakComponentImplHelper: called once by dispose().
    void SAL_CALL disposing() override;

    const char* m_what;
    sal_Int32 m_minimalWidth;
    css::uno::Reference<css::awt::XRequestCallback> m_async;
    css::uno::Reference<css::awt::XCallback> m_asyncTarget; // forwards to us, weakly
    std::unique_ptr<Debouncer> m_debouncer;
};

} // namespace parcalc::sidebar
