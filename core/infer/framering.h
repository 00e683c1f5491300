#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace as {

/** One frame held by a FrameRing: the image (never modified once pushed) and its times. */
struct RingFrame
{
    std::int64_t index = -1; // frame number in the source; -1: empty slot
    double sourceSeconds = 0.0;
    std::int64_t captureNs = 0; // steady_clock time of capture
    cv::Mat image; // BGR, at the resolution the model's preprocessing starts from
};

/**
 * The fixed-size buffer between a live source's capture thread and the inference thread.
 * `push` never blocks and never waits for a reader: it overwrites the oldest frame. Readers
 * copy out the frames a window needs under a short lock; the copies share the pixel data
 * (cv::Mat is reference counted and pushed images are never written again), so a frame stays
 * valid in the reader's hands even after the ring has overwritten its slot.
 *
 * Frames are expected with consecutive indices (a source's frame counter); a frame is found
 * in slot `index % capacity`. Core-internal: the header includes OpenCV.
 */
class FrameRing
{
public:
    explicit FrameRing(int capacity);

    /** Stores `frame`, overwriting the oldest one when full, and wakes waiting readers. */
    void push(RingFrame frame);
    /** No more frames will come (end of source or stop): wakes readers for good. */
    void close();
    bool isClosed() const;

    /**
     * Waits until a frame with index ≥ `index` is held, the ring is closed, or `timeout`
     * passes; returns the newest index held then (-1 when empty).
     */
    std::int64_t waitForIndex(std::int64_t index, std::chrono::milliseconds timeout) const;

    /** Index of the newest / oldest frame held; -1 when empty. */
    std::int64_t latestIndex() const;
    std::int64_t oldestIndex() const;

    /**
     * Copies out the frames with the given indices, in that order. False (and `out` left
     * empty) when one of them is no longer held (overwritten) or not yet pushed.
     */
    bool copyFrames(const std::vector<std::int64_t> &indices, std::vector<RingFrame> &out) const;

    /**
     * The frames of a window ending at the newest frame: `offsets` are relative to it (≤ 0).
     * False when the ring does not hold them all yet.
     */
    bool latestWindow(const std::vector<int> &offsets, std::vector<RingFrame> &out) const;

    int capacity() const { return static_cast<int>(m_slots.size()); }
    /** Frames pushed since construction. */
    std::int64_t pushedCount() const;
    /** Frames pushed out of the ring by newer ones (whether a reader had taken them or not). */
    std::int64_t overwrittenCount() const;

private:
    bool holdsLocked(std::int64_t index) const;
    bool copyLocked(const std::vector<std::int64_t> &indices, std::vector<RingFrame> &out) const;

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::vector<RingFrame> m_slots;
    std::int64_t m_latest = -1;
    std::int64_t m_pushed = 0;
    std::int64_t m_overwritten = 0;
    bool m_closed = false;
};

} // namespace as
