// The debounce thread.
#include "sidebar/model/debouncer.hxx"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace parcalc::sidebar
{

struct Debouncer::State
{
    std::mutex mutex;
    std::condition_variable wake;
    std::optional<std::chrono::steady_clock::time_point> deadline;
    bool stopped = false;
    std::chrono::milliseconds delay;
    std::function<void()> fire;
};

namespace
{

void run(const std::shared_ptr<Debouncer::State>& state);

} // namespace

Debouncer::Debouncer(std::chrono::milliseconds delay, std::function<void()> fire)
    : m_state(std::make_shared<State>())
{
    m_state->delay = delay;
    m_state->fire = std::move(fire);
    std::thread([state = m_state] { run(state); }).detach();
}

Debouncer::~Debouncer()
{
    stop();
}

void Debouncer::trigger()
{
    {
        std::lock_guard<std::mutex> lock(m_state->mutex);
        if (m_state->stopped)
            return;
        m_state->deadline = std::chrono::steady_clock::now() + m_state->delay;
    }
    m_state->wake.notify_all();
}

void Debouncer::cancel()
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->deadline.reset();
}

void Debouncer::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_state->mutex);
        m_state->stopped = true;
        m_state->deadline.reset();
    }
    m_state->wake.notify_all();
}

bool Debouncer::pending() const
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    return m_state->deadline.has_value();
}

namespace
{

void run(const std::shared_ptr<Debouncer::State>& state)
{
    std::unique_lock<std::mutex> lock(state->mutex);
    for (;;)
    {
        if (state->stopped)
            break;
        if (!state->deadline)
        {
            state->wake.wait(lock);
            continue;
        }
        if (std::chrono::steady_clock::now() < *state->deadline)
        {
            const auto deadline = *state->deadline;
            state->wake.wait_until(lock, deadline);
            continue;
        }
        state->deadline.reset();
        lock.unlock();
        try
        {
            state->fire();
        }
        catch (...)
        {
            // A failing fire must not end the thread (nor the office).
        }
        lock.lock();
    }
    // Release what `fire` holds (UNO references) outside the lock, once stopped.
    std::function<void()> fire = std::move(state->fire);
    lock.unlock();
}

} // namespace

} // namespace parcalc::sidebar
