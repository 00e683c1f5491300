#include "core/infer/livesession.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <sstream>
#include <thread>

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "core/common/statistics.h"
#include "core/infer/framering.h"
#include "core/infer/livesource.h"
#include "core/infer/livewindowsampler.h"
#include "core/infer/predictionsmoother.h"
#include "core/infer/recognizer.h"
#include "core/models/modelregistry.h"
#include "core/project/trainingvideotiming.h"
#include "core/train/backgroundsamples.h"
#include "core/train/trainingsetup.h"

namespace as {

namespace {

using LiveClock = std::chrono::steady_clock;

std::int64_t liveNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               LiveClock::now().time_since_epoch())
        .count();
}

/** Events per second over the timestamps kept (the last few seconds of a source). */
double liveRate(const std::deque<std::int64_t> &timesNs)
{
    if (timesNs.size() < 2)
        return 0.0;
    const double seconds = static_cast<double>(timesNs.back() - timesNs.front()) / 1e9;
    return seconds > 0.0 ? static_cast<double>(timesNs.size() - 1) / seconds : 0.0;
}

double livePercentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

} // namespace

/** One opened source with its threads, ring, sampler, smoother and measurements. */
struct LiveSourceRun
{
    std::shared_ptr<const Recognizer> recognizer;
    std::unique_ptr<LiveSource> source;
    std::unique_ptr<FrameRing> ring;
    std::unique_ptr<LiveWindowSampler> sampler;
    PredictionSmoother smoother;
    int topK = 5;
    int inferenceDelayMs = 0;
    const std::atomic<int> *strideOption = nullptr;

    std::thread capture;
    std::thread inference;
    std::future<void> captureDone;
    std::atomic<bool> stopRequested{false};

    // The observer, reachable only while `observerGone` is false (a capture thread stuck in
    // a driver call is left behind by stop() and must not call it afterwards).
    std::mutex observerMutex;
    LiveObserver *observer = nullptr;
    bool observerGone = false;

    std::mutex endMutex;
    std::condition_variable endChanged;
    bool ended = false;
    bool sourceFailed = false; // set by the capture thread before it closes the ring
    ErrorInfo sourceError;

    mutable std::mutex statsMutex;
    LiveStats stats;
    std::deque<std::int64_t> frameTimesNs;
    std::deque<std::int64_t> windowTimesNs;
    std::deque<double> latenciesMs;

    int stride() const
    {
        const int option = strideOption ? strideOption->load() : 0;
        return option > 0 ? option : sampler->spanFrames();
    }

    void captureLoop();
    void inferenceLoop(int threads);
    /** Runs the window ending at frame `end`; false when its frames were gone (dropped). */
    bool runWindow(std::int64_t end, std::int64_t windowNumber);
    void notifyFrame(const LiveFrame &frame);
};

void LiveSourceRun::notifyFrame(const LiveFrame &frame)
{
    const std::lock_guard<std::mutex> lock(observerMutex);
    if (!observerGone && observer)
        observer->onFrame(frame);
}

void LiveSourceRun::captureLoop()
{
    try {
        cv::Mat bgr;
        cv::Mat rgb;
        while (!stopRequested) {
            ErrorInfo error;
            const LiveSource::ReadResult result = source->read(bgr, error);
            if (result == LiveSource::ReadResult::Failed) {
                sourceFailed = true;
                sourceError = error;
            }
            if (result != LiveSource::ReadResult::Frame)
                break;
            RingFrame frame;
            frame.index = source->frameIndex();
            frame.sourceSeconds = source->frameSeconds();
            frame.captureNs = liveNowNs();
            recognizer->prepareFrame(bgr, frame.image);

            LiveFrame shown;
            shown.index = frame.index;
            shown.sourceSeconds = frame.sourceSeconds;
            shown.captureNs = frame.captureNs;
            cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
            shown.width = rgb.cols;
            shown.height = rgb.rows;
            shown.rgb.resize(static_cast<std::size_t>(rgb.cols) * rgb.rows * 3);
            for (int y = 0; y < rgb.rows; ++y)
                std::copy_n(rgb.ptr<std::uint8_t>(y), rgb.cols * 3,
                            shown.rgb.data() + static_cast<std::size_t>(y) * rgb.cols * 3);

            ring->push(std::move(frame));
            {
                const std::lock_guard<std::mutex> lock(statsMutex);
                ++stats.framesCaptured;
                frameTimesNs.push_back(shown.captureNs);
                while (frameTimesNs.size() > 90)
                    frameTimesNs.pop_front();
            }
            notifyFrame(shown);
        }
    } catch (const std::exception &e) {
        sourceFailed = true;
        sourceError = {"live.source_lost",
                       source->spec().describe() + " failed: " + e.what(),
                       source->spec().location, 0};
    }
    ring->close();
}

