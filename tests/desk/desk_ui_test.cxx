// The ParCalc menu in a GUI Calc under Xvfb (the sidebar UI tests' office, its own profile
// build/test-profiles/desk_ui): the menu in the menu bar with the command table's titles, the
// Addons configuration in vi and en-US, and each command dispatched to the protocol handler
// through the frame, as the menu does: ShowDeck twice leaves the deck open, NewAppendix and
// NewSelfAssessment open untitled copies of the templates, Guide finds the HTML in the
// installed extension (Open=false: no browser), Export writes the sidebar's report, and an
// unknown or failing command is told (message log, FAILURE result), not thrown.
#include "desk/model/desk_commands.hxx"
#include "desk/model/desk_texts.hxx"
#include "ui_test_support.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using namespace css;
using namespace ui_test;
using parcalc::Language;
using parcalc::client::fromUtf8;
using parcalc::client::toUtf8;
namespace desk = parcalc::desk;
namespace st = parcalc::sidebar_test;

namespace
{

// The handler's message boxes go to this file (desk_messages.hxx), set before soffice starts.
const std::string kMessageLog = kOut + "/messages.log";
[[maybe_unused]] const bool g_logSet = []
{
    std::filesystem::create_directories(kOut);
    std::filesystem::remove(kMessageLog);
    ::setenv("PARCALC_DESK_MESSAGE_LOG", kMessageLog.c_str(), 1);
    return true;
}();

std::string messagesSince(std::size_t& seen)
{
    std::ifstream in(kMessageLog, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const std::string all = s.str();
    const std::string fresh = all.size() > seen ? all.substr(seen) : std::string();
    seen = all.size();
    return fresh;
}

std::size_t logEnd()
{
    std::size_t seen = 0;
    messagesSince(seen);
    return seen;
}

class ResultListener : public cppu::WeakImplHelper1<frame::XDispatchResultListener>
{
public:
    void SAL_CALL dispatchFinished(const frame::DispatchResultEvent& event) override
    {
        result = event;
        done = true;
    }
    void SAL_CALL disposing(const lang::EventObject&) override {}
    frame::DispatchResultEvent result;
    bool done = false;
};

struct Outcome
{
    bool finished = false;
    sal_Int16 state = -1;
    uno::Any result;
    std::string messages; // what the handler told the user meanwhile
};

// Dispatches vnd.org.parcalc.desk:NAME to `frame` as the menu does (the frame finds the
// handler through ProtocolHandler.xcu).
Outcome run(const uno::Reference<frame::XFrame>& frame, const std::string& name,
            const uno::Sequence<beans::PropertyValue>& args = {})
{
    std::size_t seen = logEnd();
    util::URL url;
    url.Complete = fromUtf8(std::string(desk::kDeskProtocol) + name);
    url.Protocol = fromUtf8(std::string(desk::kDeskProtocol));
    url.Path = fromUtf8(name);
    auto dispatch = uno::Reference<frame::XDispatchProvider>(frame, uno::UNO_QUERY_THROW)
                        ->queryDispatch(url, "_self", 0);
    Outcome outcome;
    if (!dispatch.is())
    {
        ADD_FAILURE() << "no dispatch for " << toUtf8(url.Complete) << " (ProtocolHandler.xcu?)";
        return outcome;
    }
    rtl::Reference<ResultListener> listener(new ResultListener);
    uno::Reference<frame::XNotifyingDispatch>(dispatch, uno::UNO_QUERY_THROW)
        ->dispatchWithNotification(url, args, listener.get());
    outcome.finished = listener->done;
    outcome.state = listener->result.State;
    outcome.result = listener->result.Result;
    outcome.messages = messagesSince(seen);
    return outcome;
}

beans::PropertyValue arg(const char* name, const uno::Any& value)
{
    beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

uno::Sequence<beans::PropertyValue> args(std::initializer_list<beans::PropertyValue> list)
{
    uno::Sequence<beans::PropertyValue> s(sal_Int32(list.size()));
    std::copy(list.begin(), list.end(), s.begin());
    return s;
}

std::string text(Language language, std::string_view key, parcalc::TextArgs values = {})
{
    return desk::deskText(language, key, values);
}

// The handler speaks the sidebar's language: the test office's is forced to vi.
constexpr Language kUi = Language::Vi;

std::unique_ptr<Window> g_window; // the seed sample, shared by the tests below

Window& window()
{
    if (!g_window)
        g_window = openVisible(st::copyTo(g_sample, kOut, "desk-seed.ods"));
    return *g_window;
}

class CloseWindow : public ::testing::EmptyTestEventListener
{
    void OnEnvironmentsTearDownStart(const ::testing::UnitTest&) override { g_window.reset(); }
};
[[maybe_unused]] const bool g_closesWindow =
    (::testing::UnitTest::GetInstance()->listeners().Append(new CloseWindow), true);

std::string withoutMnemonic(OUString s)
{
    return toUtf8(s.replaceAll("~", ""));
}

uno::Reference<uno::XInterface> configuration(const std::string& path, const char* locale)
{
    auto provider = configuration::theDefaultProvider::get(g_office->context());
    uno::Sequence<uno::Any> a(locale ? 2 : 1);
    a[0] <<= beans::NamedValue("nodepath", uno::Any(fromUtf8(path)));
    if (locale)
        a[1] <<= beans::NamedValue("Locale", uno::Any(OUString::createFromAscii(locale)));
    return provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                 a);
}

Language officeLanguage()
{
    OUString locale;
    uno::Reference<container::XNameAccess>(configuration("/org.openoffice.Setup/L10N", nullptr),
                                           uno::UNO_QUERY_THROW)
        ->getByName("ooLocale") >>= locale;
    return parcalc::languageFromLocale(toUtf8(locale));
}

// The menu entries as the table says they are: titles, "" for a separator.
std::vector<std::string> expectedMenu(Language language)
{
    std::vector<std::string> items;
    const auto& table = desk::deskCommands();
    for (std::size_t i = 0; i < table.size(); ++i)
    {
        items.push_back(text(language, table[i].titleKey));
        if (table[i].separatorAfter && i + 1 < table.size())
            items.push_back("");
    }
    return items;
}

// --- the menu -------------------------------------------------------------------------------

using AccContext = uno::Reference<accessibility::XAccessibleContext>;

// The first accessible below `context` (documents skipped: their cells are many) with `role`.
AccContext findRole(const AccContext& context, sal_Int16 role, int depth = 0)
{
    if (!context.is() || depth > 12)
        return {};
    if (context->getAccessibleRole() == role)
        return context;
    const sal_Int16 here = context->getAccessibleRole();
    if (here == accessibility::AccessibleRole::DOCUMENT_SPREADSHEET ||
        here == accessibility::AccessibleRole::TABLE)
        return {};
    for (sal_Int64 i = 0; i < context->getAccessibleChildCount(); ++i)
        if (auto child = context->getAccessibleChild(i); child.is())
            if (auto found = findRole(child->getAccessibleContext(), role, depth + 1); found.is())
                return found;
    return {};
}

// Read the way assistive technology reads it: the frame's menu bar, its ParCalc menu.
TEST(DeskMenu, IsInCalcsMenuBarWithTheTablesTitles)
{
    uno::Reference<accessibility::XAccessible> root(window().frame->getContainerWindow(),
                                                    uno::UNO_QUERY_THROW);
    const AccContext bar =
        findRole(root->getAccessibleContext(), accessibility::AccessibleRole::MENU_BAR);
    ASSERT_TRUE(bar.is()) << "no menu bar";
    const std::string title = text(officeLanguage(), "menu.title");
    AccContext menu;
    std::vector<std::string> menus;
    for (sal_Int64 i = 0; i < bar->getAccessibleChildCount(); ++i)
    {
        const AccContext child = bar->getAccessibleChild(i)->getAccessibleContext();
        menus.push_back(withoutMnemonic(child->getAccessibleName()));
        if (menus.back() == title)
            menu = child;
    }
    ASSERT_TRUE(menu.is()) << "no ParCalc menu in Calc's menu bar; it has " << menus.size();
    // Calc's add-on menus sit before its Window menu (Cửa sổ / Window), the one before Help.
    EXPECT_EQ(menus.at(menus.size() - 3), title);
    std::vector<std::string> items;
    for (sal_Int64 i = 0; i < menu->getAccessibleChildCount(); ++i)
    {
        const AccContext item = menu->getAccessibleChild(i)->getAccessibleContext();
        items.push_back(item->getAccessibleRole() == accessibility::AccessibleRole::SEPARATOR
                            ? std::string()
                            : withoutMnemonic(item->getAccessibleName()));
    }
    EXPECT_EQ(items, expectedMenu(officeLanguage()));
}

TEST(DeskMenu, AddonsConfigurationHasTheVietnameseAndEnglishTitles)
{
    const std::string submenu =
        "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/org.parcalc.desk.menu/Submenu";
    for (const auto& [locale, language] :
         {std::pair{"vi", Language::Vi}, std::pair{"en-US", Language::En}})
    {
        SCOPED_TRACE(locale);
        uno::Reference<container::XNameAccess> entries(configuration(submenu, locale),
                                                       uno::UNO_QUERY_THROW);
        auto names = entries->getElementNames();
        std::vector<OUString> sorted(names.begin(), names.end());
        std::sort(sorted.begin(), sorted.end());
        std::vector<std::string> items;
        for (const OUString& name : sorted)
        {
            uno::Reference<container::XNameAccess> entry(entries->getByName(name),
                                                         uno::UNO_QUERY_THROW);
            OUString url, title;
            entry->getByName("URL") >>= url;
            entry->getByName("Title") >>= title;
            items.push_back(url == "private:separator" ? std::string() : toUtf8(title));
        }
        EXPECT_EQ(items, expectedMenu(language));
    }
}

// --- the commands ---------------------------------------------------------------------------

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
    for (int i = 0; i < 100 && !deckActive(frame); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return deckActive(frame);
}

TEST(DeskCommand, ShowDeckTwiceLeavesTheDeckOpen)
{
    auto& w = window();
    sidebarOf(w.frame)->setVisible(false); // from a closed sidebar, as a new user has it
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

// Each sheet's name and used area (formulas and values) of a document.
struct Content
{
    std::vector<std::string> sheets;
    std::vector<uno::Sequence<uno::Sequence<OUString>>> formulas;
    st::SheetValues values;
};

Content contentOf(const uno::Reference<uno::XInterface>& component)
{
    uno::Reference<sheet::XSpreadsheetDocument> doc(component, uno::UNO_QUERY_THROW);
    Content content;
    for (const OUString& name : doc->getSheets()->getElementNames())
    {
        content.sheets.push_back(toUtf8(name));
        uno::Reference<sheet::XSpreadsheet> sheet(doc->getSheets()->getByName(name),
                                                  uno::UNO_QUERY_THROW);
        auto cursor = sheet->createCursor();
        uno::Reference<sheet::XUsedAreaCursor> used(cursor, uno::UNO_QUERY_THROW);
        used->gotoStartOfUsedArea(false);
        used->gotoEndOfUsedArea(true);
        content.formulas.push_back(
            uno::Reference<sheet::XCellRangeFormula>(cursor, uno::UNO_QUERY_THROW)
                ->getFormulaArray());
    }
    content.values = st::documentValues(doc);
    return content;
}

void expectNewFromTemplate(const std::string& command, const std::string& source)
{
    const Outcome outcome = run(window().frame, command);
    ASSERT_EQ(outcome.state, frame::DispatchResultState::SUCCESS) << outcome.messages;
    uno::Reference<frame::XModel> made;
    outcome.result >>= made;
    ASSERT_TRUE(made.is()) << "no document returned";
    uno::Reference<lang::XComponent> madeComponent(made, uno::UNO_QUERY_THROW);
    EXPECT_TRUE(made->getURL().isEmpty()) << "a new untitled document, not the template";
    auto original = st::loadDocument(*g_office, kSource + "/sample_sheets/" + source, true, true);
    const Content a = contentOf(made), b = contentOf(original);
    EXPECT_EQ(a.sheets, b.sheets);
    EXPECT_GT(b.formulas.at(0).getLength(), 20); // the real sheet, not an empty one
    EXPECT_TRUE(a.formulas == b.formulas);
    EXPECT_TRUE(a.values == b.values);
    parcalc::client::closeDocument(madeComponent);
    parcalc::client::closeDocument(original);
}

TEST(DeskCommand, NewAppendixOpensAnUntitledCopyOfTheTemplate)
{
    expectNewFromTemplate("NewAppendix", "mau-phu-luc.ods");
}

TEST(DeskCommand, NewSelfAssessmentOpensAnUntitledCopyOfTheTemplate)
{
    expectNewFromTemplate("NewSelfAssessment", "mau-tu-danh-gia.ods");
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

// --- failures are told, not thrown ----------------------------------------------------------

TEST(DeskFailure, UnknownCommandIsToldNotThrown)
{
    const Outcome outcome = run(window().frame, "NoSuchCommand");
    ASSERT_TRUE(outcome.finished);
    EXPECT_EQ(outcome.state, frame::DispatchResultState::FAILURE);
    const std::string expected = text(kUi, "error.unknownCommand", {{"command", "NoSuchCommand"}});
    OUString message;
    outcome.result >>= message;
    EXPECT_EQ(toUtf8(message), expected);
    EXPECT_EQ(outcome.messages, "error\t" + expected + "\n");
}

TEST(DeskFailure, BatchOverAFolderWithoutSpreadsheetsIsTold)
{
    const std::string empty = kOut + "/no-spreadsheets";
    std::filesystem::create_directories(empty);
    std::ofstream(empty + "/notes.txt") << "not a spreadsheet";
    const Outcome outcome =
        run(window().frame, "Batch",
            args({arg("Folder", uno::Any(fromUtf8(parcalc::client::fileUrl(empty))))}));
    EXPECT_EQ(outcome.state, frame::DispatchResultState::FAILURE);
    EXPECT_EQ(outcome.messages, "error\t" + text(kUi, "error.noFiles", {{"where", empty}}) + "\n");
}

TEST(DeskFailure, ConsolidateWithAWrongArgumentIsTold)
{
    const Outcome notUrls = run(window().frame, "Consolidate", args({arg("Files", uno::Any(42))}));
    EXPECT_EQ(notUrls.state, frame::DispatchResultState::FAILURE);
    EXPECT_EQ(notUrls.messages,
              "error\t" +
                  text(kUi, "error.badArgument",
                       {{"name", "Files"}, {"why", text(kUi, "error.notStrings")}}) +
                  "\n");
    const Outcome notFile =
        run(window().frame, "Consolidate",
            args({arg("Files", uno::Any(OUString("https://example.org/a.ods")))}));
    EXPECT_EQ(notFile.state, frame::DispatchResultState::FAILURE);
    EXPECT_NE(notFile.messages.find("https://example.org/a.ods"), std::string::npos)
        << notFile.messages;
}

TEST(DeskFailure, ExportToAnUnwritablePlaceIsToldWithTheReason)
{
    const Outcome outcome =
        run(window().frame, "Export",
            args({arg("File", uno::Any(OUString("file:///proc/parcalc/no.html")))}));
    EXPECT_EQ(outcome.state, frame::DispatchResultState::FAILURE);
    const std::string prefix =
        "error\t" +
        text(kUi, "error.failed", {{"command", text(kUi, "command.Export")}, {"error", ""}});
    EXPECT_EQ(outcome.messages.compare(0, prefix.size(), prefix), 0) << outcome.messages;
    EXPECT_NE(outcome.messages.find("/proc/parcalc/no.html"), std::string::npos)
        << outcome.messages;
}

// The handler made by hand, as the office makes it, but without a frame or with a wrong one.
TEST(DeskFailure, HandlerWithoutAFrameTellsAndServesOnlyItsProtocol)
{
    auto factory = g_office->context()->getServiceManager();
    uno::Sequence<uno::Any> notAFrame(1);
    notAFrame[0] <<= sal_Int32(42);
    uno::Reference<frame::XDispatchProvider> handler(
        factory->createInstanceWithArgumentsAndContext("org.parcalc.DeskImpl", notAFrame,
                                                       g_office->context()),
        uno::UNO_QUERY_THROW);
    util::URL other;
    other.Complete = ".uno:Save";
    EXPECT_FALSE(handler->queryDispatch(other, "", 0).is()) << "only vnd.org.parcalc.desk:";
    for (const auto& [command, key] :
         {std::pair{"ShowDeck", "error.noSidebar"}, std::pair{"Export", "error.noSpreadsheet"}})
    {
        SCOPED_TRACE(command);
        util::URL url;
        url.Complete = fromUtf8(std::string(desk::kDeskProtocol) + command);
        auto dispatch = handler->queryDispatch(url, "", 0);
        ASSERT_TRUE(dispatch.is());
        std::size_t seen = logEnd();
        rtl::Reference<ResultListener> listener(new ResultListener);
        uno::Reference<frame::XNotifyingDispatch>(dispatch, uno::UNO_QUERY_THROW)
            ->dispatchWithNotification(url, {}, listener.get());
        EXPECT_TRUE(listener->done);
        EXPECT_EQ(listener->result.State, frame::DispatchResultState::FAILURE);
        EXPECT_EQ(messagesSince(seen), "error\t" + text(kUi, key) + "\n");
    }
}

} // namespace
