// The sidebar_ui_test binary's GUI soffice on a private Xvfb display, and opening
// documents and the ParCalc deck in it the way a user does; screenshots.
#include "ui_test_support.hxx"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace css;
using parcalc::client::fromUtf8;
namespace st = parcalc::sidebar_test;

namespace ui_test
{

parcalc::client::OfficeSession* g_office = nullptr;
std::string g_sample;

namespace
{

// --- a private X display -------------------------------------------------------------------

class Xvfb
{
public:
    void start()
    {
        for (int n = 90 + int(::getpid() % 60); n < 250; ++n)
        {
            if (std::filesystem::exists("/tmp/.X11-unix/X" + std::to_string(n)) ||
                std::filesystem::exists("/tmp/.X" + std::to_string(n) + "-lock"))
                continue;
            m_display = n;
            break;
        }
        if (m_display < 0)
            throw std::runtime_error("no free X display number");
        const std::string display = ":" + std::to_string(m_display);
        m_pid = ::fork();
        if (m_pid == 0)
        {
            ::setpgid(0, 0);
            ::prctl(PR_SET_PDEATHSIG, SIGTERM); // never outlive the test, even a crashed one
            if (const int devnull = ::open("/dev/null", O_RDWR); devnull >= 0)
            {
                ::dup2(devnull, STDIN_FILENO);
                ::dup2(devnull, STDOUT_FILENO);
                ::dup2(devnull, STDERR_FILENO);
            }
            ::execlp("Xvfb", "Xvfb", display.c_str(), "-screen", "0", "1440x900x24", "-nolisten",
                     "tcp", "-noreset", static_cast<char*>(nullptr));
            ::_exit(127);
        }
        const std::string socket = "/tmp/.X11-unix/X" + std::to_string(m_display);
        for (int i = 0; i < 200 && !std::filesystem::exists(socket); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (!std::filesystem::exists(socket))
            throw std::runtime_error("Xvfb did not start (is the xvfb package installed?)");
        ::setenv("DISPLAY", display.c_str(), 1);
    }
    void stop()
    {
        if (m_pid > 0)
        {
            ::kill(-m_pid, SIGTERM);
            ::waitpid(m_pid, nullptr, 0);
            m_pid = -1;
        }
    }
    ~Xvfb() { stop(); }

private:
    int m_display = -1;
    pid_t m_pid = -1;
};

// --- one GUI soffice for the whole binary ---------------------------------------------------

Xvfb* g_xvfb = nullptr;

void setConfig(const char* path, const char* name, const uno::Any& value)
{
    auto provider = configuration::theDefaultProvider::get(g_office->context());
    uno::Sequence<uno::Any> args(1);
    args[0] <<= beans::NamedValue("nodepath", uno::Any(OUString::createFromAscii(path)));
    auto access = provider->createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", args);
    uno::Reference<beans::XPropertySet>(access, uno::UNO_QUERY_THROW)
        ->setPropertyValue(OUString::createFromAscii(name), value);
    uno::Reference<util::XChangesBatch>(access, uno::UNO_QUERY_THROW)->commitChanges();
}

class GuiOffice : public st::OfficeEnvironment
{
public:
    GuiOffice()
        : OfficeEnvironment(
              {kBinary, kSource, kBinary + "/test-profiles/" PARCALC_UI_TEST_NAME, kOut, "", false},
              g_office, g_sample)
    {
    }
    void SetUp() override
    {
        const char* language = std::getenv("PARCALC_UI_TEST_LANGUAGE");
        ::setenv("PARCALC_UI_LANGUAGE", language && *language ? language : "vi", 1);
        g_xvfb = new Xvfb;
        g_xvfb->start();
        OfficeEnvironment::SetUp();
    }
    void TearDown() override
    {
        OfficeEnvironment::TearDown();
        delete g_xvfb;
        g_xvfb = nullptr;
    }

protected:
    void started() override
    {
        setConfig("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", uno::Any(false));
    }
};

[[maybe_unused]] const auto* const g_environment =
    ::testing::AddGlobalTestEnvironment(new GuiOffice);
} // namespace

// --- documents and the deck ------------------------------------------------------------------

std::unique_ptr<Window> openVisible(const std::string& path)
{
    auto w = std::make_unique<Window>();
    w->component = st::loadDocument(*g_office, path, false);
    w->model.set(w->component, uno::UNO_QUERY_THROW);
    w->frame = w->model->getCurrentController()->getFrame();
    w->frame->getContainerWindow()->setPosSize(0, 0, 1440, 900, awt::PosSize::POSSIZE);
    return w;
}

void dispatch(const uno::Reference<frame::XFrame>& frame, const std::string& command)
{
    auto helper = frame::DispatchHelper::create(g_office->context());
    helper->executeDispatch(uno::Reference<frame::XDispatchProvider>(frame, uno::UNO_QUERY_THROW),
                            fromUtf8(command), "", 0, {});
}

void openDeck(const uno::Reference<frame::XFrame>& frame)
{
    uno::Reference<frame::XController2> controller(frame->getController(), uno::UNO_QUERY_THROW);
    auto sidebar = controller->getSidebar();
    ASSERT_TRUE(sidebar.is());
    sidebar->setVisible(true);
    uno::Reference<ui::XDeck> deck;
    for (int i = 0; i < 100 && !deck.is(); ++i)
    {
        auto decks = sidebar->getDecks();
        if (decks.is() && decks->hasByName("ParCalcDeck"))
            decks->getByName("ParCalcDeck") >>= deck;
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ASSERT_TRUE(deck.is()) << "no ParCalcDeck in the sidebar (Sidebar.xcu not installed?)";
    if (!deck->isActive())
        dispatch(frame, ".uno:SidebarDeck.ParCalcDeck");
    for (int i = 0; i < 60 && !deck->isActive(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (!deck->isActive())
        deck->activate(true);
    sidebar->showDecks(true);
}

uno::Reference<org::parcalc::XAppendixValidator> service()
{
    return org::parcalc::AppendixValidator::create(g_office->context());
}

void screenshot(const std::string& name)
{
    std::filesystem::create_directories(kOut);
    const std::string target = kOut + "/" + name;
    const std::string command = "import -window root '" + target + "'";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    std::cout << "screenshot: " << target << "\n";
    const char* update = std::getenv("PARCALC_UPDATE_SCREENSHOTS");
    if (update && std::string(update) == "1")
    {
        std::filesystem::create_directories(kSource + "/docs/screenshots");
        std::filesystem::copy_file(target, kSource + "/docs/screenshots/" + name,
                                   std::filesystem::copy_options::overwrite_existing);
        std::cout << "updated docs/screenshots/" << name << "\n";
    }
}

} // namespace ui_test