bool LiveSourceRun::runWindow(std::int64_t end, std::int64_t windowNumber)
{
    const std::vector<int> &offsets = sampler->offsets();
    std::vector<std::int64_t> indices;
    for (int offset : offsets)
        indices.push_back(end + offset);
    indices.push_back(end); // the window's last frame: its capture time gives the latency
    std::vector<RingFrame> frames;
    if (!ring->copyFrames(indices, frames)) {
        // Overwritten meanwhile (a very large stride): take the window ending now instead.
        const std::int64_t latest = ring->latestIndex();
        for (std::size_t i = 0; i < indices.size(); ++i)
            indices[i] += latest - end;
        if (!ring->copyFrames(indices, frames)) {
            const std::lock_guard<std::mutex> lock(statsMutex);
            ++stats.windowsDropped;
            return false;
        }
    }
    const RingFrame last = frames.back();
    frames.pop_back();
    std::vector<cv::Mat> images;
    for (const RingFrame &frame : frames)
        images.push_back(frame.image);

    const std::vector<float> probabilities = recognizer->classifyFrames(images);
    for (int waited = 0; waited < inferenceDelayMs && !stopRequested; waited += 5)
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min(5, inferenceDelayMs - waited)));
    const SmoothedScores smoothed = smoother.add(probabilities);

    LivePrediction prediction;
    prediction.window = windowNumber;
    prediction.startSeconds = frames.front().sourceSeconds;
    prediction.endSeconds = last.sourceSeconds;
    prediction.raw = recognizer->topScores(probabilities, topK);
    prediction.smoothed = recognizer->topScores(smoothed.mean, topK);
    if (smoothed.label >= 0)
        prediction.label = recognizer->classNames().at(static_cast<std::size_t>(smoothed.label));
    prediction.confidence = smoothed.confidence;
    const std::int64_t now = liveNowNs();
    prediction.latencyMs = static_cast<double>(now - last.captureNs) / 1e6;
    {
        const std::lock_guard<std::mutex> lock(statsMutex);
        ++stats.windowsRun;
        windowTimesNs.push_back(now);
        while (windowTimesNs.size() > 20)
            windowTimesNs.pop_front();
        latenciesMs.push_back(prediction.latencyMs);
        while (latenciesMs.size() > 1000)
            latenciesMs.pop_front();
    }
    if (observer)
        observer->onPrediction(prediction);
    return true;
}

void LiveSourceRun::inferenceLoop(int threads)
{
    // LibTorch's OpenMP thread count is per calling thread: set it on this one.
    torch::set_num_threads(threads);
    bool failed = false;
    ErrorInfo error;
    try {
        std::int64_t nextEnd = sampler->spanFrames() - 1;
        std::int64_t windows = 0;
        while (!stopRequested) {
            const std::int64_t latest =
                ring->waitForIndex(nextEnd, std::chrono::milliseconds(50));
            if (stopRequested)
                break;
            const bool closed = ring->isClosed();
            if (latest >= nextEnd) {
                // The newest complete window; the ones between it and the last run are
                // dropped, never queued.
                const int strideNow = stride();
                const std::int64_t skipped = (latest - nextEnd) / strideNow;
                const std::int64_t end = nextEnd + skipped * strideNow;
                if (skipped > 0) {
                    const std::lock_guard<std::mutex> lock(statsMutex);
                    stats.windowsDropped += skipped;
                }
                if (runWindow(end, windows))
                    ++windows;
                nextEnd = end + stride();
            } else if (closed && ring->latestIndex() < nextEnd) {
                break;
            }
        }
    } catch (const Error &e) {
        failed = true;
        error = e.info();
    } catch (const std::exception &e) {
        failed = true;
        error = {"live.inference", std::string("Live recognition failed: ") + e.what(),
                 source->spec().location, 0};
    }
    stopRequested = true; // a failed model ends the source too
    source->interrupt();
    // The capture thread has closed the ring (or is being stopped): its outcome is final.
    if (!failed && ring->isClosed() && sourceFailed) {
        failed = true;
        error = sourceError;
    }
    if (observer)
        observer->onSourceEnded(failed, error);
    {
        const std::lock_guard<std::mutex> lock(endMutex);
        ended = true;
    }
    endChanged.notify_all();
}

