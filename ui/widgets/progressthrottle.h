#pragma once

#include <chrono>

namespace as::ui {

/**
 * Decides when a worker may forward progress to the UI: at most one update per interval
 * (50 ms: about 20 updates/s), so a job reporting thousands of small steps cannot flood the
 * event queue. Not thread-safe; callers hold their own lock.
 */
class ProgressThrottle
{
public:
    using Clock = std::chrono::steady_clock;

    explicit ProgressThrottle(std::chrono::milliseconds interval = std::chrono::milliseconds(50))
        : m_interval(interval)
    {
    }

    /** True (and restarts the interval) when an update may go out now or `force` is set. */
    bool shouldEmit(bool force = false)
    {
        const Clock::time_point now = Clock::now();
        if (!force && m_started && now - m_last < m_interval)
            return false;
        m_started = true;
        m_last = now;
        return true;
    }

private:
    std::chrono::milliseconds m_interval;
    Clock::time_point m_last;
    bool m_started = false;
};

} // namespace as::ui
