// Following the frame's document, for both sidebar panels.
#include "sidebar/panel/document_follower.hxx"

#include "sidebar/panel/panel_support.hxx"
#include "sidebar/panel/score_panel.hxx"
#include "sidebar/panel/validation_panel.hxx"
#include "uno/base/guarded.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/frame/FrameAction.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>

#include <algorithm>

namespace parcalc::sidebar
{

namespace
{

// Runs `f`; a listener that cannot be removed any more is gone already.
template <class F> void attempt(F&& f) noexcept
{
    try
    {
        f();
    }
    catch (...)
    {
    }
}

void removeModifyListener(const css::uno::Reference<css::frame::XModel>& document,
                          const css::uno::Reference<css::util::XModifyListener>& listener)
{
    attempt(
        [&]
        {
            css::uno::Reference<css::util::XModifyBroadcaster>(document, css::uno::UNO_QUERY_THROW)
                ->removeModifyListener(listener);
        });
}

} // namespace

template <class ImplBase>
DocumentFollowingPanel<ImplBase>::DocumentFollowingPanel(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XFrame>& frame,
    const css::uno::Reference<css::awt::XWindow>& parentWindow, const char* what,
    sal_Int32 minimalWidth)
    : ImplBase(m_aMutex), m_context(context), m_frame(frame), m_parent(parentWindow), m_what(what),
      m_minimalWidth(minimalWidth)
{
}

template <class ImplBase> void DocumentFollowingPanel<ImplBase>::followFrame()
{
    m_parent->addWindowListener(this);
    if (m_frame.is())
        m_frame->addFrameActionListener(this);

    m_async = css::awt::AsyncCallback::create(m_context);
    m_asyncTarget = new WeakCallback(this);
    m_debouncer = makeRecheckDebouncer(m_async, m_asyncTarget);

    auto controller = m_frame.is() ? m_frame->getController() : nullptr;
    bindDocument(controller.is() ? controller->getModel() : nullptr);
}

template <class ImplBase> bool DocumentFollowingPanel<ImplBase>::disposed() const
{
    return this->rBHelper.bDisposed || this->rBHelper.bInDispose;
}

template <class ImplBase> void DocumentFollowingPanel<ImplBase>::throwIfDisposed()
{
    if (disposed())
        throw css::lang::DisposedException(
            OUString("ParCalc: the " + OUString::createFromAscii(m_what) + " is disposed"),
            static_cast<cppu::OWeakObject*>(this));
}

// --- XToolPanel, XSidebarPanel ---------------------------------------------------------------

template <class ImplBase>
css::uno::Reference<css::awt::XWindow> DocumentFollowingPanel<ImplBase>::getWindow()
{
    throwIfDisposed();
    return m_controls ? m_controls->container() : nullptr;
}

template <class ImplBase>
css::uno::Reference<css::accessibility::XAccessible>
DocumentFollowingPanel<ImplBase>::createAccessible(
    const css::uno::Reference<css::accessibility::XAccessible>&)
{
    throwIfDisposed();
    // The container is a VCL window under the sidebar's; its accessible object already sits
    // in the sidebar's accessibility tree with our controls as children.
    return css::uno::Reference<css::accessibility::XAccessible>(getWindow(), css::uno::UNO_QUERY);
}

template <class ImplBase>
css::ui::LayoutSize DocumentFollowingPanel<ImplBase>::getHeightForWidth(sal_Int32 width)
{
    throwIfDisposed();
    return uno::guarded(
        [&]
        {
            const sal_Int32 preferred = arrange(width, preferredListHeight(), false);
            const sal_Int32 minimum = arrange(width, minimalListHeight(), false);
            return css::ui::LayoutSize(minimum, -1, preferred);
        });
}

template <class ImplBase> sal_Int32 DocumentFollowingPanel<ImplBase>::getMinimalWidth()
{
    throwIfDisposed();
    return m_minimalWidth;
}

// --- listeners -----------------------------------------------------------------------------

template <class ImplBase>
void DocumentFollowingPanel<ImplBase>::modified(const css::lang::EventObject&)
{
    // Any thread (an edit over the bridge too); never blocks: the check comes later.
    if (!disposed() && m_debouncer)
        m_debouncer->trigger();
}

template <class ImplBase>
void DocumentFollowingPanel<ImplBase>::disposing(const css::lang::EventObject& event)
{
    try
    {
        if (sameObject(event.Source, m_document))
        {
            m_document.clear(); // closed with the deck open
            documentChanged();
            if (!disposed())
                showWithoutDocument();
        }
        else if (sameObject(event.Source, m_frame))
            m_frame.clear();
        else if (sameObject(event.Source, m_parent))
            m_parent.clear();
    }
    catch (...)
    {
    }
}

template <class ImplBase>
void DocumentFollowingPanel<ImplBase>::windowResized(const css::awt::WindowEvent&)
{
    if (disposed())
        return;
    attempt([&] { arrangeToWindow(); });
}

template <class ImplBase>
void DocumentFollowingPanel<ImplBase>::frameAction(const css::frame::FrameActionEvent& event)
{
    if (disposed())
        return;
    try
    {
        switch (event.Action)
        {
        case css::frame::FrameAction_COMPONENT_ATTACHED:
        case css::frame::FrameAction_COMPONENT_REATTACHED:
        {
            auto controller = m_frame.is() ? m_frame->getController() : nullptr;
            bindDocument(controller.is() ? controller->getModel() : nullptr);
            break;
        }
        case css::frame::FrameAction_COMPONENT_DETACHING:
            bindDocument(nullptr);
            showWithoutDocument();
            break;
        default:
            break;
        }
    }
    catch (...)
    {
    }
}

template <class ImplBase> void DocumentFollowingPanel<ImplBase>::notify(const css::uno::Any&)
{
    if (disposed())
        return;
    attempt([&] { runPostedCheck(); });
}

// --- document --------------------------------------------------------------------------------

template <class ImplBase>
void DocumentFollowingPanel<ImplBase>::bindDocument(
    const css::uno::Reference<css::frame::XModel>& model)
{
    const css::uno::Reference<css::frame::XModel> spreadsheet = spreadsheetModel(model);
    if (sameObject(spreadsheet, m_document) || (!spreadsheet.is() && !m_document.is()))
        return;
    if (m_document.is())
        removeModifyListener(m_document, this);
    m_document = spreadsheet;
    documentChanged();
    if (m_document.is())
    {
        css::uno::Reference<css::util::XModifyBroadcaster>(m_document, css::uno::UNO_QUERY_THROW)
            ->addModifyListener(this);
        postCheck();
    }
}

template <class ImplBase> void DocumentFollowingPanel<ImplBase>::postCheck()
{
    if (m_async.is() && m_asyncTarget.is())
        m_async->addCallback(m_asyncTarget, css::uno::Any());
}

template <class ImplBase> void DocumentFollowingPanel<ImplBase>::cancelPendingCheck()
{
    if (m_debouncer)
        m_debouncer->cancel();
}

template <class ImplBase> void DocumentFollowingPanel<ImplBase>::arrangeToWindow()
{
    if (!m_parent.is() || !m_controls || !m_controls->container().is())
        return;
    const css::awt::Rectangle area = m_parent->getPosSize();
    m_controls->container()->setPosSize(0, 0, area.Width, area.Height, css::awt::PosSize::POSSIZE);
    const sal_Int32 fixedPart = arrange(area.Width, 0, false);
    arrange(area.Width, std::max(minimalListHeight(), area.Height - fixedPart), true);
}

// --- dispose -------------------------------------------------------------------------------

template <class ImplBase> void DocumentFollowingPanel<ImplBase>::disposing()
{
    if (m_debouncer)
        m_debouncer->stop();
    if (m_document.is())
        removeModifyListener(m_document, this);
    if (m_frame.is())
        attempt([&] { m_frame->removeFrameActionListener(this); });
    if (m_parent.is())
        attempt([&] { m_parent->removeWindowListener(this); });
    disposeContent();
    if (m_controls)
        m_controls->dispose();
    m_document.clear();
    m_frame.clear();
    m_parent.clear();
    m_async.clear();
    m_asyncTarget.clear();
}

template class DocumentFollowingPanel<ScorePanelBase>;
template class DocumentFollowingPanel<ValidationPanelBase>;

} // namespace parcalc::sidebar
