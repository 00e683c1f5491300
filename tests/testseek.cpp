// Tests of the video player's seeking, without Qt widgets: the read-ahead plan the player and
// the benchmark share, frame-accurate seeks in a generated H.264 video, and the seek benchmark
// (`actionstudio-cli bench seek`) giving sane numbers on it.

#include <chrono>
#include <cmath>
#include <vector>

#include <QTest>

#include "core/data/clippreview.h"
#include "core/video/framesequence.h"
#include "core/video/readaheaddecoder.h"
#include "core/video/readaheadplan.h"
#include "core/video/seekbenchmark.h"
#include "core/video/seektestvideo.h"
#include "testutil.h"

using namespace as;

class TestSeek : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readAheadPlanReadsAheadAndBehindJumps();
    void seekingIsFrameAccurate();
    void seekBenchmarkGivesSaneNumbers();
};

void TestSeek::readAheadPlanReadsAheadAndBehindJumps()
{
    std::vector<bool> cached(100, false);
    const auto isCached = [&](int i) { return bool(cached[static_cast<std::size_t>(i)]); };
    const auto cache = [&](int from, int to) {
        for (int i = from; i < to; ++i)
            cached[static_cast<std::size_t>(i)] = true;
    };

    // A jump to 50 with nothing decoded: 50 and 8 after it, from 4 before it if it seeks.
    ReadAheadPlan plan = ReadAheadPlan::make(50, 100, isCached);
    QCOMPARE(plan.first, 50);
    QCOMPARE(plan.end, 50 + 1 + ReadAheadPlan::kAheadFrames);
    QCOMPARE(plan.behindFrom, 50 - ReadAheadPlan::kBehindFrames);
    QCOMPARE(plan.startFor(50), 50); // the sequence is there already: no read-behind
    QCOMPARE(plan.startFor(48), 48); // a short gap is decoded through, not seeked
    QCOMPARE(plan.startFor(0), plan.behindFrom); // a seek
    QCOMPARE(plan.startFor(70), plan.behindFrom); // a seek back

    // After a step forward the read-ahead goes on past what is decoded, nothing behind.
    cache(46, 59);
    plan = ReadAheadPlan::make(51, 100, isCached);
    QCOMPARE(plan.first, 59);
    QCOMPARE(plan.end, 60);
    QCOMPARE(plan.behindFrom, 59);
    QVERIFY(ReadAheadPlan::make(50, 59, isCached).isEmpty()); // all decoded up to the end

    // Stepping back past what is decoded reads further behind, down to frame 0 at most.
    plan = ReadAheadPlan::make(45, 100, isCached);
    QCOMPARE(plan.first, 45);
    QCOMPARE(plan.end, 46);
    QCOMPARE(plan.behindFrom, 45 - ReadAheadPlan::kBehindSteppingBack);
    cache(0, 100);
    cached[3] = false;
    QCOMPARE(ReadAheadPlan::make(3, 100, isCached).behindFrom, 3); // 0..2 are decoded
    QVERIFY(ReadAheadPlan::make(-1, 100, isCached).isEmpty());
    QVERIFY(ReadAheadPlan::make(100, 100, isCached).isEmpty());

    // The cache holds 48 small frames, 256 MB of large ones, and always a read-ahead plus a
    // read-behind.
    QCOMPARE(ReadAheadPlan::cacheCapacity(320 * 240 * 4), ReadAheadPlan::kCachedFrames);
    QCOMPARE(ReadAheadPlan::cacheCapacity(1920 * 1080 * 4), 32);
    QCOMPARE(ReadAheadPlan::cacheCapacity(3840LL * 2160 * 4),
             ReadAheadPlan::kAheadFrames + ReadAheadPlan::kBehindSteppingBack + 2);
}

namespace {

/**
 * A small H.264 (or MPEG-4, where no H.264 encoder exists) video, long enough for x264 to start
 * a second GOP (at frame 250 or so), so that seeks land on both sides of a key frame.
 */
SeekTestVideo writeSmallSeekVideo(const QTemporaryDir &tmp)
{
    SeekTestVideoOptions options;
    options.path = test::path(tmp, "seek.mp4");
    options.width = 320;
    options.height = 240;
    options.frameCount = 300;
    SeekTestVideo video = SeekTestVideo::write(options);
    if (!video.isH264)
        qWarning("no H.264 encoder here: testing seeks in %s", video.codec.c_str());
    return video;
}

std::size_t hashOf(const PreviewFrame &frame)
{
    return ReadAheadDecoder::hashFrame(frame.rgb.data(), frame.rgb.size());
}

} // namespace

