#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "core/common/cancellation.h"

namespace as::ui {

/**
 * Where a training worker waits while the user has paused it. The UI thread calls pause() and
 * resume(); the worker calls waitWhilePaused() between iterations and blocks there on a
 * condition variable (no busy loop, no processEvents). Cancelling the job's token also lets it
 * go: the wait wakes at least every 100 ms to look at the token, and release() wakes it at once
 * (the controller calls it on stop and in its destructor, before the worker is joined).
 */
class PauseGate final
{
public:
    void pause();
    void resume();
    /** Resumes and lets every later wait pass at once: the job is being stopped. */
    void release();
    /** Back to running, for a new job. */
    void reset();
    bool isPaused() const;

    /**
     * Blocks while paused and neither released nor `token` cancelled. `onBlocked` runs once,
     * on the calling thread, just before it starts to wait; returns whether it waited.
     */
    template<typename F>
    bool waitWhilePaused(const as::CancellationToken &token, F onBlocked)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!m_paused || m_released || token.isCancelled())
            return false;
        onBlocked();
        while (m_paused && !m_released && !token.isCancelled())
            m_wake.wait_for(lock, std::chrono::milliseconds(100));
        return true;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_paused = false;
    bool m_released = false;
};

} // namespace as::ui
