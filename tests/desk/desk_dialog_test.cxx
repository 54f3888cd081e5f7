// The Batch command's dialogs, as a reviewer meets them: without a Folder or Files
// argument it asks "a whole folder?" (Yes: the folder picker, No: the file picker). Each
// dialog is answered through LibreOffice's UI-test API (org.libreoffice.uitest.UITest, the
// one its own Python UI tests use) while the command waits in it: cancelling any of them
// ends the command with nothing opened and nothing told, and a folder chosen in the picker
// is checked.
#include "desk_ui_support.hxx"

#include "core/reports/batch_sheet_texts.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/ui/test/XUIObject.hpp>
#include <com/sun/star/ui/test/XUITest.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include <gtest/gtest.h>

using namespace css;
using namespace ui_test;
using namespace desk_ui;
using parcalc::client::fromUtf8;
using parcalc::client::toUtf8;
using UiObject = uno::Reference<ui::test::XUIObject>;

namespace
{

UiObject topDialog()
{
    auto context = g_office->context();
    return uno::Reference<ui::test::XUITest>(
               context->getServiceManager()->createInstanceWithContext(
                   "org.libreoffice.uitest.UITest", context),
               uno::UNO_QUERY_THROW)
        ->getTopFocusWindow();
}

std::string stateOf(const UiObject& object, const char* name)
{
    for (const beans::PropertyValue& p : object->getState())
        if (p.Name.equalsAscii(name))
        {
            OUString text;
            p.Value >>= text;
            return toUtf8(text);
        }
    return {};
}

// The modal dialog titled `title` once it is on top, or null after 20 s.
UiObject waitForDialog(const std::string& title)
{
    for (int i = 0; i < 200; ++i)
    {
        const UiObject top = topDialog();
        if (top.is() && stateOf(top, "Modal") == "true" && stateOf(top, "Text") == title)
            return top;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return {};
}

void click(const UiObject& dialog, const char* button)
{
    dialog->getChild(OUString::createFromAscii(button))->executeAction("CLICK", {});
}

std::size_t openDocuments()
{
    auto components = g_office->desktop()->getComponents()->createEnumeration();
    std::size_t n = 0;
    for (; components->hasMoreElements(); components->nextElement())
        ++n;
    return n;
}

// The Batch command without arguments, running while the test answers its dialogs.
class BatchInDialogs
{
public:
    BatchInDialogs()
        : m_thread(
              [this]
              {
                  try
                  {
                      m_outcome = run(window().frame, "Batch");
                  }
                  catch (const uno::Exception& e)
                  {
                      m_error = toUtf8(e.Message);
                  }
                  m_done = true;
              })
    {
    }
    // After a failed step the command may still wait in a dialog: cancel what is on top
    // until it ends, so that the next test finds the office free.
    ~BatchInDialogs()
    {
        for (int i = 0; i < 100 && !m_done; ++i)
        {
            if (const UiObject top = topDialog(); top.is() && stateOf(top, "Modal") == "true")
                click(top, "cancel");
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        if (m_thread.joinable())
            m_thread.join();
    }
    // Waits for the command to end.
    const Outcome& outcome()
    {
        m_thread.join();
        EXPECT_EQ(m_error, "");
        return m_outcome;
    }

private:
    Outcome m_outcome;
    std::string m_error;
    std::atomic<bool> m_done{false};
    std::thread m_thread; // last: starts once the members it writes exist
};

// The question's answer `answer`, then `pickerKey`'s picker cancelled (none when null).
void expectCancelledLeavesNothing(const char* answer, const char* pickerKey)
{
    window(); // the Calc window the command goes to, opened before counting
    const std::size_t before = openDocuments();
    BatchInDialogs batch;
    const UiObject question = waitForDialog(text(kUi, "message.title"));
    ASSERT_TRUE(question.is()) << "the Batch command did not ask folder or files";
    click(question, answer);
    if (pickerKey)
    {
        const UiObject picker = waitForDialog(text(kUi, pickerKey));
        ASSERT_TRUE(picker.is()) << "no picker titled " << text(kUi, pickerKey);
        click(picker, "cancel");
    }
    const Outcome& outcome = batch.outcome();
    EXPECT_TRUE(outcome.finished);
    EXPECT_EQ(outcome.state, frame::DispatchResultState::SUCCESS);
    uno::Reference<frame::XModel> result;
    outcome.result >>= result;
    EXPECT_FALSE(result.is()) << "a result although the user cancelled";
    EXPECT_EQ(outcome.messages, "");
    EXPECT_EQ(openDocuments(), before);
}

TEST(DeskDialogs, CancellingTheQuestionEndsTheCommand)
{
    expectCancelledLeavesNothing("cancel", nullptr);
}

TEST(DeskDialogs, CancellingTheFolderPickerEndsTheCommand)
{
    expectCancelledLeavesNothing("yes", "dialog.pickFolder");
}

TEST(DeskDialogs, CancellingTheFilePickerEndsTheCommand)
{
    expectCancelledLeavesNothing("no", "dialog.pickFiles");
}

TEST(DeskDialogs, AFolderChosenInThePickerIsChecked)
{
    const std::string folder = folderOfSampleCopies("dialog-folder", {"a.ods", "b.ods"});

    BatchInDialogs batch;
    const UiObject question = waitForDialog(text(kUi, "message.title"));
    ASSERT_TRUE(question.is());
    click(question, "yes");
    const UiObject picker = waitForDialog(text(kUi, "dialog.pickFolder"));
    ASSERT_TRUE(picker.is());
    // As a user does: the folder's path typed into the emptied name field (it may hold an
    // autocompleted path), then the dialog's button.
    const UiObject name = picker->getChild("file_name");
    name->executeAction("CLEAR", {});
    beans::PropertyValue typed{"TEXT", 0, uno::Any(fromUtf8(folder)), {}};
    name->executeAction("TYPE", {&typed, 1});
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    click(picker, "open");

    const Outcome& outcome = batch.outcome();
    ASSERT_EQ(outcome.state, frame::DispatchResultState::SUCCESS) << outcome.messages;
    uno::Reference<frame::XModel> result;
    ASSERT_TRUE(outcome.result >>= result) << "no result document";
    EXPECT_EQ(rowsOf(result, parcalc::batchSheetText(kUi, "sheet.summary")).size(),
              3u) // a header and the folder's two files
        << "the folder checked was not the one chosen";
    uno::Reference<util::XCloseable>(result, uno::UNO_QUERY_THROW)->close(true);
}

} // namespace
