// The menu's commands dispatched to the seed sample's frame: ShowDeck twice leaves the deck
// open, NewAppendix and NewSelfAssessment open untitled copies of the templates, Guide finds
// the HTML in the installed extension (Open=false: no browser), Export writes the sidebar's
// report.
#include "desk_ui_support.hxx"

#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <osl/file.hxx>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

using namespace css;
using namespace ui_test;
using namespace desk_ui;
using parcalc::Language;
using parcalc::client::fromUtf8;
using parcalc::client::toUtf8;
namespace desk = parcalc::desk;
namespace st = parcalc::sidebar_test;

namespace
{

uno::Reference<ui::XSidebarProvider> sidebarOf(const uno::Reference<frame::XFrame>& frame)
{
    return uno::Reference<frame::XController2>(frame->getController(), uno::UNO_QUERY_THROW)
        ->getSidebar();
}

bool deckActive(const uno::Reference<frame::XFrame>& frame)
{
    auto sidebar = sidebarOf(frame);
    if (!sidebar.is() || !sidebar->isVisible())
        return false;
    auto decks = sidebar->getDecks();
    uno::Reference<ui::XDeck> deck;
    if (decks.is() && decks->hasByName("ParCalcDeck"))
        decks->getByName("ParCalcDeck") >>= deck;
    return deck.is() && deck->isActive();
}

bool waitForDeck(const uno::Reference<frame::XFrame>& frame)
{
    for (int i = 0; i < 200 && !deckActive(frame); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return deckActive(frame);
}

TEST(DeskCommand, ShowDeckTwiceLeavesTheDeckOpen)
{
    auto& w = window();
    sidebarOf(w.frame)->setVisible(false); // from a closed sidebar, as a new user has it
    for (int i = 0; i < 100 && sidebarOf(w.frame)->isVisible(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the hide's layout done
    const Outcome first = run(w.frame, "ShowDeck");
    ASSERT_TRUE(first.finished);
    EXPECT_EQ(first.state, frame::DispatchResultState::SUCCESS) << first.messages;
    ASSERT_TRUE(waitForDeck(w.frame)) << "the deck did not open: " << first.messages;
    const Outcome second = run(w.frame, "ShowDeck");
    EXPECT_EQ(second.state, frame::DispatchResultState::SUCCESS) << second.messages;
    bool activeAtOnce = false;
    second.result >>= activeAtOnce;
    EXPECT_TRUE(activeAtOnce) << "an open deck is active at once";
    std::this_thread::sleep_for(std::chrono::milliseconds(800)); // any late toggle would show
    EXPECT_TRUE(deckActive(w.frame)) << "the second ShowDeck closed the deck";
    EXPECT_TRUE(sidebarOf(w.frame)->isVisible());
    EXPECT_EQ(first.messages + second.messages, "");
}

void expectNewFromTemplate(const std::string& command, const std::string& source,
                           const std::string& viTitle)
{
    const Outcome outcome = run(window().frame, command);
    ASSERT_EQ(outcome.state, frame::DispatchResultState::SUCCESS) << outcome.messages;
    uno::Reference<frame::XModel> made;
    outcome.result >>= made;
    ASSERT_TRUE(made.is()) << "no document returned";
    uno::Reference<lang::XComponent> madeComponent(made, uno::UNO_QUERY_THROW);
    EXPECT_TRUE(made->getURL().isEmpty()) << "a new untitled document, not the template";
    // The UI language's template (templates/vi/…): its title, which make-ots set, says which.
    const std::string title =
        toUtf8(uno::Reference<document::XDocumentPropertiesSupplier>(made, uno::UNO_QUERY_THROW)
                   ->getDocumentProperties()
                   ->getTitle());
    EXPECT_EQ(title, viTitle);
    auto original = st::loadDocument(*g_office, kSource + "/sample_sheets/" + source, true, true);
    st::expectSameContent(made, original);
    parcalc::client::closeDocument(madeComponent);
    parcalc::client::closeDocument(original);
}

TEST(DeskCommand, NewAppendixOpensAnUntitledCopyOfTheTemplate)
{
    // registry/CMakeLists.txt (PARCALC_TEMPLATES) gives the titles.
    expectNewFromTemplate("NewAppendix", "mau-phu-luc.ods",
                          "Phụ lục – Biểu thống kê số liệu CCHC (mẫu trống)");
}

TEST(DeskCommand, NewSelfAssessmentOpensAnUntitledCopyOfTheTemplate)
{
    expectNewFromTemplate("NewSelfAssessment", "mau-tu-danh-gia.ods",
                          "Bảng tự đánh giá Chỉ số CCHC");
}

TEST(DeskCommand, GuideIsTheHtmlInTheInstalledExtension)
{
    const Outcome outcome = run(window().frame, "Guide", args({arg("Open", uno::Any(false))}));
    ASSERT_EQ(outcome.state, frame::DispatchResultState::SUCCESS) << outcome.messages;
    OUString url;
    outcome.result >>= url;
    ASSERT_TRUE(url.endsWith("/guide/guide.html")) << toUtf8(url);
    OUString path;
    ASSERT_EQ(osl::FileBase::getSystemPathFromFileURL(url, path), osl::FileBase::E_None);
    // The installed copy, in the test profile, not the build tree's.
    EXPECT_NE(toUtf8(path).find("/test-profiles/desk_ui/"), std::string::npos) << toUtf8(path);
    std::ifstream in(toUtf8(path));
    std::ostringstream html;
    html << in.rdbuf();
    EXPECT_NE(html.str().find("<h1"), std::string::npos);
    EXPECT_NE(html.str().find("Hướng dẫn sử dụng"), std::string::npos);
    EXPECT_NE(html.str().find("id=\"english\""), std::string::npos);
    EXPECT_NE(html.str().find("screenshots/desk-menu.png"), std::string::npos);
    EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(toUtf8(path)).parent_path() /
                                        "screenshots/desk-menu.png"));
    EXPECT_EQ(outcome.messages, "");
}

TEST(DeskCommand, ExportWritesTheSidebarsReport)
{
    const std::string file = kOut + "/desk-export.html";
    std::filesystem::remove(file);
    const Outcome outcome =
        run(window().frame, "Export",
            args({arg("File", uno::Any(fromUtf8(parcalc::client::fileUrl(file)))),
                  arg("Format", uno::Any(OUString("html")))}));
    ASSERT_EQ(outcome.state, frame::DispatchResultState::SUCCESS) << outcome.messages;
    std::ifstream in(file);
    std::ostringstream html;
    html << in.rdbuf();
    EXPECT_NE(html.str().find("desk-seed.ods"), std::string::npos) << "the report names the file";
    EXPECT_NE(html.str().find("6.2"), std::string::npos) << "seed 001's warning on row 6.2";
    EXPECT_EQ(outcome.messages, "info\t" + text(kUi, "info.exported", {{"file", file}}) + "\n");
}

} // namespace
