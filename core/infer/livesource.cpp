#include "core/infer/livesource.h"

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include <opencv2/videoio.hpp>

#include "core/video/videofile.h"

namespace as {

/** The capture and the outcome of opening it, shared with the opening thread. */
struct LiveSource::Capture
{
    std::mutex mutex;
    std::condition_variable opened;
    bool done = false;
    bool failed = false;
    ErrorInfo error;
    cv::VideoCapture capture;
    cv::Mat first;
};

LiveSourceSpec LiveSourceSpec::parse(const std::string &text)
{
    LiveSourceSpec spec;
    spec.location = text;
    const bool digits = !text.empty() && text.size() <= 4
                        && std::all_of(text.begin(), text.end(),
                                       [](unsigned char c) { return std::isdigit(c) != 0; });
    if (digits)
        spec.kind = Kind::Camera;
    else if (text.find("://") != std::string::npos)
        spec.kind = Kind::Url;
    else
        spec.kind = Kind::File;
    return spec;
}

std::string LiveSourceSpec::describe() const
{
    switch (kind) {
    case Kind::Camera:
        return "camera " + location;
    case Kind::Url:
        return "stream " + location;
    case Kind::File:
        break;
    }
    return "file " + location;
}

namespace {

/** Opens the source and decodes its first frame; runs on the opening thread. */
void openLiveCapture(const LiveSourceSpec &spec, int timeoutMs, cv::VideoCapture &capture,
                     cv::Mat &first)
{
    const std::string what = spec.describe();
    switch (spec.kind) {
    case LiveSourceSpec::Kind::File: {
        // OpenCV only says "not opened": name what is wrong ourselves.
        std::error_code ec;
        if (!std::filesystem::exists(spec.location, ec))
            throw Error("video.notfound", "Video file not found: " + spec.location,
                        spec.location);
        if (std::filesystem::is_directory(spec.location, ec))
            throw Error("video.unreadable", "Not a video file but a folder: " + spec.location,
                        spec.location);
        if (std::filesystem::file_size(spec.location, ec) == 0)
            throw Error("video.empty", "Video file is empty (0 bytes): " + spec.location,
                        spec.location);
        openVideoFile(capture, spec.location);
        break;
    }
    case LiveSourceSpec::Kind::Camera:
        capture.open(std::stoi(spec.location), cv::CAP_ANY);
        break;
    case LiveSourceSpec::Kind::Url:
        capture.open(spec.location, cv::CAP_FFMPEG,
                     {cv::CAP_PROP_OPEN_TIMEOUT_MSEC, timeoutMs, cv::CAP_PROP_READ_TIMEOUT_MSEC,
                      timeoutMs});
        break;
    }
    if (!capture.isOpened())
        throw Error("live.source_open",
                    "Cannot open " + what + ": the device or stream is not available",
                    spec.location);
    if (!capture.read(first) || first.empty())
        throw Error("video.unreadable",
                    "No frame could be decoded from " + what
                        + (spec.kind == LiveSourceSpec::Kind::File
                               ? " (corrupt or not a video)"
                               : " (the device or stream sends nothing)"),
                    spec.location);
}

} // namespace

LiveSource::LiveSource(const LiveSourceSpec &spec, int openTimeoutMs)
    : m_spec(spec)
    , m_capture(std::make_shared<Capture>())
{
    // Opening a camera can block for a long time inside the driver: open on a thread of its
    // own and give up after the time limit. The thread keeps the capture alive by itself
    // and releases it when the open finally returns.
    std::shared_ptr<Capture> state = m_capture;
    std::thread opener([state, spec, openTimeoutMs] {
        // Only this thread touches the capture until `done` is set under the mutex.
        ErrorInfo error;
        bool failed = false;
        try {
            openLiveCapture(spec, openTimeoutMs, state->capture, state->first);
        } catch (const Error &e) {
            failed = true;
            error = e.info();
        } catch (const std::exception &e) {
            failed = true;
            error = {"live.source_open", "Cannot open " + spec.describe() + ": " + e.what(),
                     spec.location, 0};
        }
        const std::lock_guard<std::mutex> lock(state->mutex);
        state->failed = failed;
        state->error = error;
        state->done = true;
        state->opened.notify_all();
    });
    std::unique_lock<std::mutex> lock(state->mutex);
    const bool done = state->opened.wait_for(lock, std::chrono::milliseconds(openTimeoutMs),
                                             [&] { return state->done; });
    if (!done) {
        lock.unlock();
        opener.detach();
        throw Error("live.source_timeout",
                    "Cannot open " + spec.describe() + ": no answer within "
                        + std::to_string(openTimeoutMs / 1000) + " s",
                    spec.location);
    }
    lock.unlock();
    opener.join();
    if (state->failed)
        throw Error(state->error);

    m_pending = state->first;
    m_width = m_pending.cols;
    m_height = m_pending.rows;
    const double fps = state->capture.get(cv::CAP_PROP_FPS);
    m_fpsAssumed = !(fps > 0.5 && fps < 1000.0);
    m_fps = m_fpsAssumed ? 30.0 : fps;
    if (spec.kind == LiveSourceSpec::Kind::File) {
        const double frames = state->capture.get(cv::CAP_PROP_FRAME_COUNT);
        m_declaredFrames = frames > 0.0 && frames < 1e9 ? static_cast<std::int64_t>(frames) : 0;
    }
    m_started = std::chrono::steady_clock::now();
}

LiveSource::~LiveSource() = default;

void LiveSource::interrupt()
{
    m_interrupted = true;
}

double LiveSource::frameSeconds() const
{
    if (m_spec.kind == LiveSourceSpec::Kind::File)
        return static_cast<double>(std::max<std::int64_t>(0, m_index)) / m_fps;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
}

LiveSource::ReadResult LiveSource::read(cv::Mat &frameBgr, ErrorInfo &error)
{
    using Clock = std::chrono::steady_clock;
    if (m_interrupted)
        return ReadResult::Interrupted;
    const std::int64_t next = m_index + 1;
    if (m_spec.kind == LiveSourceSpec::Kind::File && m_spec.realTime) {
        // Frame n is due n / fps after the first; sleep in short slices to stay interruptible.
        const Clock::time_point due =
            m_started
            + std::chrono::duration_cast<Clock::duration>(
                std::chrono::duration<double>(static_cast<double>(next) / m_fps));
        while (Clock::now() < due) {
            if (m_interrupted)
                return ReadResult::Interrupted;
            std::this_thread::sleep_until(std::min(due, Clock::now() + std::chrono::milliseconds(20)));
        }
    }
    if (!m_pending.empty()) {
        frameBgr = m_pending;
        m_pending.release();
        m_index = next;
        return ReadResult::Frame;
    }
    bool ok = false;
    std::string why;
    try {
        ok = m_capture->capture.read(frameBgr) && !frameBgr.empty();
    } catch (const cv::Exception &e) {
        why = e.what();
    }
    if (m_interrupted)
        return ReadResult::Interrupted;
    if (ok) {
        m_index = next;
        return ReadResult::Frame;
    }
    // A file that stops well before the frames its header declares is truncated or corrupt:
    // say so instead of ending as if it were complete (containers' counts are estimates, so
    // up to 10 % short, as some variable-rate files are, is an ordinary end).
    const std::int64_t read = m_index + 1;
    if (m_spec.kind == LiveSourceSpec::Kind::File && why.empty()
        && (m_declaredFrames <= 0 || read * 10 >= m_declaredFrames * 9))
        return ReadResult::End;
    if (m_spec.kind == LiveSourceSpec::Kind::File && why.empty())
        why = "only " + std::to_string(read) + " of the " + std::to_string(m_declaredFrames)
              + " frames it declares could be decoded (truncated or corrupt)";
    if (m_spec.kind == LiveSourceSpec::Kind::File)
        error = {"video.decode", "Decoding " + m_spec.describe() + " failed after frame "
                                     + std::to_string(m_index) + ": " + why,
                 m_spec.location, 0};
    else
        error = {"live.source_lost",
                 m_spec.describe() + " stopped delivering frames after frame "
                     + std::to_string(m_index)
                     + (why.empty() ? " (unplugged, or the stream ended)" : ": " + why),
                 m_spec.location, 0};
    return ReadResult::Failed;
}

} // namespace as
