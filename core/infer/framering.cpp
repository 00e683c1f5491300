#include "core/infer/framering.h"

#include <algorithm>

namespace as {

FrameRing::FrameRing(int capacity)
    : m_slots(static_cast<std::size_t>(std::max(1, capacity)))
{
}

void FrameRing::push(RingFrame frame)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const std::size_t slot = static_cast<std::size_t>(frame.index) % m_slots.size();
        if (m_slots[slot].index >= 0)
            ++m_overwritten;
        m_latest = std::max(m_latest, frame.index);
        m_slots[slot] = std::move(frame);
        ++m_pushed;
    }
    m_changed.notify_all();
}

void FrameRing::close()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
}

bool FrameRing::isClosed() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_closed;
}

std::int64_t FrameRing::waitForIndex(std::int64_t index, std::chrono::milliseconds timeout) const
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait_for(lock, timeout, [&] { return m_closed || m_latest >= index; });
    return m_latest;
}

std::int64_t FrameRing::latestIndex() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_latest;
}

std::int64_t FrameRing::oldestIndex() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_latest < 0)
        return -1;
    std::int64_t oldest = m_latest;
    while (oldest > 0 && m_latest - oldest + 1 < capacity() && holdsLocked(oldest - 1))
        --oldest;
    return oldest;
}

bool FrameRing::holdsLocked(std::int64_t index) const
{
    if (index < 0 || index > m_latest)
        return false;
    return m_slots[static_cast<std::size_t>(index) % m_slots.size()].index == index;
}

bool FrameRing::copyFrames(const std::vector<std::int64_t> &indices,
                           std::vector<RingFrame> &out) const
{
    out.clear();
    const std::lock_guard<std::mutex> lock(m_mutex);
    return copyLocked(indices, out);
}

bool FrameRing::latestWindow(const std::vector<int> &offsets, std::vector<RingFrame> &out) const
{
    out.clear();
    const std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<std::int64_t> indices;
    indices.reserve(offsets.size());
    for (int offset : offsets)
        indices.push_back(m_latest + offset);
    return copyLocked(indices, out);
}

bool FrameRing::copyLocked(const std::vector<std::int64_t> &indices,
                           std::vector<RingFrame> &out) const
{
    for (std::int64_t index : indices)
        if (!holdsLocked(index))
            return false;
    out.reserve(indices.size());
    // Copies of cv::Mat headers only: the pixels are shared and never written again.
    for (std::int64_t index : indices)
        out.push_back(m_slots[static_cast<std::size_t>(index) % m_slots.size()]);
    return true;
}

std::int64_t FrameRing::pushedCount() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_pushed;
}

std::int64_t FrameRing::overwrittenCount() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_overwritten;
}

} // namespace as
