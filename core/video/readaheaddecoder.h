#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace as {

/**
 * The video player's decode loop without Qt, for the seek benchmark: one worker thread reads a
 * FrameSequence ahead of (and, after a jump, behind) the frame asked for, by ReadAheadPlan,
 * into a cache bounded like the player's, while the caller asks for frames as a user would.
 * It mirrors ui's FrameDecoder (same plan, same cancel rule: a request outside the running
 * job's range stops it after its current frame; same eviction: farthest from the wanted frame)
 * so that its latencies are the player's, minus the hop of a queued signal to the UI thread.
 * The cache keeps a hash of each frame, not its pixels; the worker still makes the copy the
 * player makes (its QImage), so the CPU cost is the same.
 */
class ReadAheadDecoder
{
public:
    /** Opens `path` (throws `Error` naming it) and starts the worker, idle until a request. */
    explicit ReadAheadDecoder(const std::string &path, int knownFrameCount = 0);
    ~ReadAheadDecoder();
    ReadAheadDecoder(const ReadAheadDecoder &) = delete;
    ReadAheadDecoder &operator=(const ReadAheadDecoder &) = delete;

    int frameCount() const;
    double fps() const;

    /** Asks for frame `index` (clamped); returns at once, like FrameDecoder::request. */
    void request(int index);
    /**
     * Waits until frame `index` is decoded and gives its hash; false on timeout. Rethrows the
     * worker's decode error.
     */
    bool waitFor(int index, std::chrono::milliseconds timeout, std::size_t *hash = nullptr);
    /** Waits until the worker has nothing left to read for the current request. */
    void waitIdle();
    bool isCached(int index) const;

    /** The hash of a frame's RGB bytes, the same as waitFor reports. */
    static std::size_t hashFrame(const unsigned char *data, std::size_t size);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace as
