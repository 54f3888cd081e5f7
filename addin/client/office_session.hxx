// OfficeSession: one headless soffice that ParCalc's tools start, talk to over
// a private pipe and always stop again (also on error and Ctrl-C). It runs in
// a throwaway profile, never the user's own. Used by the `parcalc` batch tool
// and the integration tests.
#pragma once

#include "uno/base/ustrings.hxx"
#include "uno/io/document_close.hxx"
#include "uno/load/document_load.hxx"
#include "uno/load/load_problem.hxx"

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <string>
#include <sys/types.h>

namespace parcalc::client
{

using uno::fromUtf8;
using uno::toUtf8;

// Why a document could not be loaded, and the error that says it (uno/load, shared with
// the batch inside Calc); OfficeError is also raised when soffice cannot be started,
// reached or used.
using uno::LoadProblem;
using OfficeError = uno::LoadError;

struct OfficeOptions
{
    std::string profileDir;                // created if missing; absolute or relative
    std::chrono::seconds startTimeout{60}; // soffice must answer within this
    std::chrono::seconds loadTimeout{120}; // a hanging load kills soffice after this
    bool headless = true;
};

class OfficeSession
{
public:
    explicit OfficeSession(OfficeOptions options); // starts soffice, throws OfficeError
    ~OfficeSession();                              // terminates soffice, never throws
    OfficeSession(const OfficeSession&) = delete;
    OfficeSession& operator=(const OfficeSession&) = delete;

    css::uno::Reference<css::uno::XComponentContext> context() const { return m_context; }
    css::uno::Reference<css::frame::XDesktop2> desktop() const { return m_desktop; }

    // Loads a document hidden (and read-only unless `readOnly` is false), with
    // macros off and no dialogs: a password or repair prompt fails the load.
    // Throws OfficeError with the reason when the file cannot be loaded.
    css::uno::Reference<css::lang::XComponent> load(const std::string& path,
                                                    bool readOnly = true) const;

    // Stops soffice (if running) and starts a new one on the same profile.
    void restart();

    // After soffice died or hung: restart() once, never throwing. If that fails,
    // every later load() fails at once with LoadProblem::OfficeUnavailable and
    // the reason, so a batch reports the remaining files instead of aborting or
    // waiting for a dead office file after file.
    void recover() noexcept;

    // Terminates soffice now (idempotent).
    void shutdown() noexcept;

    // True while the soffice process is alive.
    bool alive() const noexcept;

    // False once recover() failed: every later load() fails at once.
    bool usable() const noexcept { return m_unavailable.empty(); }

private:
    void spawn();
    void connect();

    OfficeOptions m_options;
    std::string m_pipeName;
    pid_t m_pid = -1;
    std::string m_unavailable; // why recover() failed; empty while soffice is usable
    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::frame::XDesktop2> m_desktop;
};

// file:// URL of a local path (made absolute).
using uno::fileUrl;

// Stops every live OfficeSession's soffice when the process gets SIGINT or
// SIGTERM, then exits with 128+signal. Install once in main().
void stopOfficesOnSignals();

// Closes a loaded document, ignoring a veto (we never modified it).
using uno::closeDocument;

} // namespace parcalc::client
