// The sidebar factory, its UI elements and panel content, and the live panels.
#include "service_test_support.hxx"

#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>

#include <chrono>
#include <thread>

using namespace service_test;

namespace
{

// --- the sidebar factory, UI element and panel content ------------------------------------------

uno::Sequence<beans::PropertyValue> creationArgs(const uno::Reference<frame::XFrame>& frame,
                                                 bool withWindow)
{
    uno::Sequence<beans::PropertyValue> args(withWindow ? 2 : 1);
    args[0].Name = "Frame";
    args[0].Value <<= frame;
    if (withWindow)
    {
        args[1].Name = "ParentWindow";
        args[1].Value <<= frame->getComponentWindow();
    }
    return args;
}

bool panelLists(const uno::Reference<frame::XFrame>& frame, const std::string& row)
{
    for (const auto& line : service()->getPanelState(frame))
        if (toUtf8(line).find("    " + row + " · ") != std::string::npos)
            return true;
    return false;
}

TEST(SidebarFactory, FailsLoudlyAndItsPanelsDisposeCleanly)
{
    auto doc = openSample();
    auto frame = doc->model->getCurrentController()->getFrame();
    auto context = g_office->context();
    uno::Reference<ui::XUIElementFactory> factory(
        context->getServiceManager()->createInstanceWithContext("org.parcalc.SidebarFactory",
                                                                context),
        uno::UNO_QUERY_THROW);
    const OUString prefix = "private:resource/toolpanel/ParCalcSidebarFactory/";
    EXPECT_THROW(factory->createUIElement("private:resource/toolpanel/Other/Panel",
                                          creationArgs(frame, true)),
                 container::NoSuchElementException);
    EXPECT_THROW(factory->createUIElement(prefix + "NoSuchPanel", creationArgs(frame, true)),
                 container::NoSuchElementException);
    EXPECT_THROW(
        factory->createUIElement(prefix + "ParCalcValidationPanel", creationArgs(frame, false)),
        lang::IllegalArgumentException);

    auto element =
        factory->createUIElement(prefix + "ParCalcValidationPanel", creationArgs(frame, true));
    ASSERT_TRUE(element.is());
    EXPECT_EQ(element->getType(), ui::UIElementType::TOOLPANEL);
    EXPECT_EQ(element->getResourceURL(), prefix + "ParCalcValidationPanel");
    EXPECT_EQ(element->getFrame(), frame);
    uno::Reference<ui::XToolPanel> panel(element->getRealInterface(), uno::UNO_QUERY_THROW);
    uno::Reference<ui::XSidebarPanel> sidebarPanel(panel, uno::UNO_QUERY_THROW);
    EXPECT_TRUE(panel->getWindow().is());
    const ui::LayoutSize size = sidebarPanel->getHeightForWidth(320);
    EXPECT_GT(size.Minimum, 100);
    EXPECT_GE(size.Preferred, size.Minimum);
    EXPECT_EQ(size.Maximum, -1); // the findings list takes the height the deck has
    EXPECT_GE(sidebarPanel->getMinimalWidth(), 200);

    // The panel checks its document by itself (posted to the main thread).
    for (int i = 0; i < 100 && !panelLists(frame, "1.3.4"); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_TRUE(panelLists(frame, "1.3.4"));

    uno::Reference<lang::XComponent>(element, uno::UNO_QUERY_THROW)->dispose();
    EXPECT_THROW(panel->getWindow(), lang::DisposedException);
    EXPECT_THROW(sidebarPanel->getHeightForWidth(320), lang::DisposedException);
    EXPECT_THROW(element->getRealInterface(), lang::DisposedException);
    EXPECT_EQ(service()->getPanelState(frame).getLength(), 0);
    // Its listeners are gone: editing the document afterwards reaches nothing of it.
    cell(*doc, "Phụ lục", "D41")->setValue(5);
    std::this_thread::sleep_for(std::chrono::milliseconds(800)); // past the debounce
    EXPECT_TRUE(g_office->alive());
    EXPECT_EQ(service()->getPanelState(frame).getLength(), 0);

    auto score = factory->createUIElement(prefix + "ParCalcScorePanel", creationArgs(frame, true));
    uno::Reference<ui::XSidebarPanel> scorePanel(score->getRealInterface(), uno::UNO_QUERY_THROW);
    EXPECT_GT(scorePanel->getHeightForWidth(320).Preferred, 0);
    uno::Reference<lang::XComponent>(score, uno::UNO_QUERY_THROW)->dispose();
    EXPECT_THROW(scorePanel->getMinimalWidth(), lang::DisposedException);
}

// --- the live panels -------------------------------------------------------------------------

TEST(PanelState, NoPanelsInAHeadlessOffice)
{
    EXPECT_EQ(service()->getPanelState(nullptr).getLength(), 0);
}

} // namespace
