// Live recognition core: the frame ring and its dropping policy, the window sampler, the
// smoother with hysteresis, the predictions CSV, the sources' end and error paths, and a
// LiveSession on a tiny trained run playing a generated video.

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/common/progress.h"
#include "core/infer/framering.h"
#include "core/infer/livesession.h"
#include "core/infer/livesource.h"
#include "core/infer/livewindowsampler.h"
#include "core/infer/predictionlog.h"
#include "core/infer/predictionsmoother.h"
#include "core/infer/recognizer.h"
#include "core/models/modelcard.h"
#include "core/project/demoproject.h"
#include "core/train/runweightsexport.h"
#include "core/train/trainer.h"
#include "testutil.h"

using namespace as;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

/** A square moving right on a grey background: `frames` frames of 64×48 at `fps`. */
void writeTestVideo(const std::string &path, int frames, double fps)
{
    cv::VideoWriter writer(path, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), fps,
                           cv::Size(64, 48));
    QVERIFY2(writer.isOpened(), path.c_str());
    for (int i = 0; i < frames; ++i) {
        cv::Mat frame(48, 64, CV_8UC3, cv::Scalar(90, 90, 90));
        const int x = (i * 2) % 52;
        cv::rectangle(frame, cv::Rect(x, 18, 12, 12), cv::Scalar(30, 200, 240), cv::FILLED);
        writer.write(frame);
    }
}

RingFrame ringFrame(std::int64_t index)
{
    RingFrame frame;
    frame.index = index;
    frame.sourceSeconds = static_cast<double>(index) / 25.0;
    frame.captureNs = index * 1000;
    frame.image = cv::Mat(2, 2, CV_8UC1, cv::Scalar(static_cast<int>(index)));
    return frame;
}

std::vector<float> oneHot(int classes, int index, float probability)
{
    std::vector<float> p(static_cast<std::size_t>(classes),
                         (1.0F - probability) / static_cast<float>(classes - 1));
    p[static_cast<std::size_t>(index)] = probability;
    return p;
}

/** Collects what a session reports, from its threads. */
class Recorder final : public LiveObserver
{
public:
    void onFrame(const LiveFrame &frame) override
    {
        const std::lock_guard<std::mutex> lock(mutex);
        ++frames;
        lastFrameSize = frame.rgb.size();
        lastWidth = frame.width;
    }
    void onPrediction(const LivePrediction &prediction) override
    {
        const std::lock_guard<std::mutex> lock(mutex);
        predictions.push_back(prediction);
        if (log)
            log->write(prediction);
    }
    void onSourceEnded(bool failedNow, const ErrorInfo &errorNow) override
    {
        const std::lock_guard<std::mutex> lock(mutex);
        ++ended;
        failed = failedNow;
        error = errorNow;
    }

    std::mutex mutex;
    int frames = 0;
    std::size_t lastFrameSize = 0;
    int lastWidth = 0;
    std::vector<LivePrediction> predictions;
    int ended = 0;
    bool failed = false;
    ErrorInfo error;
    PredictionLog *log = nullptr;
};

} // namespace

class TestLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void ringOverwritesTheOldestAndCountsIt();
    void ringWaitWakesOnPushAndClose();
    void samplerMatchesTheTrainingSpacing();
    void samplerSpreadsSegments();
    void smootherThresholdAndBackground();
    void smootherHysteresisDoesNotFlicker();
    void predictionLogWritesCsv();
    void sourceSpecParsesAndDescribes();
    void sourceReadsAFileToItsEnd();
    void badSourcesNameTheFile();
    void sessionPlaysAFileToTheEnd();
    void sessionDropsWindowsWhenInferenceIsSlow();
    void sessionStopsPromptly();
    void exportedWeightsRunLikeTheirRun();
    void truncatedFilesEndWithAMessage();
    void exportedWeightsErrorsNameTheFile();

private:
    QTemporaryDir m_dir;
    std::string m_runDir;
    std::string m_video; // 64×48, 75 frames at 25 fps
};

