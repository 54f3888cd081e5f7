// Starting, reaching and stopping a private headless soffice.
#include "client/office_session.hxx"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <osl/file.hxx>
#include <rtl/bootstrap.hxx>

#include <array>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <sys/wait.h>
#include <system_error>
#include <thread>
#include <unistd.h>
#include <vector>

namespace parcalc::client
{
namespace
{

constexpr const char* kOfficeProgramDir = "/usr/lib/libreoffice/program";

// Process groups of the live sessions, for the signal handler (async-signal-safe).
std::array<std::atomic<pid_t>, 8> g_liveGroups{};

void registerGroup(pid_t pid)
{
    for (auto& slot : g_liveGroups)
    {
        pid_t expected = 0;
        if (slot.compare_exchange_strong(expected, pid))
            return;
    }
}

void unregisterGroup(pid_t pid)
{
    for (auto& slot : g_liveGroups)
    {
        pid_t expected = pid;
        slot.compare_exchange_strong(expected, 0);
    }
}

extern "C" void onTerminatingSignal(int sig)
{
    for (auto& slot : g_liveGroups)
        if (pid_t pid = slot.load(); pid > 0)
            ::kill(-pid, SIGKILL);
    ::_exit(128 + sig);
}

// A local UNO context able to talk to the office, bootstrapped from the
// office's own fundamentalrc (types and services of the installed URE).
css::uno::Reference<css::uno::XComponentContext> localContext()
{
    static css::uno::Reference<css::uno::XComponentContext> context = []
    {
        rtl::Bootstrap::set("URE_BOOTSTRAP", fromUtf8(std::string("vnd.sun.star.pathname:") +
                                                      kOfficeProgramDir + "/fundamentalrc"));
        return cppu::defaultBootstrap_InitialComponentContext();
    }();
    return context;
}

} // namespace

void stopOfficesOnSignals()
{
    struct sigaction sa = {};
    sa.sa_handler = onTerminatingSignal;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGHUP, &sa, nullptr);
    // A write to a soffice that just died must be an error to handle, not the end of us.
    ::signal(SIGPIPE, SIG_IGN);
}

OfficeSession::OfficeSession(OfficeOptions options) : m_options(std::move(options))
{
    if (m_options.profileDir.empty())
        throw OfficeError("no LibreOffice profile directory given");
    std::filesystem::create_directories(m_options.profileDir);
    m_pipeName = "parcalc_" + std::to_string(::getpid()) + "_" +
                 std::to_string(reinterpret_cast<std::uintptr_t>(this) & 0xFFFFFF);
    spawn();
    try
    {
        connect();
    }
    catch (...)
    {
        shutdown();
        throw;
    }
}

OfficeSession::~OfficeSession()
{
    shutdown();
}

void OfficeSession::spawn()
{
    const std::string soffice = std::string(kOfficeProgramDir) + "/soffice";
    std::vector<std::string> args = {soffice,
                                     "--invisible",
                                     "--nologo",
                                     "--nodefault",
                                     "--norestore",
                                     "--nolockcheck",
                                     "-env:UserInstallation=" + fileUrl(m_options.profileDir),
                                     "--accept=pipe,name=" + m_pipeName +
                                         ";urp;StarOffice.ComponentContext"};
    if (m_options.headless)
        args.insert(args.begin() + 1, "--headless");
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid < 0)
        throw OfficeError("cannot start soffice (fork failed)");
    if (pid == 0)
    {
        ::setpgid(0, 0); // its own group, so oosplash and soffice.bin stop together
        if (const int devnull = ::open("/dev/null", O_RDWR); devnull >= 0)
        {
            ::dup2(devnull, STDIN_FILENO);
            ::dup2(devnull, STDOUT_FILENO);
            if (!std::getenv("PARCALC_DEBUG")) // soffice's own chatter (javaldx...) is no news
                ::dup2(devnull, STDERR_FILENO);
        }
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::setpgid(pid, pid);
    m_pid = pid;
    registerGroup(pid);
}

void OfficeSession::connect()
{
    auto local = localContext();
    auto resolver = css::bridge::UnoUrlResolver::create(local);
    const OUString url =
        fromUtf8("uno:pipe,name=" + m_pipeName + ";urp;StarOffice.ComponentContext");
    const auto deadline = std::chrono::steady_clock::now() + m_options.startTimeout;
    for (;;)
    {
        try
        {
            m_context.set(resolver->resolve(url), css::uno::UNO_QUERY_THROW);
            break;
        }
        catch (const css::connection::NoConnectException&)
        {
        }
        catch (const css::uno::Exception& e) // reached, but the bridge broke (a dying soffice)
        {
            throw OfficeError("soffice could not be used: " + toUtf8(e.Message));
        }
        if (!alive())
            throw OfficeError("soffice exited before it could be reached (is libreoffice-calc "
                              "installed? run scripts/setup)");
        if (std::chrono::steady_clock::now() > deadline)
            throw OfficeError("soffice did not answer within " +
                              std::to_string(m_options.startTimeout.count()) + " s");
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    try
    {
        m_desktop = css::frame::Desktop::create(m_context);
    }
    catch (const css::uno::Exception& e)
    {
        throw OfficeError("soffice answered but could not be used: " + toUtf8(e.Message));
    }
}

bool OfficeSession::alive() const noexcept
{
    if (m_pid <= 0)
        return false;
    int status = 0;
    return ::waitpid(m_pid, &status, WNOHANG) == 0;
}

void OfficeSession::restart()
{
    shutdown();
    spawn();
    connect();
}

void OfficeSession::recover() noexcept
{
    if (!m_unavailable.empty())
        return;
    try
    {
        restart();
        return;
    }
    catch (const std::exception& e) // OfficeError
    {
        m_unavailable = e.what();
    }
    catch (const css::uno::Exception& e)
    {
        m_unavailable = toUtf8(e.Message);
    }
    catch (...)
    {
        m_unavailable = "unknown error";
    }
    shutdown();
}

void OfficeSession::shutdown() noexcept
{
    if (m_pid <= 0)
        return;
    // terminate() blocks while the office shows a dialog (a modified document's "Save
    // changes?" in a GUI office): it gets 10 s, then the office is killed, which ends the
    // call with a DisposedException, so a shutdown never hangs.
    std::thread terminator;
    try
    {
        terminator = std::thread(
            [desktop = std::move(m_desktop)]
            {
                try
                {
                    if (desktop.is())
                        desktop->terminate();
                }
                catch (...)
                {
                    // The bridge dies with soffice: a DisposedException here is the normal case.
                }
            });
        for (int i = 0; i < 200 && alive(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    catch (const std::system_error&)
    {
        // No thread to spare: the office is killed at once.
    }
    ::kill(-m_pid, SIGKILL); // oosplash or helpers left behind, or an office that would not go
    if (terminator.joinable())
        terminator.join();
    m_desktop.clear();
    m_context.clear();
    ::waitpid(m_pid, nullptr, 0);
    unregisterGroup(m_pid);
    m_pid = -1;
}

} // namespace parcalc::client
