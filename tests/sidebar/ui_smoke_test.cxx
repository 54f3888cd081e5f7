// UI smoke test of the ParCalc deck: a GUI Calc on a private Xvfb display,
// the freshly built .oxt in a throwaway profile, the seed-001 sample sheet
// opened, the deck opened with .uno:SidebarDeck.ParCalcDeck. What the live
// panel lists is read through XAppendixValidator::getPanelState (the panel
// publishes what it shows). Also: re-check after an edit (debounced) and after
// undo, switching sheets, marks, a document without an appendix, closing a
// document with the deck open. Saves a screenshot of the screen
// (ImageMagick `import -window root`) to build/tests/sidebar-out/ui/sidebar.png,
// and to docs/screenshots/sidebar.png when PARCALC_UPDATE_SCREENSHOTS=1.
#include "ui_test_support.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <thread>

using namespace css;
using namespace ui_test;
using parcalc::client::fromUtf8;
using parcalc::client::toUtf8;
namespace st = parcalc::sidebar_test;

namespace
{

std::unique_ptr<Window> g_main; // the seed sheet, deck open, shared by the tests below

// g_main, opened by whichever test needs it first and again after a test closed it, so the
// tests pass in any order (ctest runs them in file order; `--gtest_shuffle` must pass too).
// Tests that change it put it back (undo, clear the marks).
Window& mainWindow()
{
    if (!g_main)
    {
        g_main = openVisible(st::copyTo(g_sample, kOut, "ngan-son-q1-2023.ods"));
        openDeck(g_main->frame);
        waitForPanel(g_main->frame, [](const auto& l)
                     { return hasLineStarting(l, "counts\t") && lists(l, "W 6.2"); });
    }
    return *g_main;
}

// Whichever test ran last, g_main is closed while the office still runs (before the
// environment's TearDown stops it), not by a static destructor after the bridge is gone.
class CloseMainWindow : public ::testing::EmptyTestEventListener
{
    void OnEnvironmentsTearDownStart(const ::testing::UnitTest&) override { g_main.reset(); }
};
[[maybe_unused]] const bool g_closesMainWindow =
    (::testing::UnitTest::GetInstance()->listeners().Append(new CloseMainWindow), true);

// --- the tests -------------------------------------------------------------------------------

TEST(Deck, OpensAndListsSeedOneFindings)
{
    g_main.reset(); // a document opened now: nothing selected, nothing marked
    mainWindow();
    const auto lines =
        waitForPanel(g_main->frame, [](const auto& l)
                     { return hasLineStarting(l, "counts\t") && lists(l, "W 6.2"); });
    ASSERT_TRUE(hasLineStarting(lines, "counts\t")) << "the panel never showed a check:\n"
                                                    << dump(lines);
    EXPECT_TRUE(hasLineStarting(lines, "status\t")) << dump(lines);
    EXPECT_NE(dump(lines).find("Phụ lục!A5:"), std::string::npos) << dump(lines);
    EXPECT_TRUE(lists(lines, "E 1.3.4")) << dump(lines);
    EXPECT_TRUE(lists(lines, "E 3.4")) << dump(lines);
    EXPECT_TRUE(lists(lines, "W 3.1.1")) << dump(lines);
    EXPECT_TRUE(lists(lines, "W 6.2")) << dump(lines);
    const auto found = listedFindings(lines);
    EXPECT_EQ(
        std::count_if(found.begin(), found.end(), [](const std::string& f) { return f[0] == 'E'; }),
        2)
        << dump(lines);
    EXPECT_TRUE(hasLineStarting(lines, "button\tmark\ton")) << dump(lines);
    EXPECT_TRUE(hasLineStarting(lines, "button\tfix\toff")) << dump(lines); // nothing selected yet
}

TEST(Deck, ClickingAFindingSelectsItsCell)
{
    mainWindow();
    ASSERT_TRUE(clickEntry(g_main->frame, "    1.3.4 · D16")) << "no such entry in the list";
    const auto lines = waitForPanel(g_main->frame, [](const auto& l)
                                    { return hasLineStarting(l, "button\tfix\ton"); });
    EXPECT_TRUE(hasLineStarting(lines, "button\tfix\ton")) << dump(lines);
    EXPECT_NE(dump(lines).find("Không phát sinh"), std::string::npos)
        << dump(lines); // the fix hint
    auto selection = uno::Reference<view::XSelectionSupplier>(g_main->model->getCurrentController(),
                                                              uno::UNO_QUERY_THROW)
                         ->getSelection();
    uno::Reference<sheet::XCellRangeAddressable> selected(selection, uno::UNO_QUERY);
    ASSERT_TRUE(selected.is());
    EXPECT_EQ(selected->getRangeAddress().StartColumn, 3); // D16
    EXPECT_EQ(selected->getRangeAddress().StartRow, 15);

    // Let the sidebar paint, then show people what it looks like.
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    screenshot("sidebar.png");
}

TEST(Deck, FixButtonAppliesTheFixAsOneUndoStep)
{
    mainWindow();
    ASSERT_TRUE(clickEntry(g_main->frame, "    1.3.4 · D16")) << "no such entry in the list";
    waitForPanel(g_main->frame, [](const auto& l) { return hasLineStarting(l, "button\tfix\ton"); });
    const char* label = std::getenv("PARCALC_UI_LANGUAGE");
    ASSERT_TRUE(pressButton(g_main->frame, label && std::string(label) == "en" ? "Fix" : "Sửa"));
    auto lines = waitForPanel(g_main->frame, [](const auto& l) { return !lists(l, "E 1.3.4"); });
    EXPECT_FALSE(lists(lines, "E 1.3.4")) << dump(lines);
    auto doc = uno::Reference<sheet::XSpreadsheetDocument>(g_main->model, uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSpreadsheet> sheet(
        uno::Reference<container::XIndexAccess>(doc->getSheets(), uno::UNO_QUERY_THROW)
            ->getByIndex(0),
        uno::UNO_QUERY_THROW);
    EXPECT_EQ(toUtf8(uno::Reference<text::XTextRange>(sheet->getCellByPosition(3, 15),
                                                      uno::UNO_QUERY_THROW)
                         ->getString()),
              "Không phát sinh");
    uno::Reference<document::XUndoManagerSupplier>(g_main->model, uno::UNO_QUERY_THROW)
        ->getUndoManager()
        ->undo();
    lines = waitForPanel(g_main->frame, [](const auto& l) { return lists(l, "E 1.3.4"); });
    EXPECT_TRUE(lists(lines, "E 1.3.4")) << dump(lines);
    EXPECT_EQ(sheet->getCellByPosition(3, 15)->getValue(), 0.0);
}

TEST(Deck, RechecksAfterAnEditAndAfterUndo)
{
    mainWindow();
    auto doc = uno::Reference<sheet::XSpreadsheetDocument>(g_main->model, uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSpreadsheet> sheet(
        uno::Reference<container::XIndexAccess>(doc->getSheets(), uno::UNO_QUERY_THROW)
            ->getByIndex(0),
        uno::UNO_QUERY_THROW);
    const auto start = std::chrono::steady_clock::now();
    sheet->getCellByPosition(3, 40)->setValue(5); // 3.1.1 gets a number
    auto lines = waitForPanel(
        g_main->frame, [](const auto& l) { return !lists(l, "W 3.1.1"); },
        std::chrono::seconds(15));
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    EXPECT_FALSE(lists(lines, "W 3.1.1")) << "no re-check after the edit:\n" << dump(lines);
    std::cout << "re-check visible " << int(ms) << " ms after the edit (500 ms debounce)\n";
    // The check runs on the office's main thread once editing pauses: how long it held it.
    const std::string held = lineStarting(lines, "checkMs\t");
    ASSERT_FALSE(held.empty()) << dump(lines);
    std::cout << "the re-check held the main thread for " << held << " ms\n";
    EXPECT_LE(std::atoi(held.c_str()), 50); // issue 5: never blocks typing for more than 50 ms

    uno::Reference<document::XUndoManagerSupplier>(g_main->model, uno::UNO_QUERY_THROW)
        ->getUndoManager()
        ->undo();
    lines = waitForPanel(
        g_main->frame, [](const auto& l) { return lists(l, "W 3.1.1"); }, std::chrono::seconds(15));
    EXPECT_TRUE(lists(lines, "W 3.1.1")) << "no re-check after undo:\n" << dump(lines);
}

bool isEnglish()
{
    const char* language = std::getenv("PARCALC_UI_LANGUAGE");
    return language && std::string(language) == "en";
}

TEST(Deck, RecheckButtonClickToResult)
{
    mainWindow();
    ASSERT_TRUE(pressButton(g_main->frame, isEnglish() ? "Re-check" : "Kiểm tra lại"));
    const std::string prefix = isEnglish() ? "Checked in " : "Kiểm tra xong trong ";
    const auto lines = waitForPanel(g_main->frame, [&](const auto& l)
                                    { return lineStarting(l, "message\t").rfind(prefix, 0) == 0; });
    const std::string message = lineStarting(lines, "message\t");
    ASSERT_EQ(message.rfind(prefix, 0), 0u) << dump(lines);
    const int ms = std::atoi(message.substr(prefix.size()).c_str());
    std::cout << "Re-check in the panel (validate + redraw, in soffice): " << ms << " ms\n";
    EXPECT_LE(ms, 100); // issue 5: click-to-result <= 100 ms
}

TEST(Deck, StoredRuleSetThatWentBadGivesAMessage)
{
    mainWindow();
    auto props =
        uno::Reference<document::XDocumentPropertiesSupplier>(g_main->model, uno::UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties();
    const std::string missing = kOut + "/deleted-rules.json";
    props->addProperty("ParCalcRuleSet", beans::PropertyAttribute::REMOVABLE,
                       uno::Any(fromUtf8(missing)));
    dispatch(g_main->frame, ".uno:Calculate"); // any edit-free nudge; the property change re-checks
    auto lines = waitForPanel(g_main->frame,
                              [](const auto& l) { return hasLineStarting(l, "rulesetError\t"); });
    EXPECT_TRUE(hasLineStarting(lines, "rulesetError\t")) << dump(lines);
    EXPECT_NE(lineStarting(lines, "ruleset\t").find("deleted-rules.json"), std::string::npos)
        << dump(lines);
    EXPECT_TRUE(lists(lines, "E 1.3.4")) << "the default rule set must still check:\n"
                                         << dump(lines);
    props->removeProperty("ParCalcRuleSet");
    lines = waitForPanel(g_main->frame,
                         [](const auto& l) { return !hasLineStarting(l, "rulesetError\t"); });
    EXPECT_FALSE(hasLineStarting(lines, "rulesetError\t")) << dump(lines);
}

TEST(Deck, FollowsTheDocumentThroughAReload)
{
    mainWindow();
    uno::Reference<util::XModifiable>(g_main->model, uno::UNO_QUERY_THROW)->setModified(false);
    const auto oldModel = g_main->model;
    dispatch(g_main->frame, ".uno:Reload");
    for (int i = 0; i < 100 && g_main->frame->getController()->getModel() == oldModel; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    g_main->model = g_main->frame->getController()->getModel();
    g_main->component.set(g_main->model, uno::UNO_QUERY);
    ASSERT_NE(g_main->model, oldModel) << "the document was not reloaded";
    auto lines = waitForPanel(g_main->frame, [](const auto& l) { return lists(l, "W 3.1.1"); });
    EXPECT_TRUE(lists(lines, "W 3.1.1")) << dump(lines);
    // The panel listens to the new document: an edit there is re-checked.
    auto doc = uno::Reference<sheet::XSpreadsheetDocument>(g_main->model, uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSpreadsheet> sheet(
        uno::Reference<container::XIndexAccess>(doc->getSheets(), uno::UNO_QUERY_THROW)
            ->getByIndex(0),
        uno::UNO_QUERY_THROW);
    sheet->getCellByPosition(3, 40)->setValue(7);
    lines = waitForPanel(
        g_main->frame, [](const auto& l) { return !lists(l, "W 3.1.1"); },
        std::chrono::seconds(15));
    EXPECT_FALSE(lists(lines, "W 3.1.1")) << dump(lines);
    uno::Reference<document::XUndoManagerSupplier>(g_main->model, uno::UNO_QUERY_THROW)
        ->getUndoManager()
        ->undo();
    lines = waitForPanel(g_main->frame, [](const auto& l) { return lists(l, "W 3.1.1"); });
    EXPECT_TRUE(lists(lines, "W 3.1.1")) << dump(lines);
}

TEST(Deck, ReadOnlyDocumentIsCheckedButNeverModified)
{
    auto readOnly = std::make_unique<Window>();
    readOnly->component = st::loadDocument(*g_office, g_sample, false, true);
    readOnly->model.set(readOnly->component, uno::UNO_QUERY_THROW);
    readOnly->frame = readOnly->model->getCurrentController()->getFrame();
    openDeck(readOnly->frame);
    auto lines = waitForPanel(readOnly->frame, [](const auto& l) { return lists(l, "E 1.3.4"); });
    EXPECT_TRUE(lists(lines, "E 1.3.4")) << dump(lines);
    EXPECT_TRUE(hasLineStarting(lines, "button\tmark\toff")) << dump(lines);
    EXPECT_TRUE(hasLineStarting(lines, "button\tclear\toff")) << dump(lines);
    EXPECT_TRUE(hasLineStarting(lines, "button\texport\ton")) << dump(lines);
    ASSERT_TRUE(clickEntry(readOnly->frame, "    1.3.4 · D16"));
    lines =
        waitForPanel(readOnly->frame, [](const auto& l) { return hasLineStarting(l, "fix\t"); });
    EXPECT_TRUE(hasLineStarting(lines, "button\tfix\toff")) << dump(lines);
    readOnly->close();
}

TEST(Deck, SurvivesSwitchingSheets)
{
    mainWindow();
    auto doc = uno::Reference<sheet::XSpreadsheetDocument>(g_main->model, uno::UNO_QUERY_THROW);
    doc->getSheets()->insertNewByName("Trống", 1);
    uno::Reference<sheet::XSpreadsheetView> view(g_main->model->getCurrentController(),
                                                 uno::UNO_QUERY_THROW);
    uno::Reference<container::XIndexAccess> sheets(doc->getSheets(), uno::UNO_QUERY_THROW);
    view->setActiveSheet(
        uno::Reference<sheet::XSpreadsheet>(sheets->getByIndex(1), uno::UNO_QUERY_THROW));
    std::this_thread::sleep_for(std::chrono::milliseconds(1200)); // past the debounce
    auto lines = waitForPanel(g_main->frame, [](const auto& l) { return lists(l, "E 1.3.4"); });
    EXPECT_TRUE(lists(lines, "E 1.3.4")) << dump(lines);
    view->setActiveSheet(
        uno::Reference<sheet::XSpreadsheet>(sheets->getByIndex(0), uno::UNO_QUERY_THROW));
    doc->getSheets()->removeByName("Trống");
    lines = waitForPanel(g_main->frame, [](const auto& l) { return lists(l, "E 1.3.4"); });
    EXPECT_TRUE(lists(lines, "E 1.3.4")) << dump(lines);
}

TEST(Deck, ShowsMarksAndTheirRemoval)
{
    mainWindow();
    const sal_Int32 marked = service()->markCells(g_main->model);
    EXPECT_GT(marked, 0);
    auto lines =
        waitForPanel(g_main->frame, [](const auto& l) { return hasLineStarting(l, "marks\t"); });
    EXPECT_TRUE(hasLineStarting(lines, "marks\t")) << dump(lines);
    EXPECT_TRUE(hasLineStarting(lines, "button\tclear\ton")) << dump(lines);
    std::this_thread::sleep_for(std::chrono::milliseconds(800));
    screenshot("sidebar-marked.png");
    EXPECT_EQ(service()->clearMarks(g_main->model), marked);
    lines =
        waitForPanel(g_main->frame, [](const auto& l) { return !hasLineStarting(l, "marks\t"); });
    EXPECT_FALSE(hasLineStarting(lines, "marks\t")) << dump(lines);
}

TEST(Deck, SheetWithoutAppendixAndClosingWithTheDeckOpen)
{
    mainWindow(); // the other document, whose panel must stay untouched
    auto empty = openVisible("private:factory/scalc");
    openDeck(empty->frame);
    auto lines =
        waitForPanel(empty->frame, [](const auto& l) { return hasLineStarting(l, "hint\t"); });
    EXPECT_TRUE(hasLineStarting(lines, "hint\t")) << dump(lines);
    EXPECT_TRUE(hasLineStarting(lines, "button\tmark\toff")) << dump(lines);
    EXPECT_TRUE(hasLineStarting(lines, "button\tfix\toff")) << dump(lines);

    const auto frame = empty->frame;
    empty->close();
    lines = waitForPanel(
        frame, [](const auto& l) { return l.empty(); }, std::chrono::seconds(10));
    EXPECT_TRUE(lines.empty()) << "a panel outlived its document:\n" << dump(lines);
    EXPECT_TRUE(g_office->alive());

    // The other document's panel is untouched.
    lines = panelState(g_main->frame);
    EXPECT_TRUE(lists(lines, "E 1.3.4")) << dump(lines);
}

TEST(Deck, ClosingTheLastDocumentLeavesTheOfficeRunning)
{
    mainWindow();
    const auto frame = g_main->frame;
    g_main.reset();
    const auto lines = waitForPanel(
        frame, [](const auto& l) { return l.empty(); }, std::chrono::seconds(10));
    EXPECT_TRUE(lines.empty()) << dump(lines);
    EXPECT_TRUE(g_office->alive());
    EXPECT_TRUE(g_office->desktop()->getComponents().is());
}

} // namespace
