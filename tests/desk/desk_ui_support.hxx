// Shared by the desk_ui_test sources: dispatching a ParCalc menu command to a frame as the
// menu does (run: the result event and what the handler told the user, read from the message
// log PARCALC_DESK_MESSAGE_LOG, set here before soffice starts), the seed sample's window,
// the office's configuration and language, and the menu the command table makes.
#pragma once

#include "desk/model/desk_commands.hxx"
#include "desk/model/desk_texts.hxx"
#include "ui_test_support.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <cppuhelper/implbase1.hxx>

#include <string>
#include <vector>

namespace desk_ui
{

// The handler speaks the sidebar's language: the test office's is forced to vi.
inline constexpr parcalc::Language kUi = parcalc::Language::Vi;

// What the handler told the user since `seen` (a position in the log), moving `seen` on.
std::string messagesSince(std::size_t& seen);
// The log's end now.
std::size_t logEnd();

class ResultListener : public cppu::WeakImplHelper1<css::frame::XDispatchResultListener>
{
public:
    void SAL_CALL dispatchFinished(const css::frame::DispatchResultEvent& event) override
    {
        result = event;
        done = true;
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}
    css::frame::DispatchResultEvent result;
    bool done = false;
};

struct Outcome
{
    bool finished = false;
    sal_Int16 state = -1;
    css::uno::Any result;
    std::string messages; // what the handler told the user meanwhile
};

// Dispatches vnd.org.parcalc.desk:NAME to `frame` as the menu does (the frame finds the
// handler through ProtocolHandler.xcu).
Outcome run(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& name,
            const css::uno::Sequence<css::beans::PropertyValue>& args = {});

css::beans::PropertyValue arg(const char* name, const css::uno::Any& value);
css::uno::Sequence<css::beans::PropertyValue>
args(std::initializer_list<css::beans::PropertyValue> list);

std::string text(parcalc::Language language, std::string_view key, parcalc::TextArgs values = {});

// kOut/NAME made anew, holding a copy of the seed sample (sample_sheets/ngan-son-q1-2023.ods)
// under each of `copies`' names: a reviewer's folder of submitted files.
std::string folderOfSampleCopies(const std::string& name, const std::vector<std::string>& copies);

// The used area of sheet `name` in `model` as text rows (numbers by std::to_string).
std::vector<std::vector<std::string>> rowsOf(const css::uno::Reference<css::frame::XModel>& model,
                                             const std::string& name);

// The seed sample (a copy) open in a window, shared by the tests; closed before soffice stops.
ui_test::Window& window();

std::string withoutMnemonic(OUString s);

// A configuration node of the office, read in `locale` (or the office's when null).
css::uno::Reference<css::uno::XInterface> configuration(const std::string& path,
                                                        const char* locale);
parcalc::Language officeLanguage();

// The menu entries as the command table says they are: titles, "" for a separator.
std::vector<std::string> expectedMenu(parcalc::Language language);

} // namespace desk_ui
