// The content of the "Điểm ước tính" panel: the estimated PAR index score of the
// open document's appendix under the bundled EXAMPLE scoring rule set (as
// `parcalc score` computes it), one line per criterion the appendix decides, the
// criteria left to manual scoring. Texts come from score_model (UNO-free). Like
// the validation panel it follows the frame's document and re-scores after edits
// (debounced, on the office's main thread), with the same window and dispose rules.
#pragma once

#include "awt_controls.hxx"
#include "debouncer.hxx"
#include "ui_strings.hxx"

#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XRequestCallback.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase6.hxx>

#include <memory>
#include <string>
#include <vector>

namespace parcalc::sidebar
{

using ScorePanelBase =
    cppu::WeakComponentImplHelper6<css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::util::XModifyListener, css::awt::XWindowListener,
                                   css::frame::XFrameActionListener, css::awt::XCallback>;

class ScorePanel : private cppu::BaseMutex, public ScorePanelBase
{
public:
    // Builds the controls and starts listening; the first estimate is posted, not run here.
    static css::uno::Reference<css::ui::XToolPanel>
    create(const css::uno::Reference<css::uno::XComponentContext>& context,
           const css::uno::Reference<css::frame::XFrame>& frame,
           const css::uno::Reference<css::awt::XWindow>& parentWindow);

    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;

    // XModifyListener
    void SAL_CALL modified(const css::lang::EventObject& event) override;
    // XEventListener (document, frame, parent window)
    void SAL_CALL disposing(const css::lang::EventObject& event) override;
    // XWindowListener (the parent window)
    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    // XFrameActionListener
    void SAL_CALL frameAction(const css::frame::FrameActionEvent& event) override;
    // XCallback (AsyncCallback: an estimate posted to the main thread)
    void SAL_CALL notify(const css::uno::Any& data) override;

private:
    ScorePanel(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame,
               const css::uno::Reference<css::awt::XWindow>& parentWindow);
    void init();
    void SAL_CALL disposing() override;
    void throwIfDisposed();
    bool disposed() const;

    void bindDocument(const css::uno::Reference<css::frame::XModel>& model);
    void postEstimate();
    void refresh(); // score the document now and redraw
    void render();  // m_lines -> controls
    void arrangeToWindow();
    sal_Int32 arrange(sal_Int32 width, sal_Int32 listH, bool apply);
    sal_Int32 preferredListHeight() const;
    sal_Int32 minimalListHeight() const;

    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::frame::XFrame> m_frame;
    css::uno::Reference<css::awt::XWindow> m_parent;
    css::uno::Reference<css::frame::XModel> m_document;
    css::uno::Reference<css::awt::XRequestCallback> m_async;
    css::uno::Reference<css::awt::XCallback> m_asyncTarget; // forwards to us, weakly
    std::unique_ptr<Debouncer> m_debouncer;
    UiLanguage m_language = UiLanguage::English;

    std::vector<std::string> m_texts; // rule set, note, appendix, estimate, open
    std::vector<std::string> m_criteria;
    std::vector<std::string> m_shownCriteria;

    std::unique_ptr<AwtControls> m_controls;
    std::vector<css::uno::Reference<css::awt::XWindow>> m_labels; // as m_texts
    css::uno::Reference<css::awt::XWindow> m_list;
};

} // namespace parcalc::sidebar
