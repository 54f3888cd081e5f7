// Loading a document into the private soffice: uno::loadHidden (no dialogs, no macros, no
// links, bare spreadsheet models; shared with the batch inside Calc) under a watchdog
// against hangs, and the checks that soffice is still there.
#include "client/office_session.hxx"

#include <condition_variable>
#include <csignal>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

namespace parcalc::client
{
namespace
{

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

} // namespace

css::uno::Reference<css::lang::XComponent> OfficeSession::load(const std::string& path,
                                                               bool readOnly) const
{
    if (!std::filesystem::is_regular_file(path))
        throw OfficeError("file not found: " + path);
    if (!m_unavailable.empty())
        throw OfficeError("LibreOffice could not be started again: " + m_unavailable,
                          LoadProblem::OfficeUnavailable);
    if (!m_desktop.is())
        throw OfficeError("LibreOffice is not running", LoadProblem::OfficeDied);
    css::uno::Reference<css::lang::XComponent> doc;
    bool timedOut = false;
    std::optional<OfficeError> failure;
    {
        Watchdog watchdog(m_pid, m_options.loadTimeout);
        try
        {
            doc = uno::loadHidden(m_context, path, readOnly);
        }
        catch (const OfficeError& e)
        {
            failure = e;
        }
        timedOut = watchdog.fired();
    }
    if (timedOut)
        throw OfficeError("opening the file took longer than " +
                              std::to_string(m_options.loadTimeout.count()) + " s",
                          LoadProblem::TimedOut);
    if ((failure && failure->problem() == LoadProblem::OfficeDied) || !alive())
        throw OfficeError("LibreOffice stopped while opening the file", LoadProblem::OfficeDied);
    if (failure)
        throw *failure;
    return doc;
}

} // namespace parcalc::client
