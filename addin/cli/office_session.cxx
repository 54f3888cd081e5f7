// Starting, reaching and stopping a private headless soffice.
#include "office_session.hxx"

#include "file_sniff.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/BrokenPackageRequest.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/task/DocumentPasswordRequest.hpp>
#include <com/sun/star/task/DocumentPasswordRequest2.hpp>
#include <com/sun/star/task/DocumentMSPasswordRequest.hpp>
#include <com/sun/star/task/DocumentMSPasswordRequest2.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <rtl/bootstrap.hxx>
#include <rtl/ref.hxx>

#include <array>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <fcntl.h>
#include <unistd.h>
#include <vector>
#include <sys/wait.h>

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
        rtl::Bootstrap::set("URE_BOOTSTRAP",
                            fromUtf8(std::string("vnd.sun.star.pathname:") + kOfficeProgramDir +
                               "/fundamentalrc"));
        return cppu::defaultBootstrap_InitialComponentContext();
    }();
    return context;
}

// Answers every question LibreOffice asks while loading with "abort", and
// remembers what it was asked: a password or a repair prompt is the reason
// the file is unreadable, and a batch run must never wait on a dialog.
class RecordingAbortHandler : public cppu::WeakImplHelper1<css::task::XInteractionHandler>
{
public:
    LoadProblem problem = LoadProblem::Other;

    void SAL_CALL
    handle(const css::uno::Reference<css::task::XInteractionRequest>& request) override
    {
        const css::uno::Any what = request->getRequest();
        if (what.isExtractableTo(cppu::UnoType<css::task::DocumentPasswordRequest>::get()) ||
            what.isExtractableTo(cppu::UnoType<css::task::DocumentPasswordRequest2>::get()) ||
            what.isExtractableTo(cppu::UnoType<css::task::DocumentMSPasswordRequest>::get()) ||
            what.isExtractableTo(cppu::UnoType<css::task::DocumentMSPasswordRequest2>::get()))
            problem = LoadProblem::PasswordProtected;
        else if (what.isExtractableTo(cppu::UnoType<css::document::BrokenPackageRequest>::get()))
            problem = LoadProblem::Corrupt;
        for (const auto& continuation : request->getContinuations())
            if (css::uno::Reference<css::task::XInteractionAbort> abort{continuation,
                                                                        css::uno::UNO_QUERY};
                abort.is())
            {
                abort->select();
                return;
            }
    }
};

// Kills the soffice process group if the guarded call outlives its deadline.
class Watchdog
{
public:
    Watchdog(pid_t group, std::chrono::seconds limit)
        : m_thread(
              [this, group, limit]
              {
                  std::unique_lock<std::mutex> lock(m_mutex);
                  if (!m_done.wait_for(lock, limit, [this] { return m_finished; }))
                  {
                      m_fired = true;
                      ::kill(-group, SIGKILL);
                  }
              })
    {
    }
    ~Watchdog()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        m_thread.join();
    }
    bool fired()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_fired;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    bool m_fired = false;
    std::thread m_thread;
};

// CSV import options: the separator the file really uses (Vietnamese Excel
// writes ';' and keeps ',' inside numbers), '"' quotes, UTF-8, from row 1, and
// every column as text so "136.284" reaches ParCalc as typed, not read as 136.284.
std::string csvFilterOptions(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(std::size_t(in.gcount()));
    std::string columns;
    for (int col = 1; col <= 64; ++col)
        columns += (col > 1 ? "/" : "") + std::to_string(col) + "/2"; // 2 = text
    return std::to_string(int(static_cast<unsigned char>(csvSeparator(head)))) + ",34,76,1," +
           columns + ",0,false,false,false,false";
}

} // namespace

std::string fileUrl(const std::string& path)
{
    const std::string abs = std::filesystem::absolute(path).lexically_normal().string();
    OUString url;
    osl::FileBase::getFileURLFromSystemPath(fromUtf8(abs), url);
    return toUtf8(url);
}

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

OfficeSession::~OfficeSession() { shutdown(); }

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
    const OUString url = fromUtf8("uno:pipe,name=" + m_pipeName + ";urp;StarOffice.ComponentContext");
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
        if (!alive())
            throw OfficeError("soffice exited before it could be reached (is libreoffice-calc "
                              "installed? run scripts/setup)");
        if (std::chrono::steady_clock::now() > deadline)
            throw OfficeError("soffice did not answer within " +
                              std::to_string(m_options.startTimeout.count()) + " s");
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    m_desktop = css::frame::Desktop::create(m_context);
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