struct LiveSession::Impl
{
    LiveOptions options;
    LiveObserver *observer = nullptr;
    std::shared_ptr<const Recognizer> recognizer;
    LiveWindowSpec windowSpec;
    TrainingVideoTiming training;
    int threads = 1;
    std::atomic<int> strideOption{0};

    mutable std::mutex mutex; // guards `run` (start/stop against the getters)
    std::shared_ptr<LiveSourceRun> run;

    LiveWindowSampler samplerFor(double sourceFps) const
    {
        return LiveWindowSampler(windowSpec, training.fps, sourceFps);
    }
    void stopRun(const std::shared_ptr<LiveSourceRun> &run) const;
};

LiveSession::LiveSession(LiveOptions options, LiveObserver &observer)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->options = std::move(options);
    m_impl->observer = &observer;
    m_impl->strideOption = std::max(0, m_impl->options.strideFrames);
    m_impl->recognizer =
        std::make_shared<const Recognizer>(m_impl->options.runDir, m_impl->options.preferBest);
    const ExperimentConfig &config = m_impl->recognizer->config();

    // The window as the run's test pipeline samples a clip (single view).
    const DataPipeline pipeline = modelPipeline(config, false);
    LiveWindowSpec &spec = m_impl->windowSpec;
    m_impl->training = m_impl->recognizer->modelCard()
                           ? trainingVideoTiming(m_impl->recognizer->modelCard()->trainingFps,
                                                 m_impl->recognizer->modelCard()->trainingMedianSeconds,
                                                 "the model card of " + m_impl->options.runDir)
                           : trainingVideoTiming(config.data.project);
    if (pipeline.sampling.segments()) {
        const int perSegment = isKnownModel(config.model.name)
                                   ? std::max(1, referenceInputSpec(config.model.name).framesPerSegment)
                                   : 1;
        spec.segments = true;
        spec.framesPerSegment = perSegment;
        spec.numSegments = std::max(1, pipeline.sampling.clipLengthFrames(false) / perSegment);
        spec.segmentSpanSeconds = m_impl->training.medianSeconds;
    } else {
        spec.clipLengthFrames = config.input.clipLengthFrames;
        spec.frameInterval = config.input.frameInterval;
    }
    const int cores = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    m_impl->threads = m_impl->options.threads > 0 ? m_impl->options.threads
                                                  : std::max(1, cores - 1);
}

LiveSession::~LiveSession()
{
    stop();
}

void LiveSession::Impl::stopRun(const std::shared_ptr<LiveSourceRun> &run) const
{
    if (!run)
        return;
    run->stopRequested = true;
    run->source->interrupt();
    if (run->inference.get_id() == std::this_thread::get_id()
        || run->capture.get_id() == std::this_thread::get_id())
        return; // called back from an observer callback: the threads end by themselves
    if (run->inference.joinable())
        run->inference.join();
    if (run->capture.joinable()) {
        // A camera or stream read may sit in the driver for seconds: do not hang on it. The
        // thread keeps what it uses alive and no longer reaches the observer.
        if (run->captureDone.wait_for(std::chrono::seconds(2)) == std::future_status::ready) {
            run->capture.join();
        } else {
            const std::lock_guard<std::mutex> lock(run->observerMutex);
            run->observerGone = true;
            run->capture.detach();
        }
    }
}

