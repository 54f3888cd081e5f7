// The estimated-score panel (a placeholder until the scoring issue).
#include "score_panel.hxx"

#include "office_locale.hxx"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <rtl/ref.hxx>

namespace parcalc::sidebar
{

namespace
{
constexpr sal_Int32 kMargin = 6;
}

css::uno::Reference<css::ui::XToolPanel>
ScorePanel::create(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::awt::XWindow>& parentWindow)
{
    rtl::Reference<ScorePanel> panel(new ScorePanel(context, parentWindow));
    try
    {
        panel->init();
    }
    catch (...)
    {
        panel->dispose();
        throw;
    }
    return panel.get();
}

ScorePanel::ScorePanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::awt::XWindow>& parentWindow)
    : ScorePanelBase(m_aMutex), m_context(context), m_parent(parentWindow)
{
}

void ScorePanel::init()
{
    m_controls = std::make_unique<AwtControls>(m_context, m_parent);
    m_text = m_controls->addLabel();
    setText(m_text, uiText(officeUiLanguage(m_context), "score.unavailable"));
    m_parent->addWindowListener(this);
    arrange(m_parent->getPosSize().Width, true);
}

void ScorePanel::throwIfDisposed()
{
    if (rBHelper.bDisposed || rBHelper.bInDispose)
        throw css::lang::DisposedException("ParCalc: the score panel is disposed",
                                           static_cast<cppu::OWeakObject*>(this));
}

css::uno::Reference<css::awt::XWindow> ScorePanel::getWindow()
{
    throwIfDisposed();
    return m_controls ? m_controls->container() : nullptr;
}

css::uno::Reference<css::accessibility::XAccessible>
ScorePanel::createAccessible(const css::uno::Reference<css::accessibility::XAccessible>&)
{
    throwIfDisposed();
    return css::uno::Reference<css::accessibility::XAccessible>(getWindow(), css::uno::UNO_QUERY);
}

css::ui::LayoutSize ScorePanel::getHeightForWidth(sal_Int32 width)
{
    throwIfDisposed();
    try
    {
        const sal_Int32 h = arrange(width, false);
        return css::ui::LayoutSize(h, h, h);
    }
    catch (...)
    {
        return css::ui::LayoutSize(40, 40, 40);
    }
}

sal_Int32 ScorePanel::getMinimalWidth()
{
    throwIfDisposed();
    return 150;
}

void ScorePanel::windowResized(const css::awt::WindowEvent&)
{
    if (rBHelper.bDisposed || rBHelper.bInDispose || !m_parent.is())
        return;
    try
    {
        const css::awt::Rectangle area = m_parent->getPosSize();
        m_controls->container()->setPosSize(0, 0, area.Width, area.Height,
                                            css::awt::PosSize::POSSIZE);
        arrange(area.Width, true);
    }
    catch (...)
    {
    }
}

void ScorePanel::disposing(const css::lang::EventObject& event)
{
    if (event.Source == css::uno::Reference<css::uno::XInterface>(m_parent, css::uno::UNO_QUERY))
        m_parent.clear();
}

sal_Int32 ScorePanel::arrange(sal_Int32 width, bool apply)
{
    const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kMargin, 80);
    const sal_Int32 h = labelHeight(m_text, inner);
    if (apply && m_text.is())
        m_text->setPosSize(kMargin, kMargin, inner, h, css::awt::PosSize::POSSIZE);
    return h + 2 * kMargin;
}

void ScorePanel::disposing()
{
    try
    {
        if (m_parent.is())
            m_parent->removeWindowListener(this);
    }
    catch (...)
    {
    }
    if (m_controls)
        m_controls->dispose();
    m_text.clear();
    m_parent.clear();
}

} // namespace parcalc::sidebar
