// The validation panel: controls, layout, listeners and actions.
#include "validation_panel.hxx"

#include "calc_args.hxx"
#include "office_locale.hxx"
#include "panel_registry.hxx"
#include "panel_support.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/frame/FrameAction.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/ExtendedFilePickerElementIds.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePickerControlAccess.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <org/parcalc/AppendixValidator.hpp>
#include <osl/file.hxx>
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
    s.sheet = toUtf8(report.Sheet);
    s.range = toUtf8(report.Range);
    s.rowsFound = std::size_t(std::max<sal_Int32>(report.RowsFound, 0));
    s.rowsExpected = std::size_t(std::max<sal_Int32>(report.RowsExpected, 0));
    s.unit = toUtf8(report.Unit);
    s.period = toUtf8(report.Period);
    s.ruleSetChoice = toUtf8(report.RuleSetChoice);
    s.ruleSetId = toUtf8(report.RuleSetId);
    s.ruleSetError = toUtf8(report.RuleSetError);
    s.markedCells = std::size_t(std::max<sal_Int32>(report.MarkedCells, 0));
    for (const auto& f : report.Findings)
    {
        PanelFinding p;
        p.code = toUtf8(f.Code);
        p.severity = severityFromName(toUtf8(f.Severity)).value_or(Severity::Error);
        p.row = toUtf8(f.Row);
        p.sheet = toUtf8(f.Sheet);
        p.cell = toUtf8(f.Cell);
        p.expected = toUtf8(f.Expected);
        p.actual = toUtf8(f.Actual);
        p.message = toUtf8(f.Message);
        p.messageEn = toUtf8(f.MessageEn);
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
    : ValidationPanelBase(m_aMutex), m_context(context), m_frame(frame), m_parent(parentWindow),
      m_sidebar(sidebar), m_model(officeUiLanguage(context))
{
}

void ValidationPanel::init()
{
    const UiLanguage lang = m_model.language();
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
    m_message = m_controls->addLabel();

    for (const auto& button : {m_recheck, m_mark, m_clear, m_fix, m_export})
        css::uno::Reference<css::awt::XButton>(button, css::uno::UNO_QUERY_THROW)
            ->addActionListener(this);
    for (const auto& list : {m_ruleList, m_list})
        css::uno::Reference<css::awt::XListBox>(list, css::uno::UNO_QUERY_THROW)
            ->addItemListener(this);
    m_parent->addWindowListener(this);
    m_frame->addFrameActionListener(this);

    m_async = css::awt::AsyncCallback::create(m_context);
    m_asyncTarget = new WeakCallback(this);
    m_debouncer = makeRecheckDebouncer(m_async, m_asyncTarget);

    auto controller = m_frame->getController();
    bindDocument(controller.is() ? controller->getModel() : nullptr);
    render();
    arrangeToWindow();
}

bool ValidationPanel::disposed() const
{
    return rBHelper.bDisposed || rBHelper.bInDispose;
}

void ValidationPanel::throwIfDisposed()
{
    if (disposed())
        throw css::lang::DisposedException("ParCalc: the validation panel is disposed",
                                           static_cast<cppu::OWeakObject*>(this));
}

// --- XToolPanel, XSidebarPanel ---------------------------------------------------------------

css::uno::Reference<css::awt::XWindow> ValidationPanel::getWindow()
{
    throwIfDisposed();
    return m_controls ? m_controls->container() : nullptr;
}

css::uno::Reference<css::accessibility::XAccessible>
ValidationPanel::createAccessible(const css::uno::Reference<css::accessibility::XAccessible>&)
{
    throwIfDisposed();
    // The container is a VCL window under the sidebar's; its accessible object already sits
    // in the sidebar's accessibility tree with our controls as children.
    return css::uno::Reference<css::accessibility::XAccessible>(getWindow(), css::uno::UNO_QUERY);
}

css::ui::LayoutSize ValidationPanel::getHeightForWidth(sal_Int32 width)
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

sal_Int32 ValidationPanel::getMinimalWidth()
{
    throwIfDisposed();
    return kMinimalWidth;
}

// --- listeners -----------------------------------------------------------------------------

void ValidationPanel::modified(const css::lang::EventObject&)
{
    // Any thread (an edit over the bridge too); never blocks: the check comes later.
    if (!disposed() && m_debouncer)
        m_debouncer->trigger();
}

void ValidationPanel::disposing(const css::lang::EventObject& event)
{
    try
    {
        if (sameObject(event.Source, m_document))
        {
            m_document.clear(); // closed with the deck open
            m_findings = {};
            m_model.setSnapshot(PanelSnapshot{});
            if (!disposed())
                render();
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

void ValidationPanel::windowResized(const css::awt::WindowEvent&)
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

void ValidationPanel::frameAction(const css::frame::FrameActionEvent& event)
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
            render();
            break;
        default:
            break;
        }
    }
    catch (...)
    {
    }
}

void ValidationPanel::notify(const css::uno::Any&)
{
    if (disposed())
        return;
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
        m_model.setMessage(uiFormat(m_model.language(), "message.failed", {toUtf8(e.Message)}));
        render();
    }
    catch (...)
    {
    }
}

