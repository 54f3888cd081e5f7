// The validation panel: controls, layout, listeners (actions: validation_panel_actions.cxx).
// Over 400 lines because the controls, their layout and the listeners share one
// object's state; what the buttons do is in validation_panel_actions.cxx.
#include "sidebar/panel/validation_panel.hxx"

#include "sidebar/panel/panel_registry.hxx"
#include "sidebar/panel/panel_support.hxx"
#include "sidebar/service/finding_fields.hxx"
#include "sidebar/service/office_locale.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <org/parcalc/AppendixValidator.hpp>
#include <rtl/ref.hxx>

#include <algorithm>
#include <chrono>

namespace parcalc::sidebar
{

using uno::fromUtf8;
using uno::toUtf8;

namespace
{

constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kGap = 4;
constexpr sal_Int32 kMinimalWidth = 300;
constexpr sal_Int32 kErrorColor = 0xC00000;
constexpr sal_Int32 kHintColor = 0x505050;

PanelSnapshot snapshotOf(const org::parcalc::ValidationReport& report)
{
    PanelSnapshot s;
    s.hasDocument = true;
    s.readOnly = report.ReadOnly;
    s.tableFound = report.TableFound;
    s.selfAssessment = toUtf8(report.Submission) == "self-assessment";
    s.ruleSetBook = toUtf8(report.Submission) == "ruleset-book";
    for (const auto& [plain, text] : reportTextFields<PanelSnapshot>())
        s.*plain = toUtf8(report.*text);
    s.rowsFound = std::size_t(std::max<sal_Int32>(report.RowsFound, 0));
    s.rowsExpected = std::size_t(std::max<sal_Int32>(report.RowsExpected, 0));
    s.ruleSetChoice = toUtf8(report.RuleSetChoice);
    s.ruleSetId = toUtf8(report.RuleSetId);
    s.ruleSetError = toUtf8(report.RuleSetError);
    s.markedCells = std::size_t(std::max<sal_Int32>(report.MarkedCells, 0));
    for (const auto& f : report.Findings)
    {
        PanelFinding p;
        p.code = toUtf8(f.Code);
        p.severity = severityFromName(toUtf8(f.Severity)).value_or(Severity::Error);
        for (const auto& [plain, text] : findingTextFields<PanelFinding>())
            p.*plain = toUtf8(f.*text);
        p.fixable = f.Fixable;
        p.fixValue = toUtf8(f.FixValue);
        s.findings.push_back(std::move(p));
    }
    return s;
}

} // namespace

css::uno::Reference<css::ui::XToolPanel>
ValidationPanel::create(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::frame::XFrame>& frame,
                        const css::uno::Reference<css::awt::XWindow>& parentWindow,
                        const css::uno::Reference<css::ui::XSidebar>& sidebar)
{
    rtl::Reference<ValidationPanel> panel(
        new ValidationPanel(context, frame, parentWindow, sidebar));
    try
    {
        panel->init();
    }
    catch (...)
    {
        panel->dispose(); // nothing half-built stays registered anywhere
        throw;
    }
    return panel.get();
}

ValidationPanel::ValidationPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                                 const css::uno::Reference<css::frame::XFrame>& frame,
                                 const css::uno::Reference<css::awt::XWindow>& parentWindow,
                                 const css::uno::Reference<css::ui::XSidebar>& sidebar)
    : DocumentFollowingPanel(context, frame, parentWindow, "validation panel", kMinimalWidth),
      m_sidebar(sidebar), m_model(officeUiLanguage(context))
{
}

void ValidationPanel::init()
{
    const Language lang = m_model.language();
    m_service = org::parcalc::AppendixValidator::create(m_context);
    std::vector<RuleSetOption> bundled;
    for (const auto& pair : m_service->getBundledRuleSets())
        bundled.push_back({toUtf8(pair.First), toUtf8(pair.Second)});
    m_model.setBundledRuleSets(std::move(bundled));

    m_controls = std::make_unique<AwtControls>(m_context, m_parent);
    m_status = m_controls->addLabel();
    m_unit = m_controls->addLabel();
    m_hint = m_controls->addLabel();
    setTextColor(m_hint, kHintColor);
    m_ruleLabel = m_controls->addLabel(false);
    setText(m_ruleLabel, uiText(lang, "label.ruleSet"));
    m_ruleList = m_controls->addListBox(true);
    m_ruleError = m_controls->addLabel();
    setTextColor(m_ruleError, kErrorColor);
    m_counts = m_controls->addLabel();
    m_list = m_controls->addListBox(false);
    m_fixText = m_controls->addLabel();
    setTextColor(m_fixText, kHintColor);
    m_marks = m_controls->addLabel();
    m_recheck = m_controls->addButton(uiText(lang, "button.recheck"), "recheck");
    m_mark = m_controls->addButton(uiText(lang, "button.mark"), "mark");
    m_clear = m_controls->addButton(uiText(lang, "button.clear"), "clear");
    m_fix = m_controls->addButton(uiText(lang, "button.fix"), "fix");
    m_export = m_controls->addButton(uiText(lang, "button.export"), "export");
    m_useBook = m_controls->addButton(uiText(lang, "button.useRuleSetBook"), "useRuleSetBook");
    m_message = m_controls->addLabel();

    for (const auto& button : {m_recheck, m_mark, m_clear, m_fix, m_export, m_useBook})
        css::uno::Reference<css::awt::XButton>(button, css::uno::UNO_QUERY_THROW)
            ->addActionListener(this);
    for (const auto& list : {m_ruleList, m_list})
        css::uno::Reference<css::awt::XListBox>(list, css::uno::UNO_QUERY_THROW)
            ->addItemListener(this);
    followFrame();
    render();
    arrangeToWindow();
}

