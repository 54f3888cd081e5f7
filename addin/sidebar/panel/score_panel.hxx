// The content of the "Điểm ước tính" panel: the estimated PAR index score of the
// open document's appendix under the document's rule set (the one chosen in the
// validation panel; none chosen: the bundled EXAMPLE scoring set), as `parcalc score`
// computes it, one line per criterion the appendix decides, the
// criteria left to manual scoring. Texts come from score_model (UNO-free). Like
// the validation panel it follows the frame's document and re-scores after edits
// (debounced, on the office's main thread), with the same window and dispose rules.
#pragma once

#include "sidebar/model/ui_strings.hxx"
#include "sidebar/panel/document_follower.hxx"

#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
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

class ScorePanel : public DocumentFollowingPanel<ScorePanelBase>
{
public:
    // Builds the controls and starts listening; the first estimate is posted, not run here.
    static css::uno::Reference<css::ui::XToolPanel>
    create(const css::uno::Reference<css::uno::XComponentContext>& context,
           const css::uno::Reference<css::frame::XFrame>& frame,
           const css::uno::Reference<css::awt::XWindow>& parentWindow);

private:
    ScorePanel(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame,
               const css::uno::Reference<css::awt::XWindow>& parentWindow);
    void init();

    void showWithoutDocument() override { refresh(); }
    void runPostedCheck() override { refresh(); }
    void disposeContent() override;
    sal_Int32 arrange(sal_Int32 width, sal_Int32 listH, bool apply) override;
    sal_Int32 preferredListHeight() const override;
    sal_Int32 minimalListHeight() const override;

    void refresh(); // score the document now and redraw
    void render();  // m_lines -> controls

    Language m_language = Language::En;

    std::vector<std::string> m_texts; // rule set, note, appendix, estimate, open
    std::vector<std::string> m_criteria;
    std::vector<std::string> m_shownCriteria;

    std::vector<css::uno::Reference<css::awt::XWindow>> m_labels; // as m_texts
    css::uno::Reference<css::awt::XWindow> m_list;
};

} // namespace parcalc::sidebar
