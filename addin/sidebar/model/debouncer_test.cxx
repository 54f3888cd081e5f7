// The re-check debounce: one fire after a burst, none after cancel or stop.
#include "sidebar/model/debouncer.hxx"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace parcalc::sidebar
{
namespace
{

using namespace std::chrono_literals;

TEST(Debouncer, OneFireAfterABurst)
{
    std::atomic<int> fired{0};
    Debouncer debouncer(60ms, [&] { ++fired; });
    for (int i = 0; i < 10; ++i)
    {
        debouncer.trigger();
        std::this_thread::sleep_for(10ms); // typing: shorter pauses than the delay
    }
    EXPECT_EQ(fired.load(), 0);
    EXPECT_TRUE(debouncer.pending());
    std::this_thread::sleep_for(250ms);
    EXPECT_EQ(fired.load(), 1);
    EXPECT_FALSE(debouncer.pending());

    debouncer.trigger();
    std::this_thread::sleep_for(250ms);
    EXPECT_EQ(fired.load(), 2);
}

TEST(Debouncer, TriggerNeverBlocks)
{
    Debouncer debouncer(50ms, [] { std::this_thread::sleep_for(200ms); });
    debouncer.trigger();
    std::this_thread::sleep_for(80ms); // the fire is running now
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 1000; ++i)
        debouncer.trigger();
    EXPECT_LT(std::chrono::steady_clock::now() - start, 20ms);
}

TEST(Debouncer, CancelAndStop)
{
    std::atomic<int> fired{0};
    {
        Debouncer debouncer(40ms, [&] { ++fired; });
        debouncer.trigger();
        debouncer.cancel();
        std::this_thread::sleep_for(120ms);
        EXPECT_EQ(fired.load(), 0);
        debouncer.trigger();
        debouncer.stop();
        debouncer.trigger(); // ignored after stop
        std::this_thread::sleep_for(120ms);
        EXPECT_EQ(fired.load(), 0);
    }
    std::atomic<int> later{0};
    {
        Debouncer debouncer(40ms, [&] { ++later; });
        debouncer.trigger();
    } // destroyed with a fire pending: it never comes
    std::this_thread::sleep_for(120ms);
    EXPECT_EQ(later.load(), 0);
}

TEST(Debouncer, AThrowingFireDoesNotEndTheThread)
{
    std::atomic<int> fired{0};
    Debouncer debouncer(20ms,
                        [&]
                        {
                            ++fired;
                            throw std::runtime_error("boom");
                        });
    debouncer.trigger();
    std::this_thread::sleep_for(100ms);
    debouncer.trigger();
    std::this_thread::sleep_for(100ms);
    EXPECT_EQ(fired.load(), 2);
}

} // namespace
} // namespace parcalc::sidebar
