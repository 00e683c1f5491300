#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/train/trainingtypes.h"

namespace as {

/** Where live frames come from: a camera (V4L2 through OpenCV), a video file or a stream URL. */
struct LiveSourceSpec
{
    enum class Kind
    {
        Camera,
        File,
        Url
    };
    Kind kind = Kind::File;
    std::string location; // camera index as text ("0"), file path, or URL
    /** Files: true plays at the file's own frame rate; false as fast as frames decode. */
    bool realTime = true;

    /** "0", "1"… → camera; "scheme://…" → URL; anything else → file (real time). */
    static LiveSourceSpec parse(const std::string &text);
    /** For messages: "camera 0", "file /x/y.mp4", "stream rtsp://…". */
    std::string describe() const;
};

/** One captured frame, ready to show (RGB888, rows without padding). */
struct LiveFrame
{
    std::int64_t index = 0; // frame number in the source since it was opened
    double sourceSeconds = 0.0; // position in the source (index / fps for files)
    std::int64_t captureNs = 0; // std::chrono::steady_clock time of capture
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb;
};

/** The result of one inference window, after smoothing and hysteresis. */
struct LivePrediction
{
    std::int64_t window = 0; // windows run so far, from 0 (dropped windows are not counted)
    double startSeconds = 0.0; // source time span of the frames the window used
    double endSeconds = 0.0;
    std::vector<ClassScore> raw; // this window's top-k
    std::vector<ClassScore> smoothed; // top-k of the mean over the last `smoothWindows`
    /** The label shown after the threshold and hysteresis; empty: "no action". */
    std::string label;
    double confidence = 0.0; // smoothed probability of `label` (or of the best class)
    double latencyMs = 0.0; // capture of the window's last frame → this prediction
};

/** Measurements since the current source started (rates over the last few seconds). */
struct LiveStats
{
    double sourceFps = 0.0; // the source's nominal frame rate
    double captureFps = 0.0; // frames captured per second, recently (what a display can show)
    double windowsPerSecond = 0.0; // inference windows completed per second, recently
    double medianLatencyMs = 0.0; // capture → label
    double p90LatencyMs = 0.0;
    std::int64_t framesCaptured = 0;
    std::int64_t windowsRun = 0;
    std::int64_t windowsDropped = 0; // windows skipped because inference was busy
};

struct LiveOptions
{
    /** A finished run (config.yaml, classes, checkpoints), or an exported weights file with
     *  its model card beside it (`<file>.json`). */
    std::string runDir;
    bool preferBest = true; // best.pt, else last.pt
    /**
     * Frames of the source between window starts; 0: the model's clip span (no overlap) —
     * adjustable while running with LiveSession::setStrideFrames.
     */
    int strideFrames = 0;
    int smoothWindows = 3; // mean of the probabilities of the last k windows
    double threshold = 0.4; // below it the label is "no action"
    /** A new label replaces the shown one only after winning this many windows in a row. */
    int hysteresisWindows = 2;
    std::string backgroundClass; // a class meaning "no action"; empty: "background" if any
    int topK = 5;
    int threads = 0; // torch intra-op threads for inference; 0: all cores but one
    /** A camera or stream that has not delivered its first frame by then is an error. */
    int openTimeoutMs = 8000;
    /** Tests and benchmarks: extra time each window takes, to simulate a slower model. */
    int inferenceDelayMs = 0;
};

/** Callbacks from the session's threads (capture, inference): hand work off quickly. */
class LiveObserver
{
public:
    virtual ~LiveObserver() = default;
    virtual void onFrame(const LiveFrame &frame) { (void)frame; }
    virtual void onPrediction(const LivePrediction &prediction) { (void)prediction; }
    /**
     * The source ended (end of file), failed (unplugged camera, decode error, stream gone:
     * `error` says which, naming the source) or was stopped. Called once per source.
     */
    virtual void onSourceEnded(bool failed, const ErrorInfo &error) { (void)failed; (void)error; }
};

/**
 * Live recognition: a capture thread reads the source into a ring buffer (it never waits for
 * inference); an inference thread takes the newest complete window — the model's clip, its
 * frames picked at the same time spacing the model was trained with (the training videos'
 * frame rate, resampled to the source's real rate) — runs the run's model with its test
 * preprocessing, smooths and applies the threshold and hysteresis, and reports. When
 * inference is slower than the source, windows are dropped, never queued.
 */
class LiveSession
{
public:
    /** Loads the model; throws `Error` naming the run folder or checkpoint. */
    LiveSession(LiveOptions options, LiveObserver &observer);
    ~LiveSession(); // stops and joins
    LiveSession(const LiveSession &) = delete;
    LiveSession &operator=(const LiveSession &) = delete;

    /** Opens `source` and starts (replacing a running source); throws `Error` naming it. */
    void start(const LiveSourceSpec &source);
    void stop();
    bool isRunning() const;
    /** Blocks until the source ends or stop(); false on timeout. */
    bool waitUntilEnded(int timeoutMs);

    void setStrideFrames(int frames);
    LiveStats stats() const;
    const std::vector<std::string> &classNames() const;
    /** The model's window: frames fed and the source frames they span, for display. */
    int clipFrames() const;
    int windowSpanFrames() const;
    /** The frames between window starts now in use (the option, or the span when 0). */
    int strideFrames() const;
    /**
     * The frame rate the model was trained at (median of the run's project videos; 30 when
     * the project cannot be read) and a sentence saying how the window samples the source,
     * e.g. "training videos: 25 fps (median of 40); 4 frames every 2 at 25 fps -> source
     * frames -7 -5 -2 0 at 30 fps"; it says so when the training rate was assumed.
     */
    double trainingFps() const;
    std::string samplingNote() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace as
