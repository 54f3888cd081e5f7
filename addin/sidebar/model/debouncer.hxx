// Debouncer: calls `fire` once, on its own thread, after trigger() calls have
// paused for `delay` (the sidebar re-checks after typing pauses, never while
// the user types). UNO-free; the panel's `fire` posts the check to the office's
// main thread. stop() (and the destructor) never wait for a `fire` in progress
// (it may be waiting for the office's main thread, which may be the caller):
// the thread finishes on its own, holding its own copy of the state.
#pragma once

#include <chrono>
#include <functional>
#include <memory>

namespace parcalc::sidebar
{

class Debouncer
{
public:
    Debouncer(std::chrono::milliseconds delay, std::function<void()> fire);
    ~Debouncer();
    Debouncer(const Debouncer&) = delete;
    Debouncer& operator=(const Debouncer&) = delete;

    // (Re)starts the quiet period; `fire` runs when it ends. Cheap: never blocks.
    void trigger();
    // Drops a pending fire.
    void cancel();
    // No more fires; the thread ends. Idempotent.
    void stop();
    bool pending() const;

    struct State; // shared with the thread (debouncer.cxx)

private:
    std::shared_ptr<State> m_state;
};

} // namespace parcalc::sidebar