// --- dispose -------------------------------------------------------------------------------

void ValidationPanel::disposing()
{
    if (m_debouncer)
        m_debouncer->stop();
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
    if (m_document.is())
        attempt(
            [&]
            {
                css::uno::Reference<css::util::XModifyBroadcaster>(m_document,
                                                                   css::uno::UNO_QUERY_THROW)
                    ->removeModifyListener(this);
            });
    if (m_frame.is())
        attempt([&] { m_frame->removeFrameActionListener(this); });
    if (m_parent.is())
        attempt([&] { m_parent->removeWindowListener(this); });
    for (const auto& button : {m_recheck, m_mark, m_clear, m_fix, m_export})
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
    if (m_controls)
        m_controls->dispose();
    m_status = m_unit = m_hint = m_ruleLabel = m_ruleList = m_ruleError = m_counts = m_list =
        m_fixText = m_marks = m_message = nullptr;
    m_recheck = m_mark = m_clear = m_fix = m_export = nullptr;
    m_document.clear();
    m_frame.clear();
    m_parent.clear();
    m_sidebar.clear();
    m_service.clear();
    m_async.clear();
    m_asyncTarget.clear();
    m_findings = {};
}

// --- document and checks -------------------------------------------------------------------

void ValidationPanel::bindDocument(const css::uno::Reference<css::frame::XModel>& model)
{
    const css::uno::Reference<css::frame::XModel> spreadsheet = spreadsheetModel(model);
    if (sameObject(spreadsheet, m_document) || (!spreadsheet.is() && !m_document.is()))
        return;
    if (m_document.is())
    {
        try
        {
            css::uno::Reference<css::util::XModifyBroadcaster>(m_document,
                                                               css::uno::UNO_QUERY_THROW)
                ->removeModifyListener(this);
        }
        catch (...)
        {
        }
    }
    m_document = spreadsheet;
    m_findings = {};
    m_model.setSnapshot(PanelSnapshot{});
    if (m_document.is())
    {
        css::uno::Reference<css::util::XModifyBroadcaster>(m_document, css::uno::UNO_QUERY_THROW)
            ->addModifyListener(this);
        postCheck();
    }
}

void ValidationPanel::postCheck()
{
    if (m_async.is() && m_asyncTarget.is())
        m_async->addCallback(m_asyncTarget, css::uno::Any());
}

