#include "ui/training/pausegate.h"

namespace as::ui {

void PauseGate::pause()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_paused = true;
}

void PauseGate::resume()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_paused = false;
    }
    m_wake.notify_all();
}

void PauseGate::release()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_paused = false;
        m_released = true;
    }
    m_wake.notify_all();
}

void PauseGate::reset()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_paused = false;
    m_released = false;
}

bool PauseGate::isPaused() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_paused;
}

} // namespace as::ui