void OfficeSession::shutdown() noexcept
{
    if (m_pid <= 0)
        return;
    try
    {
        if (m_desktop.is())
            m_desktop->terminate();
    }
    catch (...)
    {
        // The bridge dies with soffice: a DisposedException here is the normal case.
    }
    m_desktop.clear();
    m_context.clear();
    for (int i = 0; i < 100 && alive(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ::kill(-m_pid, SIGKILL); // oosplash or helpers left behind
    ::waitpid(m_pid, nullptr, 0);
    unregisterGroup(m_pid);
    m_pid = -1;
}

css::uno::Reference<css::lang::XComponent> OfficeSession::load(const std::string& path,
                                                               bool readOnly) const
{
    if (!std::filesystem::is_regular_file(path))
        throw OfficeError("file not found: " + path);
    if (!m_desktop.is())
        throw OfficeError("LibreOffice is not running", LoadProblem::OfficeDied);
    const bool csv = std::filesystem::path(path).extension() == ".csv";
    rtl::Reference<RecordingAbortHandler> handler(new RecordingAbortHandler);
    std::vector<css::beans::PropertyValue> props(5);
    props[0].Name = "Hidden";
    props[0].Value <<= true;
    props[1].Name = "ReadOnly";
    props[1].Value <<= readOnly;
    props[2].Name = "MacroExecutionMode";
    props[2].Value <<= sal_Int16(0); // NEVER_EXECUTE
    props[3].Name = "UpdateDocMode";
    props[3].Value <<= sal_Int16(0); // NO_UPDATE: never follow links
    props[4].Name = "InteractionHandler";
    props[4].Value <<= css::uno::Reference<css::task::XInteractionHandler>(handler.get());
    if (csv)
    {
        props.push_back({"FilterName", 0, css::uno::Any(OUString("Text - txt - csv (StarCalc)")),
                         css::beans::PropertyState_DIRECT_VALUE});
        props.push_back({"FilterOptions", 0, css::uno::Any(fromUtf8(csvFilterOptions(path))),
                         css::beans::PropertyState_DIRECT_VALUE});
    }
    css::uno::Reference<css::frame::XComponentLoader> loader(m_desktop, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::lang::XComponent> doc;
    std::string failure;
    bool timedOut = false;
    bool disposed = false; // the bridge died: soffice.bin is gone even if oosplash lingers
    {
        Watchdog watchdog(m_pid, m_options.loadTimeout);
        try
        {
            doc = loader->loadComponentFromURL(
                fromUtf8(fileUrl(path)), "_blank", 0,
                css::uno::Sequence<css::beans::PropertyValue>(props.data(),
                                                              sal_Int32(props.size())));
        }
        catch (const css::lang::DisposedException&)
        {
            disposed = true;
        }
        catch (const css::uno::RuntimeException& e)
        {
            failure = toUtf8(e.Message);
        }
        catch (const css::uno::Exception& e)
        {
            failure = toUtf8(e.Message);
        }
        timedOut = watchdog.fired();
    }
    if (timedOut)
        throw OfficeError("opening the file took longer than " +
                              std::to_string(m_options.loadTimeout.count()) + " s",
                          LoadProblem::TimedOut);
    if (disposed || !alive())
        throw OfficeError("LibreOffice stopped while opening the file", LoadProblem::OfficeDied);
    if (handler->problem == LoadProblem::PasswordProtected)
        throw OfficeError("the file is password-protected", LoadProblem::PasswordProtected);
    if (handler->problem == LoadProblem::Corrupt)
        throw OfficeError("the file is damaged (LibreOffice offered to repair it)",
                          LoadProblem::Corrupt);
    if (!doc.is())
        throw OfficeError(failure.empty() ? "LibreOffice could not open the file" : failure);
    return doc;
}

void closeDocument(const css::uno::Reference<css::lang::XComponent>& doc) noexcept
{
    try
    {
        css::uno::Reference<css::util::XCloseable> closeable(doc, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else if (doc.is())
            doc->dispose();
    }
    catch (...)
    {
        // Closing a document we only read: nothing to save, nothing to report.
    }
}

} // namespace parcalc::client