void ValidationPanel::refresh()
{
    if (m_debouncer)
        m_debouncer->cancel(); // this check covers the pending one
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
        setTextColor(m_status, s.hasDocument && !s.tableFound ? kErrorColor : sal_Int32(0));
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

void ValidationPanel::arrangeToWindow()
{
    if (!m_parent.is() || !m_controls || !m_controls->container().is())
        return;
    const css::awt::Rectangle area = m_parent->getPosSize();
    m_controls->container()->setPosSize(0, 0, area.Width, area.Height, css::awt::PosSize::POSSIZE);
    const sal_Int32 fixedPart = arrange(area.Width, 0, false);
    arrange(area.Width, std::max(minimalListHeight(), area.Height - fixedPart), true);
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
    for (const auto& b : {m_recheck, m_mark, m_clear, m_fix, m_export})
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

    label(m_message);
    return y + kMargin - kGap;
}

// --- actions -------------------------------------------------------------------------------

void ValidationPanel::runAction(const std::string& what)
{
    // Runs in a VCL event handler: nothing may escape, whatever happens.
    const UiLanguage lang = m_model.language();
    try
    {
        if (!m_document.is())
        {
            refresh();
            return;
        }
        if (what == "recheck")
        {
            const auto start = std::chrono::steady_clock::now();
            refresh();
            const auto ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
            m_model.setMessage(uiFormat(lang, "message.checked", {std::to_string(int(ms + 0.5))}));
            render();
        }
        else if (what == "mark")
        {
            const sal_Int32 n = m_service->markCells(m_document);
            m_model.setMessage(uiFormat(lang, "message.marked", {std::to_string(n)}));
            refresh();
        }
        else if (what == "clear")
        {
            const sal_Int32 n = m_service->clearMarks(m_document);
            m_model.setMessage(uiFormat(lang, "message.cleared", {std::to_string(n)}));
            refresh();
        }
        else if (what == "fix")
        {
            const auto selected = m_model.selectedEntry();
            const auto finding = selected ? m_model.findingOfEntry(*selected) : std::nullopt;
            if (!finding || sal_Int32(*finding) >= m_findings.getLength())
                return;
            const org::parcalc::FindingInfo info = m_findings[sal_Int32(*finding)];
            const bool fixed = m_service->applyFix(m_document, info);
            m_model.setMessage(fixed ? uiFormat(lang, "message.fixed", {toUtf8(info.Cell)})
                                     : uiText(lang, "message.fixGone"));
            refresh();
        }
        else if (what == "export")
        {
            std::string format;
            const std::string url = pickFile(true, &format);
            if (url.empty())
                return;
            m_service->exportReport(m_document, fromUtf8(url), fromUtf8(format));
            OUString path;
            osl::FileBase::getSystemPathFromFileURL(fromUtf8(url), path);
            m_model.setMessage(uiFormat(lang, "message.exported",
                                        {toUtf8(path.isEmpty() ? fromUtf8(url) : path)}));
            render();
        }
    }
    catch (const css::uno::Exception& e)
    {
        m_model.setMessage(uiFormat(lang, "message.failed", {toUtf8(e.Message)}));
        try
        {
            render();
        }
        catch (...)
        {
        }
    }
    catch (const std::exception& e)
    {
        m_model.setMessage(uiFormat(lang, "message.failed", {e.what()}));
    }
    catch (...)
    {
    }
}

void ValidationPanel::onButton(const std::string& command)
{
    runAction(command);
}

void ValidationPanel::onEntrySelected(sal_Int16 position)
{
    try
    {
        m_model.selectEntry(position >= 0 ? std::optional<std::size_t>(std::size_t(position))
                                          : std::nullopt);
        const auto finding =
            position >= 0 ? m_model.findingOfEntry(std::size_t(position)) : std::nullopt;
        if (finding && m_document.is() && sal_Int32(*finding) < m_findings.getLength())
            m_service->jumpTo(m_document, m_findings[sal_Int32(*finding)]);
        render();
    }
    catch (const css::uno::Exception& e)
    {
        m_model.setMessage(uiFormat(m_model.language(), "message.failed", {toUtf8(e.Message)}));
    }
    catch (...)
    {
    }
}

void ValidationPanel::onRuleSetPicked(sal_Int16 position)
{
    const UiLanguage lang = m_model.language();
    try
    {
        if (position < 0 || !m_document.is())
            return;
        const RuleSetPick pick = m_model.ruleSetPick(std::size_t(position));
        std::string choice = pick.value;
        if (pick.kind == RuleSetPick::Kind::Browse)
        {
            choice = pickFile(false, nullptr);
            if (choice.empty())
            {
                render(); // back to the rule set in use
                return;
            }
        }
        try
        {
            m_service->setRuleSet(m_document, fromUtf8(choice));
            m_model.setMessage({});
        }
        catch (const css::lang::IllegalArgumentException& e)
        {
            m_model.setMessage(toUtf8(e.Message)); // a broken rule file: say why, keep the old one
        }
        refresh();
    }
    catch (const css::uno::Exception& e)
    {
        m_model.setMessage(uiFormat(lang, "message.failed", {toUtf8(e.Message)}));
        try
        {
            render();
        }
        catch (...)
        {
        }
    }
    catch (...)
    {
    }
}

std::string ValidationPanel::pickFile(bool save, std::string* format)
{
    namespace dialogs = css::ui::dialogs;
    const UiLanguage lang = m_model.language();
    auto picker = dialogs::FilePicker::createWithMode(
        m_context, save ? dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION
                        : dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    const OUString htmlFilter = fromUtf8(uiText(lang, "filter.html"));
    const OUString odsFilter = fromUtf8(uiText(lang, "filter.ods"));
    std::string documentUrl = m_document.is() ? toUtf8(m_document->getURL()) : std::string();
    if (!documentUrl.empty())
    {
        const auto slash = documentUrl.find_last_of('/');
        picker->setDisplayDirectory(fromUtf8(documentUrl.substr(0, slash)));
    }
    if (save)
    {
        picker->setTitle(fromUtf8(uiText(lang, "dialog.export")));
        picker->appendFilter(htmlFilter, "*.html");
        picker->appendFilter(odsFilter, "*.ods");
        picker->setCurrentFilter(htmlFilter);
        std::string base = "parcalc";
        if (!documentUrl.empty())
        {
            base = documentUrl.substr(documentUrl.find_last_of('/') + 1);
            base = base.substr(0, base.find_last_of('.'));
        }
        picker->setDefaultName(fromUtf8(base + uiText(lang, "report.suffix") + ".html"));
        css::uno::Reference<dialogs::XFilePickerControlAccess> access(picker, css::uno::UNO_QUERY);
        if (access.is())
        {
            try
            {
                access->setValue(dialogs::ExtendedFilePickerElementIds::CHECKBOX_AUTOEXTENSION, 0,
                                 css::uno::Any(true));
            }
            catch (...)
            {
            }
        }
    }
    else
    {
        picker->setTitle(fromUtf8(uiText(lang, "dialog.ruleSet")));
        picker->appendFilter(fromUtf8(uiText(lang, "filter.json")), "*.json");
    }
    if (picker->execute() != dialogs::ExecutableDialogResults::OK)
        return {};
    const auto files = picker->getSelectedFiles();
    if (files.getLength() == 0)
        return {};
    std::string url = toUtf8(files[0]);
    if (save && format)
    {
        const bool ods = picker->getCurrentFilter() == odsFilter ||
                         (url.size() > 4 && url.compare(url.size() - 4, 4, ".ods") == 0);
        *format = ods ? "ods" : "html";
        const std::string extension = ods ? ".ods" : ".html";
        if (url.size() < extension.size() ||
            url.compare(url.size() - extension.size(), extension.size(), extension) != 0)
            url += extension;
    }
    if (!save)
    {
        OUString path;
        if (osl::FileBase::getSystemPathFromFileURL(fromUtf8(url), path) == osl::FileBase::E_None)
            url = toUtf8(path);
    }
    return url;
}

} // namespace parcalc::sidebar