void TestLive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_video = test::path(m_dir, "moving.avi");
    writeTestVideo(m_video, 75, 25.0);

    // The tiny demo and a one-epoch X3D-XS run, as the GUI tests train them.
    DemoProjectOptions demo;
    demo.projectDir = test::path(m_dir, "demo");
    demo.synth.width = 64;
    demo.synth.height = 48;
    demo.synth.frames = 16;
    demo.synth.clipsPerClass = 3;
    demo.synth.testFraction = 0.34;
    demo.cacheShortSide = 48;
    NullProgressObserver progress;
    prepareDemoProject(demo, progress, CancellationToken());
    ExperimentConfig config = demoExperimentConfig(demo.projectDir);
    config.optim.epochs = 1;
    config.optim.batchSize = 8;
    config.input.clipLengthFrames = 4;
    config.input.frameInterval = 2;
    config.input.cropSize = 32;
    config.input.shortSide = 48;
    config.eval.finalTest = false;
    config.run.name = "live";
    TrainerParams params;
    params.config = config;
    params.projectDir = demo.projectDir;
    TrainingObserver observer;
    const RunSummary summary = Trainer(params, observer, CancellationToken()).run();
    QVERIFY2(summary.outcome == RunOutcome::Finished, summary.error.c_str());
    m_runDir = summary.runDir;
}

void TestLive::ringOverwritesTheOldestAndCountsIt()
{
    FrameRing ring(4);
    QCOMPARE(ring.latestIndex(), std::int64_t(-1));
    for (int i = 0; i < 6; ++i)
        ring.push(ringFrame(i)); // push never blocks, even with no reader at all
    QCOMPARE(ring.pushedCount(), std::int64_t(6));
    QCOMPARE(ring.overwrittenCount(), std::int64_t(2));
    QCOMPARE(ring.latestIndex(), std::int64_t(5));
    QCOMPARE(ring.oldestIndex(), std::int64_t(2));

    std::vector<RingFrame> out;
    QVERIFY(!ring.copyFrames({1, 3}, out)); // frame 1 was overwritten
    QVERIFY(out.empty());
    QVERIFY(!ring.copyFrames({6}, out)); // not yet pushed
    QVERIFY(ring.copyFrames({2, 4, 5}, out));
    QCOMPARE(out.size(), std::size_t(3));
    QCOMPARE(out[0].index, std::int64_t(2));
    QCOMPARE(int(out[0].image.at<std::uint8_t>(0, 0)), 2);

    // A copied frame stays intact after the ring overwrote its slot.
    ring.push(ringFrame(6));
    QCOMPARE(int(out[0].image.at<std::uint8_t>(0, 0)), 2);

    // The window ending at the newest frame, by offsets.
    QVERIFY(ring.latestWindow({-3, -1, 0}, out));
    QCOMPARE(out.front().index, std::int64_t(3));
    QCOMPARE(out.back().index, std::int64_t(6));
    QVERIFY(!ring.latestWindow({-4, 0}, out)); // frame 2 is gone now
}

void TestLive::ringWaitWakesOnPushAndClose()
{
    FrameRing ring(8);
    std::thread producer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        ring.push(ringFrame(0));
        ring.push(ringFrame(1));
    });
    const auto start = Clock::now();
    QCOMPARE(ring.waitForIndex(1, std::chrono::seconds(5)) >= 0, true);
    producer.join();
    QVERIFY(Clock::now() - start < std::chrono::seconds(4));
    QCOMPARE(ring.latestIndex(), std::int64_t(1));

    std::thread closer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        ring.close();
    });
    const auto closeStart = Clock::now();
    QCOMPARE(ring.waitForIndex(100, std::chrono::seconds(5)), std::int64_t(1));
    closer.join();
    QVERIFY(Clock::now() - closeStart < std::chrono::seconds(4));
    QVERIFY(ring.isClosed());
}

void TestLive::samplerMatchesTheTrainingSpacing()
{
    LiveWindowSpec spec;
    spec.clipLengthFrames = 4;
    spec.frameInterval = 2;

    // Trained at 25 fps, shown a 30 fps source: every 2.4th frame, rounded.
    const LiveWindowSampler faster(spec, 25.0, 30.0);
    QCOMPARE(faster.offsets(), (std::vector<int>{-7, -5, -2, 0}));
    QCOMPARE(faster.spanFrames(), 8);
    QCOMPARE(faster.clipFrames(), 4);

    // Same rate: exactly the training interval.
    const LiveWindowSampler same(spec, 25.0, 25.0);
    QCOMPARE(same.offsets(), (std::vector<int>{-6, -4, -2, 0}));
    QCOMPARE(same.spanFrames(), 7);

    // A slower source repeats the nearest frame rather than stretching the window in time.
    spec.frameInterval = 1;
    const LiveWindowSampler slower(spec, 30.0, 10.0);
    // (training frames 0..3 are 0.1, 0.067, 0.033, 0 s before the newest: nearest -1 -1 0 0)
    QCOMPARE(slower.offsets(), (std::vector<int>{-1, -1, 0, 0}));
    QCOMPARE(slower.spanFrames(), 2);
    QVERIFY(QString::fromStdString(faster.describe()).contains(QStringLiteral("-7 -5 -2 0")));
}

