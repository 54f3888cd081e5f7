// The desk_ui_test helpers: dispatching, the message log, the shared window, the menu.
#include "desk_ui_support.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <rtl/ref.hxx>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace css;
using namespace ui_test;
using parcalc::Language;
using parcalc::client::fromUtf8;
using parcalc::client::toUtf8;
namespace desk = parcalc::desk;
namespace st = parcalc::sidebar_test;

namespace desk_ui
{

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

} // namespace

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

// Dispatches vnd.org.parcalc.desk:NAME to `frame` as the menu does (the frame finds the
// handler through ProtocolHandler.xcu).
Outcome run(const uno::Reference<frame::XFrame>& frame, const std::string& name,
            const uno::Sequence<beans::PropertyValue>& args)
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

std::string folderOfSampleCopies(const std::string& name, const std::vector<std::string>& copies)
{
    const std::string folder = ui_test::kOut + "/" + name;
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    for (const std::string& copy : copies)
        std::filesystem::copy_file(ui_test::kSource + "/sample_sheets/ngan-son-q1-2023.ods",
                                   folder + "/" + copy);
    return folder;
}

std::vector<std::vector<std::string>> rowsOf(const uno::Reference<frame::XModel>& model,
                                             const std::string& name)
{
    uno::Reference<sheet::XSpreadsheetDocument> doc(model, uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSpreadsheet> sheet(doc->getSheets()->getByName(fromUtf8(name)),
                                              uno::UNO_QUERY_THROW);
    auto cursor = sheet->createCursor();
    uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(true);
    const auto data =
        uno::Reference<sheet::XCellRangeData>(cursor, uno::UNO_QUERY_THROW)->getDataArray();
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : data)
    {
        rows.emplace_back();
        for (const uno::Any& cell : row)
        {
            OUString text;
            double number = 0;
            if (cell >>= text)
                rows.back().push_back(toUtf8(text));
            else if (cell >>= number)
                rows.back().push_back(std::to_string(number));
            else
                rows.back().emplace_back();
        }
    }
    return rows;
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

std::string text(Language language, std::string_view key, parcalc::TextArgs values)
{
    return desk::deskText(language, key, values);
}

namespace
{
std::unique_ptr<Window> g_window; // the seed sample, shared by the tests

class CloseWindow : public ::testing::EmptyTestEventListener
{
    void OnEnvironmentsTearDownStart(const ::testing::UnitTest&) override { g_window.reset(); }
};
[[maybe_unused]] const bool g_closesWindow =
    (::testing::UnitTest::GetInstance()->listeners().Append(new CloseWindow), true);
} // namespace

Window& window()
{
    if (!g_window)
        g_window = openVisible(st::copyTo(g_sample, kOut, "desk-seed.ods"));
    return *g_window;
}

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

} // namespace desk_ui