// --- listeners -----------------------------------------------------------------------------

void ValidationPanel::actionPerformed(const css::awt::ActionEvent& event)
{
    if (disposed())
        return;
    onButton(toUtf8(event.ActionCommand));
}

void ValidationPanel::itemStateChanged(const css::awt::ItemEvent& event)
{
    if (disposed() || m_rendering)
        return;
    const sal_Int16 position = sal_Int16(event.Selected);
    if (sameObject(event.Source, m_ruleList))
        onRuleSetPicked(position);
    else if (sameObject(event.Source, m_list))
        onEntrySelected(position);
}

void ValidationPanel::runPostedCheck()
{
    try
    {
        // A posted check (after edits, on start): it holds the main thread for this long.
        const auto start = std::chrono::steady_clock::now();
        refresh();
        m_lastCheckMs =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        publish();
    }
    catch (const css::uno::Exception& e)
    {
        showFailure(toUtf8(e.Message));
    }
}

// --- dispose -------------------------------------------------------------------------------

void ValidationPanel::disposeContent()
{
    withdrawPanel(this);
    css::uno::Reference<css::awt::XActionListener> asAction(this);
    css::uno::Reference<css::awt::XItemListener> asItem(this);
    auto attempt = [](auto&& f)
    {
        try
        {
            f();
        }
        catch (...)
        {
        }
    };
    for (const auto& button : {m_recheck, m_mark, m_clear, m_fix, m_export, m_useBook})
        if (button.is())
            attempt(
                [&]
                {
                    css::uno::Reference<css::awt::XButton>(button, css::uno::UNO_QUERY_THROW)
                        ->removeActionListener(asAction);
                });
    for (const auto& list : {m_ruleList, m_list})
        if (list.is())
            attempt(
                [&]
                {
                    css::uno::Reference<css::awt::XListBox>(list, css::uno::UNO_QUERY_THROW)
                        ->removeItemListener(asItem);
                });
    m_status = m_unit = m_hint = m_ruleLabel = m_ruleList = m_ruleError = m_counts = m_list =
        m_fixText = m_marks = m_message = nullptr;
    m_recheck = m_mark = m_clear = m_fix = m_export = m_useBook = nullptr;
    m_sidebar.clear();
    m_service.clear();
    m_findings = {};
}

// --- document and checks -------------------------------------------------------------------

void ValidationPanel::documentChanged()
{
    m_findings = {};
    m_model.setSnapshot(PanelSnapshot{});
}

void ValidationPanel::refresh()
{
    cancelPendingCheck(); // this check covers the pending one
    if (!m_document.is() || !m_service.is())
    {
        m_findings = {};
        m_model.setSnapshot(PanelSnapshot{});
        render();
        return;
    }
    const org::parcalc::ValidationReport report = m_service->validate(m_document);
    m_findings = report.Findings;
    m_model.setSnapshot(snapshotOf(report));
    render();
}