void TestLive::samplerSpreadsSegments()
{
    LiveWindowSpec spec;
    spec.segments = true;
    spec.numSegments = 3;
    spec.segmentSpanSeconds = 2.0;

    // 50 training frames: segment middles at 8, 25, 41 (TsnSegmentSampler's test rule).
    const LiveWindowSampler same(spec, 25.0, 25.0);
    QCOMPARE(same.offsets(), (std::vector<int>{-41, -24, -8}));
    QCOMPARE(same.spanFrames(), 50);
    QCOMPARE(same.clipFrames(), 3);

    const LiveWindowSampler doubled(spec, 25.0, 50.0);
    QCOMPARE(doubled.offsets(), (std::vector<int>{-82, -48, -16}));
    QCOMPARE(doubled.spanFrames(), 99);
}

void TestLive::smootherThresholdAndBackground()
{
    SmootherOptions options;
    options.windows = 1;
    options.threshold = 0.5;
    options.hysteresisWindows = 1;
    options.backgroundIndex = 2;
    PredictionSmoother smoother(options);

    SmoothedScores s = smoother.add(oneHot(3, 0, 0.45F));
    QCOMPARE(s.best, 0);
    QCOMPARE(s.label, -1); // under the threshold: no action
    QCOMPARE(s.confidence, double(0.45F));
    s = smoother.add(oneHot(3, 0, 0.8F));
    QCOMPARE(s.label, 0);
    s = smoother.add(oneHot(3, 2, 0.9F));
    QCOMPARE(s.label, -1); // the background class wins: no action

    // The mean over the last k windows.
    options.windows = 2;
    PredictionSmoother mean(options);
    mean.add({1.0F, 0.0F, 0.0F});
    s = mean.add({0.0F, 1.0F, 0.0F});
    QCOMPARE(s.mean[0], 0.5F);
    QCOMPARE(s.mean[1], 0.5F);
    s = mean.add({0.0F, 1.0F, 0.0F});
    QCOMPARE(s.mean[1], 1.0F); // the first window has left the mean
    mean.reset();
    QCOMPARE(mean.label(), -1);
}

void TestLive::smootherHysteresisDoesNotFlicker()
{
    SmootherOptions options;
    options.windows = 1; // no averaging: only the hysteresis holds the label
    options.threshold = 0.3;
    options.hysteresisWindows = 2;
    PredictionSmoother smoother(options);

    QCOMPARE(smoother.add(oneHot(4, 1, 0.9F)).label, -1); // one win is not enough
    QCOMPARE(smoother.add(oneHot(4, 1, 0.9F)).label, 1);
    // Alternating windows: the shown label never changes.
    for (int i = 0; i < 10; ++i) {
        const int winner = i % 2 == 0 ? 2 : 1;
        QCOMPARE(smoother.add(oneHot(4, winner, 0.9F)).label, 1);
    }
    // A label that wins twice in a row takes over.
    QCOMPARE(smoother.add(oneHot(4, 3, 0.9F)).label, 1);
    const SmoothedScores s = smoother.add(oneHot(4, 3, 0.9F));
    QCOMPARE(s.label, 3);
    QCOMPARE(s.confidence, double(0.9F));

    // With the mean of 3 windows too, alternating classes never show a label change.
    options.windows = 3;
    PredictionSmoother both(options);
    both.add(oneHot(4, 0, 0.9F));
    both.add(oneHot(4, 0, 0.9F));
    QCOMPARE(both.label(), 0);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(both.add(oneHot(4, i % 2 == 0 ? 1 : 0, 0.9F)).label, 0);
}

