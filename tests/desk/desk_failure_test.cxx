// Failures are told, not thrown: an unknown command, a folder without spreadsheets, wrong
// dispatch arguments, an unwritable report, a handler without a frame; each a FAILURE result
// with the message and the message shown to the user (the message log).
#include "desk_ui_support.hxx"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <rtl/ref.hxx>

#include <filesystem>
#include <fstream>

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

TEST(DeskFailure, ExportWithANumberForItsFileIsTold)
{
    const Outcome outcome = run(window().frame, "Export", args({arg("File", uno::Any(42.0))}));
    EXPECT_EQ(outcome.state, frame::DispatchResultState::FAILURE);
    EXPECT_EQ(outcome.messages,
              "error\t" +
                  text(kUi, "error.badArgument",
                       {{"name", "File"}, {"why", text(kUi, "error.notString")}}) +
                  "\n");
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
