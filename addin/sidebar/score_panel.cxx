// The estimated-score panel: controls, layout, listeners; the texts come from score_model.
#include "score_panel.hxx"

#include "calc_args.hxx"
#include "document_access.hxx"
#include "office_locale.hxx"
#include "panel_support.hxx"
#include "score_model.hxx"
#include "scoring_catalog.hxx"
#include "sheet_reader.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/frame/FrameAction.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <rtl/ref.hxx>

#include <algorithm>

namespace parcalc::sidebar
{

namespace
{
constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kGap = 4;
constexpr sal_Int32 kMinimalWidth = 200;
constexpr sal_Int32 kNoteColor = 0x8A6D00; // the "example, not official" note
constexpr std::size_t kNoteLabel = 1;

std::vector<std::string> textsOf(const ScorePanelText& t)
{
    return {t.ruleSet, t.note, t.appendix, t.estimate, t.open};
}

void removeModifyListener(const css::uno::Reference<css::frame::XModel>& document,
                          const css::uno::Reference<css::util::XModifyListener>& listener)
{
    try
    {
        css::uno::Reference<css::util::XModifyBroadcaster>(document, css::uno::UNO_QUERY_THROW)
            ->removeModifyListener(listener);
    }
    catch (...)
    {
    }
}

} // namespace

css::uno::Reference<css::ui::XToolPanel>
ScorePanel::create(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::frame::XFrame>& frame,
                   const css::uno::Reference<css::awt::XWindow>& parentWindow)
{
    rtl::Reference<ScorePanel> panel(new ScorePanel(context, frame, parentWindow));
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
                       const css::uno::Reference<css::frame::XFrame>& frame,
                       const css::uno::Reference<css::awt::XWindow>& parentWindow)
    : ScorePanelBase(m_aMutex), m_context(context), m_frame(frame), m_parent(parentWindow),
      m_language(officeUiLanguage(context))
{
}

void ScorePanel::init()
{
    m_controls = std::make_unique<AwtControls>(m_context, m_parent);
    for (std::size_t i = 0; i < textsOf({}).size(); ++i)
        m_labels.push_back(m_controls->addLabel());
    setTextColor(m_labels[kNoteLabel], kNoteColor);
    m_list = m_controls->addListBox(false);
    m_parent->addWindowListener(this);
    if (m_frame.is())
        m_frame->addFrameActionListener(this);

    m_async = css::awt::AsyncCallback::create(m_context);
    m_asyncTarget = new WeakCallback(this);
    m_debouncer = makeRecheckDebouncer(m_async, m_asyncTarget);

    const auto load = cachedScoringRuleSet(kDefaultScoringRuleSetId);
    const ScorePanelText initial = load.ok() ? scorePanelNoDocument(*load.value, m_language)
                                             : scorePanelRuleSetError("", m_language);
    m_texts = textsOf(initial);
    auto controller = m_frame.is() ? m_frame->getController() : nullptr;
    bindDocument(controller.is() ? controller->getModel() : nullptr);
    render();
}

bool ScorePanel::disposed() const
{
    return rBHelper.bDisposed || rBHelper.bInDispose;
}

void ScorePanel::throwIfDisposed()
{
    if (disposed())
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
    return uno::guarded(
        [&]
        {
            const sal_Int32 preferred = arrange(width, preferredListHeight(), false);
            const sal_Int32 minimum = arrange(width, minimalListHeight(), false);
            return css::ui::LayoutSize(minimum, -1, preferred);
        });
}

sal_Int32 ScorePanel::getMinimalWidth()
{
    throwIfDisposed();
    return kMinimalWidth;
}

// --- listeners -----------------------------------------------------------------------------

void ScorePanel::modified(const css::lang::EventObject&)
{
    if (!disposed() && m_debouncer)
        m_debouncer->trigger();
}

void ScorePanel::disposing(const css::lang::EventObject& event)
{
    try
    {
        if (sameObject(event.Source, m_document))
        {
            m_document.clear();
            if (!disposed())
                refresh();
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

void ScorePanel::windowResized(const css::awt::WindowEvent&)
{
    if (disposed())
        return;
    try
    {
        arrangeToWindow();
    }
    catch (...)
    {
    }
}

void ScorePanel::frameAction(const css::frame::FrameActionEvent& event)
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
            refresh();
            break;
        default:
            break;
        }
    }
    catch (...)
    {
    }
}

void ScorePanel::notify(const css::uno::Any&)
{
    if (disposed())
        return;
    try
    {
        refresh();
    }
    catch (...)
    {
    }
}

// --- document and estimate -----------------------------------------------------------------

void ScorePanel::bindDocument(const css::uno::Reference<css::frame::XModel>& model)
{
    const css::uno::Reference<css::frame::XModel> spreadsheet = spreadsheetModel(model);
    if (sameObject(spreadsheet, m_document) || (!spreadsheet.is() && !m_document.is()))
        return;
    if (m_document.is())
        removeModifyListener(m_document, this);
    m_document = spreadsheet;
    if (m_document.is())
    {
        css::uno::Reference<css::util::XModifyBroadcaster>(m_document, css::uno::UNO_QUERY_THROW)
            ->addModifyListener(this);
        postEstimate();
    }
}

void ScorePanel::postEstimate()
{
    if (m_async.is() && m_asyncTarget.is())
        m_async->addCallback(m_asyncTarget, css::uno::Any());
}

void ScorePanel::refresh()
{
    if (m_debouncer)
        m_debouncer->cancel(); // this estimate covers the pending one
    const ScoringRuleSetLoad load = cachedScoringRuleSet(kDefaultScoringRuleSetId);
    ScorePanelText text;
    if (!load.ok())
        text = scorePanelRuleSetError(load.errors.empty() ? std::string()
                                      : m_language == UiLanguage::Vietnamese
                                          ? load.errors.front().describeVi()
                                          : load.errors.front().describe(),
                                      m_language);
    else if (!m_document.is())
        text = scorePanelNoDocument(*load.value, m_language);
    else
    {
        const ScoreFileReport report =
            scoreWorkbook(std::string(), uno::readSheets(spreadsheetOf(m_document)), *load.value);
        text = scorePanelText(report, *load.value, m_language);
    }
    m_texts = textsOf(text);
    m_criteria = std::move(text.criteria);
    render();
}

void ScorePanel::render()
{
    if (!m_controls)
        return;
    for (std::size_t i = 0; i < m_labels.size() && i < m_texts.size(); ++i)
        setText(m_labels[i], m_texts[i]);
    if (m_criteria != m_shownCriteria)
    {
        setItems(m_list, m_criteria, -1);
        m_shownCriteria = m_criteria;
    }
    setVisible(m_list, !m_criteria.empty());
    arrangeToWindow();
}

// --- layout --------------------------------------------------------------------------------

sal_Int32 ScorePanel::preferredListHeight() const
{
    if (m_criteria.empty())
        return 0;
    return listHeight(m_list, sal_Int16(std::clamp<std::size_t>(m_criteria.size(), 5, 18)));
}

sal_Int32 ScorePanel::minimalListHeight() const
{
    return m_criteria.empty() ? 0 : listHeight(m_list, 5);
}

void ScorePanel::arrangeToWindow()
{
    if (!m_parent.is() || !m_controls || !m_controls->container().is())
        return;
    const css::awt::Rectangle area = m_parent->getPosSize();
    m_controls->container()->setPosSize(0, 0, area.Width, area.Height, css::awt::PosSize::POSSIZE);
    const sal_Int32 fixedPart = arrange(area.Width, 0, false);
    arrange(area.Width, std::max(minimalListHeight(), area.Height - fixedPart), true);
}

sal_Int32 ScorePanel::arrange(sal_Int32 width, sal_Int32 listH, bool apply)
{
    const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kMargin, 80);
    sal_Int32 y = kMargin;
    for (const auto& label : m_labels)
    {
        const sal_Int32 h = labelHeight(label, inner);
        if (h == 0)
            continue;
        if (apply && label.is())
            label->setPosSize(kMargin, y, inner, h, css::awt::PosSize::POSSIZE);
        y += h + kGap;
    }
    if (listH > 0)
    {
        if (apply && m_list.is())
            m_list->setPosSize(kMargin, y, inner, listH, css::awt::PosSize::POSSIZE);
        y += listH + kGap;
    }
    return y - kGap + kMargin;
}

// --- dispose -------------------------------------------------------------------------------

void ScorePanel::disposing()
{
    if (m_debouncer)
        m_debouncer->stop();
    if (m_document.is())
        removeModifyListener(m_document, this);
    try
    {
        if (m_frame.is())
            m_frame->removeFrameActionListener(this);
    }
    catch (...)
    {
    }
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
    m_labels.clear();
    m_list.clear();
    m_document.clear();
    m_frame.clear();
    m_parent.clear();
    m_async.clear();
    m_asyncTarget.clear();
}

} // namespace parcalc::sidebar