void TestLive::predictionLogWritesCsv()
{
    const std::string path = test::path(m_dir, "predictions.csv");
    {
        PredictionLog log(path, 2);
        LivePrediction p;
        p.window = 0;
        p.startSeconds = 0.0;
        p.endSeconds = 0.28;
        p.label = "move, \"left\"";
        p.confidence = 0.75;
        p.latencyMs = 41.25;
        p.raw = {{3, "move, \"left\"", 0.75}, {4, "move_right", 0.125}};
        log.write(p);
        p.window = 1;
        p.label.clear();
        p.raw.resize(1);
        log.write(p);
        QCOMPARE(log.linesWritten(), 2);
        // Flushed at once: readable while the log is still open.
        std::ifstream in(path);
        std::string header;
        std::getline(in, header);
        QCOMPARE(header, std::string("window,start_s,end_s,label,confidence,latency_ms,"
                                     "top1,top1_prob,top2,top2_prob"));
        std::string line;
        std::getline(in, line);
        QCOMPARE(line, std::string("0,0.000,0.280,\"move, \"\"left\"\"\",0.7500,41.2,"
                                   "\"move, \"\"left\"\"\",0.7500,move_right,0.1250"));
        std::getline(in, line);
        QCOMPARE(line, std::string("1,0.000,0.280,,0.7500,41.2,\"move, \"\"left\"\"\",0.7500,,"));
    }
    try {
        PredictionLog bad(test::path(m_dir, "no/such/dir/p.csv"));
        QFAIL("no error for an unwritable file");
    } catch (const Error &e) {
        QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("no/such/dir/p.csv")));
    }
}

void TestLive::sourceSpecParsesAndDescribes()
{
    LiveSourceSpec camera = LiveSourceSpec::parse("0");
    QVERIFY(camera.kind == LiveSourceSpec::Kind::Camera);
    QCOMPARE(camera.describe(), std::string("camera 0"));
    LiveSourceSpec url = LiveSourceSpec::parse("rtsp://host/stream");
    QVERIFY(url.kind == LiveSourceSpec::Kind::Url);
    QCOMPARE(url.describe(), std::string("stream rtsp://host/stream"));
    LiveSourceSpec file = LiveSourceSpec::parse("/x/y.mp4");
    QVERIFY(file.kind == LiveSourceSpec::Kind::File);
    QVERIFY(file.realTime);
    QCOMPARE(file.describe(), std::string("file /x/y.mp4"));
}

void TestLive::sourceReadsAFileToItsEnd()
{
    LiveSourceSpec spec = LiveSourceSpec::parse(m_video);
    spec.realTime = false;
    LiveSource source(spec);
    QCOMPARE(source.fps(), 25.0);
    QVERIFY(!source.fpsAssumed());
    QCOMPARE(source.width(), 64);
    cv::Mat frame;
    ErrorInfo error;
    int frames = 0;
    LiveSource::ReadResult result;
    while ((result = source.read(frame, error)) == LiveSource::ReadResult::Frame) {
        QCOMPARE(source.frameIndex(), std::int64_t(frames));
        ++frames;
    }
    QVERIFY(result == LiveSource::ReadResult::End);
    QCOMPARE(frames, 75);
    QCOMPARE(source.frameSeconds(), 74 / 25.0);

    // Real time: 10 frames of a 25 fps file take about 0.36 s, not a few milliseconds.
    LiveSource paced(LiveSourceSpec::parse(m_video));
    const auto start = Clock::now();
    for (int i = 0; i < 10; ++i)
        QVERIFY(paced.read(frame, error) == LiveSource::ReadResult::Frame);
    QVERIFY(Clock::now() - start > std::chrono::milliseconds(300));
    paced.interrupt();
    QVERIFY(paced.read(frame, error) == LiveSource::ReadResult::Interrupted);
}

void TestLive::badSourcesNameTheFile()
{
    const std::string missing = test::path(m_dir, "missing.mp4");
    const std::string text = test::path(m_dir, "notes.mp4");
    std::ofstream(text) << "this is not a video\n";
    for (const std::string &path : {missing, text}) {
        try {
            LiveSource source(LiveSourceSpec::parse(path));
            QFAIL(("no error for " + path).c_str());
        } catch (const Error &e) {
            QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
            QCOMPARE(e.path(), path);
        }
    }
    // The session says the same and stays usable.
    Recorder recorder;
    LiveOptions options;
    options.runDir = m_runDir;
    LiveSession session(options, recorder);
    QVERIFY_THROWS_EXCEPTION(Error, session.start(LiveSourceSpec::parse(text)));
    QVERIFY(!session.isRunning());
    // A camera that does not exist: an error within the time limit, not a hang.
    const auto start = Clock::now();
    LiveSourceSpec camera = LiveSourceSpec::parse("97");
    QVERIFY_THROWS_EXCEPTION(Error, LiveSource(camera, 3000));
    QVERIFY(Clock::now() - start < std::chrono::seconds(5));
}

