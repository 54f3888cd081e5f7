// batch_progress: what a reviewer sees while a batch runs inside Calc: the frame's status
// bar (XStatusIndicator) with "3/40: file name — Esc: stop", Escape on the document
// window stops the run after the file being read, and the office handles its events
// between two files (XReschedule), so the window repaints and stays usable. Everything
// runs on the caller's thread: each file takes ~25-50 ms, and UNO calls from the dispatch
// thread need no SolarMutex juggling (the way LibreOffice's own extensions run a loop).
#pragma once

#include "core/text/language.hxx"

#include <com/sun/star/awt/XKeyHandler.hpp>
#include <com/sun/star/awt/XReschedule.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <string>

namespace parcalc::desk
{

class BatchProgress
{
public:
    // `frame` may be null (no status bar, no Escape). `stopAsked`, when set, is asked too
    // before each file (tests; a caller's own Cancel button).
    BatchProgress(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, Language language,
                  std::size_t total, std::function<bool(std::size_t)> stopAsked = {});
    ~BatchProgress(); // the status bar cleared, the key handler removed; never throws
    BatchProgress(const BatchProgress&) = delete;
    BatchProgress& operator=(const BatchProgress&) = delete;

    // Before file `index` (0-based): shows it, lets the office handle its events; false
    // when the user asked to stop.
    bool next(std::size_t index, const std::string& fileName);

    // The result document opened while the run goes on: the status bar and the Escape
    // watcher move to its window, which now has the focus (nothing when the run has no UI).
    void follow(const css::uno::Reference<css::frame::XFrame>& frame);

    // The last step: the result document is being written.
    void writing();

private:
    void attach(const css::uno::Reference<css::frame::XFrame>& frame);
    void detach() noexcept;

    Language m_language;
    std::size_t m_total;
    std::function<bool(std::size_t)> m_stopAsked;
    std::size_t m_index = 0;
    css::uno::Reference<css::task::XStatusIndicator> m_indicator;
    css::uno::Reference<css::awt::XReschedule> m_reschedule;
    css::uno::Reference<css::awt::XKeyHandler> m_keys;
    css::uno::Reference<css::uno::XInterface> m_controller; // where m_keys listens
};

} // namespace parcalc::desk
