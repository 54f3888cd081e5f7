// The estimated-score panel: controls, layout, listeners; the texts come from score_model.
#include "sidebar/panel/score_panel.hxx"

#include "core/ruleset/ruleset_cache.hxx"
#include "sidebar/model/score_model.hxx"
#include "sidebar/service/document_access.hxx"
#include "sidebar/service/office_locale.hxx"
#include "sidebar/service/service_parts.hxx"
#include "uno/io/sheet_reader.hxx"

#include <com/sun/star/awt/PosSize.hpp>
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
    : DocumentFollowingPanel(context, frame, parentWindow, "score panel", kMinimalWidth),
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

    const ScoringRuleSetLoad load = RuleSetCache::shared().scoring("");
    const ScorePanelText initial = load.ok() ? scorePanelNoDocument(*load.value, m_language)
                                             : scorePanelRuleSetError("", m_language);
    m_texts = textsOf(initial);
    followFrame();
    render();
}

// --- estimate ------------------------------------------------------------------------------

void ScorePanel::refresh()
{
    cancelPendingCheck(); // this estimate covers the pending one
    // The document's rule set, as the validation panel chose it ("" = the bundled example
    // scoring set; a rule set without scoring criteria says so).
    const std::string choice =
        m_document.is() ? service::documentChoice(m_document) : std::string();
    const ScoringRuleSetLoad load = RuleSetCache::shared().scoring(choice);
    ScorePanelText text;
    if (!load.ok())
        text = scorePanelRuleSetError(load.errors.empty() ? std::string()
                                      : m_language == Language::Vi
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

void ScorePanel::disposeContent()
{
    m_labels.clear();
    m_list.clear();
}

} // namespace parcalc::sidebar