void TestLive::sessionPlaysAFileToTheEnd()
{
    Recorder recorder;
    const std::string csv = test::path(m_dir, "session.csv");
    PredictionLog log(csv);
    recorder.log = &log;
    LiveOptions options;
    options.runDir = m_runDir;
    options.threads = 1;
    options.threshold = 0.0; // an untrained model is unsure: show its best class anyway
    options.hysteresisWindows = 1;
    LiveSession session(options, recorder);
    QCOMPARE(session.classNames().size(), std::size_t(10));
    QCOMPARE(session.clipFrames(), 4);
    QCOMPARE(session.trainingFps(), 25.0); // SynthMotion videos
    QCOMPARE(session.windowSpanFrames(), 7);
    QVERIFY2(QString::fromStdString(session.samplingNote()).contains(QStringLiteral("25 fps")),
             session.samplingNote().c_str());

    const auto start = Clock::now();
    session.start(LiveSourceSpec::parse(m_video));
    QVERIFY(session.isRunning());
    QVERIFY(session.waitUntilEnded(20000));
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    QVERIFY2(seconds > 2.5, "a real-time file plays at its own rate (75 frames at 25 fps)");
    QVERIFY(!session.isRunning());

    const std::lock_guard<std::mutex> lock(recorder.mutex);
    QCOMPARE(recorder.frames, 75);
    QCOMPARE(recorder.lastWidth, 64);
    QCOMPARE(recorder.lastFrameSize, std::size_t(64 * 48 * 3));
    QCOMPARE(recorder.ended, 1);
    QVERIFY(!recorder.failed);
    QVERIFY(!recorder.predictions.empty());
    const LiveStats stats = session.stats();
    QCOMPARE(stats.framesCaptured, std::int64_t(75));
    QCOMPARE(stats.sourceFps, 25.0);
    QCOMPARE(stats.windowsRun, std::int64_t(recorder.predictions.size()));
    // Stride = span (7 frames): at most 75 / 7 windows, each window's frames in order.
    QVERIFY(stats.windowsRun + stats.windowsDropped <= 75 / 7);
    QVERIFY(stats.medianLatencyMs > 0.0);
    QVERIFY(stats.p90LatencyMs >= stats.medianLatencyMs);
    for (std::size_t i = 0; i < recorder.predictions.size(); ++i) {
        const LivePrediction &p = recorder.predictions[i];
        QCOMPARE(p.window, std::int64_t(i));
        QCOMPARE(p.raw.size(), std::size_t(5));
        QCOMPARE(p.smoothed.size(), std::size_t(5));
        QVERIFY(p.raw[0].probability >= p.raw[1].probability);
        QCOMPARE(p.endSeconds - p.startSeconds, 6 / 25.0);
        QCOMPARE(p.label, p.smoothed[0].name); // threshold 0, hysteresis 1: the best class
        QVERIFY(p.latencyMs > 0.0 && p.latencyMs < 5000.0);
    }
    QCOMPARE(log.linesWritten(), int(recorder.predictions.size()));
}

void TestLive::sessionDropsWindowsWhenInferenceIsSlow()
{
    Recorder recorder;
    LiveOptions options;
    options.runDir = m_runDir;
    options.threads = 1;
    options.strideFrames = 1; // a window every frame (40 ms) ...
    options.inferenceDelayMs = 250; // ... but each takes over 250 ms
    LiveSession session(options, recorder);
    session.start(LiveSourceSpec::parse(m_video));
    QVERIFY(session.waitUntilEnded(20000));
    const LiveStats stats = session.stats();
    qInfo("slow inference: %lld windows run, %lld dropped, median latency %.0f ms, p90 %.0f ms",
          static_cast<long long>(stats.windowsRun), static_cast<long long>(stats.windowsDropped),
          stats.medianLatencyMs, stats.p90LatencyMs);
    QCOMPARE(stats.framesCaptured, std::int64_t(75)); // capture never waited for inference
    QVERIFY2(stats.windowsDropped > 30, std::to_string(stats.windowsDropped).c_str());
    QVERIFY(stats.windowsRun >= 5 && stats.windowsRun <= 14);
    // Dropped windows are not queued: the latency stays about one inference, not growing.
    QVERIFY2(stats.p90LatencyMs < 1000.0, std::to_string(stats.p90LatencyMs).c_str());
    QCOMPARE(stats.windowsRun + stats.windowsDropped, std::int64_t(75 - 7 + 1));
}

