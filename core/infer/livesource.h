#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include <opencv2/core/mat.hpp>

#include "core/common/error.h"
#include "core/infer/livesession.h"

namespace as {

/**
 * A live frame source over OpenCV's VideoCapture: a camera by index, a video file (FFmpeg) or
 * a stream URL. The constructor opens the source and decodes its first frame within a time
 * limit (a camera or stream that never answers cannot hang the caller), or throws `Error`
 * naming the source. `read` returns frames in order; a real-time file is paced to its own
 * frame rate (the caller's thread sleeps until each frame is due, in short slices so that
 * `interrupt` is prompt). Core-internal: the header includes OpenCV.
 */
class LiveSource
{
public:
    enum class ReadResult
    {
        Frame,
        End, // end of the file
        Failed, // a camera or stream stopped delivering frames: `error` says so
        Interrupted // interrupt() was called
    };

    explicit LiveSource(const LiveSourceSpec &spec, int openTimeoutMs = 8000);
    ~LiveSource();
    LiveSource(const LiveSource &) = delete;
    LiveSource &operator=(const LiveSource &) = delete;

    /** The next frame (BGR); index and time of the frame read are frameIndex()/frameSeconds(). */
    ReadResult read(cv::Mat &frameBgr, ErrorInfo &error);
    /** Makes a waiting or later read() return Interrupted; any thread. */
    void interrupt();

    const LiveSourceSpec &spec() const { return m_spec; }
    /** The source's nominal frame rate; 30 when it does not say (fpsAssumed()). */
    double fps() const { return m_fps; }
    bool fpsAssumed() const { return m_fpsAssumed; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    /** Index (from 0) and source time of the frame the last read() returned. */
    std::int64_t frameIndex() const { return m_index; }
    double frameSeconds() const;

private:
    struct Capture;
    LiveSourceSpec m_spec;
    std::shared_ptr<Capture> m_capture;
    cv::Mat m_pending; // the first frame, decoded while opening
    double m_fps = 30.0;
    bool m_fpsAssumed = false;
    int m_width = 0;
    int m_height = 0;
    std::int64_t m_index = -1;
    std::int64_t m_declaredFrames = 0; // files: the container's frame count (0 = unknown)
    std::chrono::steady_clock::time_point m_started;
    std::atomic<bool> m_interrupted{false};
};

} // namespace as