void LiveSession::start(const LiveSourceSpec &sourceSpec)
{
    stop();
    auto run = std::make_shared<LiveSourceRun>();
    run->recognizer = m_impl->recognizer;
    run->source = std::make_unique<LiveSource>(sourceSpec, m_impl->options.openTimeoutMs);
    run->sampler = std::make_unique<LiveWindowSampler>(m_impl->samplerFor(run->source->fps()));
    // The newest window plus what arrives while it is copied out; larger strides are held
    // too, so a window is dropped only when inference is busy.
    const int capacity = run->sampler->spanFrames()
                         + std::max(run->sampler->spanFrames(), m_impl->strideOption.load()) + 64;
    run->ring = std::make_unique<FrameRing>(capacity);
    SmootherOptions smoothing;
    smoothing.windows = m_impl->options.smoothWindows;
    smoothing.threshold = m_impl->options.threshold;
    smoothing.hysteresisWindows = m_impl->options.hysteresisWindows;
    const std::vector<std::string> &names = m_impl->recognizer->classNames();
    // Without a chosen class, a run trained with data.background_class has one named
    // "background": its windows show as no action.
    const std::string backgroundName = m_impl->options.backgroundClass.empty()
                                           ? std::string(kBackgroundClassName)
                                           : m_impl->options.backgroundClass;
    const auto background = std::find(names.begin(), names.end(), backgroundName);
    if (background != names.end())
        smoothing.backgroundIndex = static_cast<int>(background - names.begin());
    run->smoother = PredictionSmoother(smoothing);
    run->topK = m_impl->options.topK;
    run->inferenceDelayMs = m_impl->options.inferenceDelayMs;
    run->strideOption = &m_impl->strideOption;
    run->observer = m_impl->observer;
    run->stats.sourceFps = run->source->fps();

    std::packaged_task<void()> captureTask([run] { run->captureLoop(); });
    run->captureDone = captureTask.get_future();
    {
        const std::lock_guard<std::mutex> lock(m_impl->mutex);
        m_impl->run = run;
    }
    run->capture = std::thread(std::move(captureTask));
    const int threads = m_impl->threads;
    run->inference = std::thread([run, threads] { run->inferenceLoop(threads); });
}

void LiveSession::stop()
{
    std::shared_ptr<LiveSourceRun> run;
    {
        const std::lock_guard<std::mutex> lock(m_impl->mutex);
        run = m_impl->run; // kept: its stats stay readable after the source ended
    }
    m_impl->stopRun(run);
}

bool LiveSession::isRunning() const
{
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    if (!m_impl->run)
        return false;
    const std::lock_guard<std::mutex> endLock(m_impl->run->endMutex);
    return !m_impl->run->ended;
}

bool LiveSession::waitUntilEnded(int timeoutMs)
{
    std::shared_ptr<LiveSourceRun> run;
    {
        const std::lock_guard<std::mutex> lock(m_impl->mutex);
        run = m_impl->run;
    }
    if (!run)
        return true;
    std::unique_lock<std::mutex> lock(run->endMutex);
    return run->endChanged.wait_for(lock, std::chrono::milliseconds(std::max(0, timeoutMs)),
                                    [&] { return run->ended; });
}

void LiveSession::setStrideFrames(int frames)
{
    m_impl->strideOption = std::max(0, frames);
}

int LiveSession::strideFrames() const
{
    const int option = m_impl->strideOption;
    return option > 0 ? option : windowSpanFrames();
}

LiveStats LiveSession::stats() const
{
    std::shared_ptr<LiveSourceRun> run;
    {
        const std::lock_guard<std::mutex> lock(m_impl->mutex);
        run = m_impl->run;
    }
    if (!run)
        return {};
    const std::lock_guard<std::mutex> lock(run->statsMutex);
    LiveStats stats = run->stats;
    stats.captureFps = liveRate(run->frameTimesNs);
    stats.windowsPerSecond = liveRate(run->windowTimesNs);
    const std::vector<double> latencies(run->latenciesMs.begin(), run->latenciesMs.end());
    stats.medianLatencyMs = median(latencies);
    stats.p90LatencyMs = livePercentile(latencies, 0.9);
    return stats;
}

const std::vector<std::string> &LiveSession::classNames() const
{
    return m_impl->recognizer->classNames();
}

int LiveSession::clipFrames() const
{
    return m_impl->samplerFor(m_impl->training.fps).clipFrames();
}

int LiveSession::windowSpanFrames() const
{
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    if (m_impl->run)
        return m_impl->run->sampler->spanFrames();
    return m_impl->samplerFor(m_impl->training.fps).spanFrames();
}

double LiveSession::trainingFps() const
{
    return m_impl->training.fps;
}

std::string LiveSession::samplingNote() const
{
    double sourceFps = m_impl->training.fps;
    {
        const std::lock_guard<std::mutex> lock(m_impl->mutex);
        if (m_impl->run)
            sourceFps = m_impl->run->source->fps();
    }
    return m_impl->training.note + "; " + m_impl->samplerFor(sourceFps).describe();
}

} // namespace as