void TestLive::sessionStopsPromptly()
{
    Recorder recorder;
    LiveOptions options;
    options.runDir = m_runDir;
    options.threads = 1;
    options.inferenceDelayMs = 100;
    LiveSession session(options, recorder);
    session.start(LiveSourceSpec::parse(m_video));
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    QVERIFY(session.isRunning());
    const auto start = Clock::now();
    session.stop();
    QVERIFY(Clock::now() - start < std::chrono::milliseconds(500));
    QVERIFY(!session.isRunning());
    QVERIFY(session.waitUntilEnded(0));
    {
        const std::lock_guard<std::mutex> lock(recorder.mutex);
        QCOMPARE(recorder.ended, 1);
        QVERIFY(!recorder.failed);
        QVERIFY(recorder.frames < 75);
    }
    // The session plays another source after a stop (and a source replaces a running one).
    session.start(LiveSourceSpec::parse(m_video));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    session.start(LiveSourceSpec::parse(m_video));
    QVERIFY(session.isRunning());
    session.stop();
    const std::lock_guard<std::mutex> lock(recorder.mutex);
    QCOMPARE(recorder.ended, 3);
}

/**
 * Real broken files (shared/testdata/derived): one that decodes 61 of the 164 frames it
 * declares plays those, then stops with a message naming it; one that opens but decodes
 * nothing is refused at start. Neither hangs.
 */
void TestLive::truncatedFilesEndWithAMessage()
{
    const std::string truncated = test::testdata("derived/test_avi_truncated_40pct.avi");
    Recorder recorder;
    LiveOptions options;
    options.runDir = m_runDir;
    options.threads = 1;
    LiveSession session(options, recorder);
    LiveSourceSpec source = LiveSourceSpec::parse(truncated);
    source.realTime = false;
    session.start(source);
    QVERIFY(session.waitUntilEnded(30000));
    {
        const std::lock_guard<std::mutex> lock(recorder.mutex);
        QCOMPARE(recorder.ended, 1);
        QVERIFY(recorder.failed);
        QCOMPARE(recorder.error.path, truncated);
        QVERIFY2(recorder.error.message.find("61 of the 164") != std::string::npos,
                 recorder.error.message.c_str());
        QVERIFY(recorder.error.message.find("truncated") != std::string::npos);
        QCOMPARE(recorder.frames, 61);
        QVERIFY(!recorder.predictions.empty());
    }
    QCOMPARE(session.stats().framesCaptured, std::int64_t(61));

    // Opens (the header is intact) but its first key frame is cut: refused, naming it.
    const std::string empty = test::testdata("derived/sample_faststart_truncated_40pct.mp4");
    try {
        session.start(LiveSourceSpec::parse(empty));
        QFAIL("a file without a decodable frame was started");
    } catch (const Error &e) {
        QCOMPARE(e.path(), empty);
        QVERIFY2(std::string(e.what()).find("No frame could be decoded") != std::string::npos,
                 e.what());
    }
    QVERIFY(!session.isRunning());
}

/**
 * Exported weights with their model card are a model source of their own (a model trained
 * elsewhere): the same classes, the same scores as their run, and the same time spacing,
 * which the card carries because there is no project to read it from.
 */
