// The content of the "Kiểm tra biểu thống kê" panel: XToolPanel + XSidebarPanel
// with AWT controls under the sidebar's ParentWindow. A view only: state and
// labels come from PanelModel, document work from the AppendixValidator
// service. It re-checks after edits (XModifyListener, debounced: the check
// runs on the office's main thread once typing pauses), follows the frame's
// document (attach/detach, close), and removes every listener on dispose;
// afterwards its methods throw DisposedException.
#pragma once

#include "sidebar/model/panel_model.hxx"
#include "sidebar/panel/document_follower.hxx"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
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

class ValidationPanel : public DocumentFollowingPanel<ValidationPanelBase>
{
public:
    // Builds the controls and starts listening; the first check is posted, not run here.
    static css::uno::Reference<css::ui::XToolPanel>
    create(const css::uno::Reference<css::uno::XComponentContext>& context,
           const css::uno::Reference<css::frame::XFrame>& frame,
           const css::uno::Reference<css::awt::XWindow>& parentWindow,
           const css::uno::Reference<css::ui::XSidebar>& sidebar);

    // XActionListener (buttons)
    void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override;
    // XItemListener (rule-set picker, findings list)
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override;

private:
    ValidationPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::frame::XFrame>& frame,
                    const css::uno::Reference<css::awt::XWindow>& parentWindow,
                    const css::uno::Reference<css::ui::XSidebar>& sidebar);
    void init();

    // DocumentFollowingPanel
    void documentChanged() override;
    void showWithoutDocument() override { render(); }
    void runPostedCheck() override;
    void disposeContent() override;
    sal_Int32 arrange(sal_Int32 width, sal_Int32 listHeight, bool apply) override;
    sal_Int32 preferredListHeight() const override;
    sal_Int32 minimalListHeight() const override;

    void refresh(); // check now and redraw
    void render();  // model -> controls
    void publish(); // what the panel shows -> panel_registry

    // validation_panel_actions.cxx
    void onButton(const std::string& command);
    void onRuleSetPicked(sal_Int16 position);
    void onEntrySelected(sal_Int16 position);
    void runAction(const std::string& what);
    std::string pickFile(bool save, std::string* format);
    // "useRuleSetBook": this workbook's rule set for another open document (one asked for
    // when several are open); returns the message to show.
    std::string useRuleSetBookOnAnother();
    void showFailure(const std::string& what); // "message.failed", then redraw if possible

    css::uno::Reference<css::ui::XSidebar> m_sidebar;
    css::uno::Reference<org::parcalc::XAppendixValidator> m_service;

    PanelModel m_model;
    css::uno::Sequence<org::parcalc::FindingInfo> m_findings; // as in the model's snapshot
    std::vector<std::string> m_shownEntries;
    std::vector<std::string> m_shownRuleSets;
    sal_Int32 m_lastHeight = -1;
    double m_lastCheckMs = -1; // duration of the last posted check (validate + redraw)
    bool m_rendering = false;  // set while the panel fills its own controls

    css::uno::Reference<css::awt::XWindow> m_status, m_unit, m_hint, m_ruleLabel, m_ruleList,
        m_ruleError, m_counts, m_list, m_fixText, m_marks, m_message;
    css::uno::Reference<css::awt::XWindow> m_recheck, m_mark, m_clear, m_fix, m_export, m_useBook;
};

} // namespace parcalc::sidebar