void TestSeek::seekingIsFrameAccurate()
{
    QTemporaryDir tmp;
    const SeekTestVideo video = writeSmallSeekVideo(tmp);
    FrameSequence sequence(video.path);
    QCOMPARE(sequence.frameCount(), 300);
    QCOMPARE(sequence.width(), 320);
    std::vector<std::size_t> hashes;
    for (int i = 0; i < sequence.frameCount(); ++i)
        hashes.push_back(hashOf(sequence.frame(i)));
    // Every frame differs from its neighbours, so a seek that lands one off is caught.
    for (std::size_t i = 1; i < hashes.size(); ++i)
        QVERIFY2(hashes[i] != hashes[i - 1], qPrintable(QString::number(i)));

    // Seeks back, far forward (past the decode-through gap), around the second GOP's start, to
    // the last and the first frame: each equals the frame decoded in order.
    for (const int index : {145, 10, 299, 251, 250, 249, 248, 252, 0, 298, 1, 2, 175, 60}) {
        QCOMPARE(hashOf(sequence.frame(index)), hashes[static_cast<std::size_t>(index)]);
        FrameSequence fresh(video.path);
        QCOMPARE(hashOf(fresh.frame(index)), hashes[static_cast<std::size_t>(index)]);
    }

    // The player's read-ahead loop serves the same frames, stepping both ways.
    ReadAheadDecoder decoder(video.path);
    for (const int index : {240, 241, 242, 239, 238, 237, 236, 235, 234, 233, 280, 5}) {
        decoder.request(index);
        std::size_t hash = 0;
        QVERIFY(decoder.waitFor(index, std::chrono::seconds(30), &hash));
        QCOMPARE(hash, hashes[static_cast<std::size_t>(index)]);
    }
    decoder.waitIdle();
    for (int index = 5; index <= 5 + ReadAheadPlan::kAheadFrames; ++index)
        QVERIFY2(decoder.isCached(index), qPrintable(QString::number(index)));
    for (int index = 5 - ReadAheadPlan::kBehindFrames; index < 5; ++index)
        QVERIFY2(decoder.isCached(index), qPrintable(QString::number(index)));
}

void TestSeek::seekBenchmarkGivesSaneNumbers()
{
    QTemporaryDir tmp;
    const SeekTestVideo video = writeSmallSeekVideo(tmp);
    SeekBenchmarkOptions options;
    options.path = video.path;
    options.steps = 10;
    options.stepsPerSession = 5;
    options.stepIntervalMs = 20;
    options.heldKeyIntervalMs = 5;
    const SeekBenchmarkResult r = benchmarkSeeking(options);
    QCOMPARE(r.frameCount, 300);
    QCOMPARE(r.framesUsed, 300);
    QCOMPARE(r.width, 320);
    QCOMPARE(r.height, 240);
    QVERIFY(std::abs(r.fps - 30.0) < 0.01);
    QCOMPARE(r.sequential.count, 300);
    QCOMPARE(r.randomSeek.count, 10);
    QCOMPARE(r.stepBackRaw.count, 10);
    QCOMPARE(r.stepForward.count, 10);
    QCOMPARE(r.stepBack.count, 10);
    QCOMPARE(r.stepForwardHeld.count, 10);
    QCOMPARE(r.playerSeek.count, 5); // 2 forward + 2 back sessions and the held key
    for (const LatencyStats &s : {r.sequential, r.randomSeek, r.stepBackRaw, r.stepForward,
                                  r.stepBack, r.stepForwardHeld, r.playerSeek}) {
        QVERIFY(s.medianMs >= 0.0);
        QVERIFY(s.p90Ms >= s.medianMs);
        QVERIFY(s.maxMs >= s.p90Ms);
        QVERIFY(s.maxMs < 60000.0);
    }
    QVERIFY(r.sequential.medianMs > 0.0);
    QVERIFY(r.randomSeek.medianMs > 0.0);
    // Every frame reached by a seek or a step was checked, and all were the right ones.
    // (10 seeks and steps back alone; 5 jumps, 10 steps each way and 10 with the key held)
    QCOMPARE(r.verifiedFrames, 2 * 10 + 5 + 3 * 10);
    if (!r.mismatchedFrames.empty())
        QFAIL(qPrintable(QStringLiteral("frame %1 is wrong").arg(r.mismatchedFrames.front())));

    const LatencyStats stats = latencyStats({4.0, 1.0, 3.0, 2.0, 10.0});
    QCOMPARE(stats.count, 5);
    QCOMPARE(stats.medianMs, 3.0);
    QCOMPARE(stats.maxMs, 10.0);
    QVERIFY(stats.p90Ms > 4.0 && stats.p90Ms < 10.0);
}

QTEST_APPLESS_MAIN(TestSeek)
#include "testseek.moc"