void TestLive::exportedWeightsRunLikeTheirRun()
{
    const std::string weights = test::path(m_dir, "export/live.pt");
    fs::create_directories(test::path(m_dir, "export"));
    exportRunWeights(m_runDir, true, weights);
    const ModelCard card = readModelCard(weights + ".json");
    QCOMPARE(card.trainingFps, 25.0);
    QCOMPARE(card.trainingMedianSeconds, 16 / 25.0); // the tiny demo's 16-frame clips
    QCOMPARE(card.frameShortSide, 54); // the run's data.cache_short_side
    QCOMPARE(card.classes.size(), std::size_t(10));

    const Recognizer fromRun(m_runDir);
    const Recognizer fromFile(weights);
    QVERIFY(fromRun.modelCard() == nullptr);
    QVERIFY(fromFile.modelCard() != nullptr);
    QCOMPARE(fromFile.classNames(), fromRun.classNames());
    QCOMPARE(fromFile.config().data.cacheShortSide, fromRun.config().data.cacheShortSide);
    const auto runScores = fromRun.predictVideo(m_video, 10);
    const auto fileScores = fromFile.predictVideo(m_video, 10);
    QCOMPARE(fileScores.size(), runScores.size());
    for (std::size_t i = 0; i < runScores.size(); ++i) {
        QCOMPARE(fileScores[i].name, runScores[i].name);
        QVERIFY(std::abs(fileScores[i].probability - runScores[i].probability) < 1e-5);
    }

    Recorder recorder;
    LiveOptions options;
    options.runDir = weights;
    options.threads = 1;
    LiveSession session(options, recorder);
    QCOMPARE(session.trainingFps(), 25.0);
    QCOMPARE(session.windowSpanFrames(), 7);
    QVERIFY2(QString::fromStdString(session.samplingNote()).contains(QStringLiteral("model card")),
             session.samplingNote().c_str());
    LiveSourceSpec source = LiveSourceSpec::parse(m_video);
    source.realTime = false;
    session.start(source);
    QVERIFY(session.waitUntilEnded(20000));
    const std::lock_guard<std::mutex> lock(recorder.mutex);
    QCOMPARE(recorder.ended, 1);
    QVERIFY2(!recorder.failed, recorder.error.message.c_str());
    QVERIFY(!recorder.predictions.empty());
}

void TestLive::exportedWeightsErrorsNameTheFile()
{
    const std::string dir = test::path(m_dir, "badexport");
    const std::string weights = dir + "/model.pt";
    fs::create_directories(dir);
    exportRunWeights(m_runDir, true, weights);
    const std::string card = readFile(weights + ".json");
    auto expectError = [](const std::string &source, const std::string &code,
                          const std::string &path, const std::string &inMessage) {
        try {
            const Recognizer recognizer(source);
            QFAIL(qPrintable(QStringLiteral("%1 was accepted").arg(QString::fromStdString(source))));
        } catch (const Error &e) {
            QVERIFY2(e.code() == code && e.path() == path,
                     qPrintable(QStringLiteral("%1 [%2] at %3")
                                    .arg(QString::fromUtf8(e.what()), QString::fromStdString(e.code()),
                                         QString::fromStdString(e.path()))));
            QVERIFY2(std::string(e.what()).find(inMessage) != std::string::npos, e.what());
        }
    };

    // No card beside the weights.
    fs::copy_file(weights, dir + "/nocard.pt");
    expectError(dir + "/nocard.pt", "card.missing", dir + "/nocard.pt", "nocard.pt.json");
    // A field of the wrong type, then a missing one: the card and the field are named.
    fs::copy_file(weights, dir + "/badfield.pt");
    auto replaced = [&card](const std::string &from, const std::string &to) {
        std::string text = card;
        return text.replace(text.find(from), from.size(), to);
    };
    std::string bad = replaced("\"crop_size\": 32", "\"crop_size\": \"x\"");
    writeFileAtomically(dir + "/badfield.pt.json", bad);
    expectError(dir + "/badfield.pt", "card.field", dir + "/badfield.pt.json:input.crop_size",
                "input.crop_size");
    bad = replaced("\"model\":", "\"modl\":");
    writeFileAtomically(dir + "/badfield.pt.json", bad);
    expectError(dir + "/badfield.pt", "card.field", dir + "/badfield.pt.json:model", "\"model\"");
    writeFileAtomically(dir + "/badfield.pt.json", "{\"format\": ");
    expectError(dir + "/badfield.pt", "card.syntax", dir + "/badfield.pt.json", "not valid JSON");
    // Weights that do not fit what the card says (3 classes instead of 10).
    fs::copy_file(weights, dir + "/misfit.pt");
    ModelCard misfit = readModelCard(weights + ".json");
    misfit.classes.resize(3);
    writeModelCard(misfit, dir + "/misfit.pt.json");
    expectError(dir + "/misfit.pt", "model.weights.mismatch", dir + "/misfit.pt", "3 classes");
    // Not a run folder nor a weights file.
    expectError(dir + "/none", "run.notfound", dir + "/none", "nor an exported weights file");
}

QTEST_APPLESS_MAIN(TestLive)
#include "testlive.moc"