void ValidationPanel::render()
{
    if (!m_controls)
        return;
    m_rendering = true;
    try
    {
        const PanelSnapshot& s = m_model.snapshot();
        setText(m_status, m_model.statusText());
        setTextColor(m_status, s.hasDocument && !s.tableFound && !s.selfAssessment ? kErrorColor
                                                                                   : sal_Int32(0));
        setText(m_unit, m_model.unitText());
        setText(m_hint, m_model.hintText());
        setText(m_ruleError, m_model.ruleSetErrorText());
        setText(m_counts, m_model.countsText());
        setText(m_fixText, m_model.fixText());
        setText(m_marks, m_model.marksText());
        setText(m_message, m_model.message());

        const auto ruleSets = m_model.ruleSetEntries();
        const sal_Int16 ruleSelection = sal_Int16(m_model.ruleSetSelection());
        if (ruleSets != m_shownRuleSets)
        {
            setItems(m_ruleList, ruleSets, ruleSelection);
            m_shownRuleSets = ruleSets;
        }
        else
        {
            css::uno::Reference<css::awt::XListBox> box(m_ruleList, css::uno::UNO_QUERY);
            if (box.is() && box->getSelectedItemPos() != ruleSelection)
                box->selectItemPos(ruleSelection, true);
        }

        std::vector<std::string> entries;
        for (const auto& entry : m_model.entries())
            entries.push_back(entry.text);
        const sal_Int16 selected =
            m_model.selectedEntry() ? sal_Int16(*m_model.selectedEntry()) : sal_Int16(-1);
        css::uno::Reference<css::awt::XListBox> list(m_list, css::uno::UNO_QUERY);
        if (entries != m_shownEntries)
        {
            setItems(m_list, entries, selected);
            m_shownEntries = entries;
        }
        else if (list.is() && list->getSelectedItemPos() != selected)
        {
            if (selected >= 0)
                list->selectItemPos(selected, true);
            else if (list->getSelectedItemPos() >= 0)
                list->selectItemPos(list->getSelectedItemPos(), false);
        }

        setEnabled(m_recheck, m_model.canRecheck());
        setEnabled(m_mark, m_model.canMark());
        setEnabled(m_clear, m_model.canClear());
        setEnabled(m_fix, m_model.canFix());
        setEnabled(m_export, m_model.canExport());
        setVisible(m_useBook, m_model.canUseRuleSetBook());
        setEnabled(m_ruleList, s.hasDocument);
    }
    catch (...)
    {
        m_rendering = false;
        throw;
    }
    m_rendering = false;

    publish();
    arrangeToWindow();
    // Tell the sidebar when the panel wants another height (a hint appeared, more findings).
    if (m_parent.is() && m_sidebar.is())
    {
        const sal_Int32 width = m_parent->getPosSize().Width;
        const sal_Int32 height = arrange(width, preferredListHeight(), false);
        if (height != m_lastHeight)
        {
            m_lastHeight = height;
            try
            {
                m_sidebar->requestLayout();
            }
            catch (...)
            {
            }
        }
    }
}

void ValidationPanel::publish()
{
    auto lines = m_model.stateLines();
    if (m_lastCheckMs >= 0) // not shown; for tests and benchmarks
        lines.push_back("checkMs\t" + std::to_string(int(m_lastCheckMs + 0.5)));
    publishPanelState(this, m_frame, std::move(lines));
}

// --- layout --------------------------------------------------------------------------------

sal_Int32 ValidationPanel::preferredListHeight() const
{
    const auto n = sal_Int16(std::clamp<std::size_t>(m_model.entries().size(), 8, 18));
    return listHeight(m_list, n);
}

sal_Int32 ValidationPanel::minimalListHeight() const
{
    return listHeight(m_list, 5);
}

sal_Int32 ValidationPanel::arrange(sal_Int32 width, sal_Int32 listH, bool apply)
{
    if (!m_controls)
        return 0;
    const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kMargin, 80);
    sal_Int32 y = kMargin;
    auto put = [apply](const css::uno::Reference<css::awt::XWindow>& w, sal_Int32 x, sal_Int32 top,
                       sal_Int32 wd, sal_Int32 h)
    {
        if (apply && w.is())
            w->setPosSize(x, top, wd, h, css::awt::PosSize::POSSIZE);
    };
    auto label = [&](const css::uno::Reference<css::awt::XWindow>& w)
    {
        const sal_Int32 h = labelHeight(w, inner);
        if (apply)
            setVisible(w, h > 0);
        if (h <= 0)
            return;
        put(w, kMargin, y, inner, h);
        y += h + kGap;
    };

    label(m_status);
    label(m_unit);
    label(m_hint);

    const css::awt::Size ruleLabel = preferredSize(m_ruleLabel);
    const css::awt::Size ruleList = preferredSize(m_ruleList);
    const sal_Int32 rowH = std::max(ruleLabel.Height, ruleList.Height);
    put(m_ruleLabel, kMargin, y + (rowH - ruleLabel.Height) / 2, ruleLabel.Width, ruleLabel.Height);
    put(m_ruleList, kMargin + ruleLabel.Width + kGap, y + (rowH - ruleList.Height) / 2,
        std::max<sal_Int32>(inner - ruleLabel.Width - kGap, 60), ruleList.Height);
    y += rowH + kGap;

    label(m_ruleError);
    label(m_counts);

    put(m_list, kMargin, y, inner, listH);
    y += listH + kGap;

    label(m_fixText);
    label(m_marks);

    sal_Int32 buttonH = 0;
    for (const auto& b : {m_recheck, m_mark, m_clear, m_fix, m_export, m_useBook})
        buttonH = std::max(buttonH, preferredSize(b).Height);
    const sal_Int32 half = (inner - kGap) / 2;
    put(m_recheck, kMargin, y, half, buttonH);
    put(m_mark, kMargin + half + kGap, y, inner - half - kGap, buttonH);
    y += buttonH + kGap;
    put(m_clear, kMargin, y, half, buttonH);
    put(m_fix, kMargin + half + kGap, y, inner - half - kGap, buttonH);
    y += buttonH + kGap;
    put(m_export, kMargin, y, half, buttonH);
    y += buttonH + kGap;
    if (m_model.canUseRuleSetBook())
    {
        put(m_useBook, kMargin, y, inner, buttonH);
        y += buttonH + kGap;
    }

    label(m_message);
    return y + kMargin - kGap;
}

} // namespace parcalc::sidebar
