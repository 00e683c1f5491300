// Frame samplers: dense clips (random, centred, n evenly spaced), TSN segments (training,
// testing, short videos) and SlowFast's two rates. Exact indices for chosen numbers.

#include <algorithm>
#include <set>

#include <QtTest>

#include "core/data/clipsampler.h"
#include "core/data/clipsampling.h"
#include "core/data/slowfastsampling.h"
#include "core/data/tsnsegmentsampler.h"

using namespace as;

using Indices = std::vector<int>;

class TestSamplers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void denseEvenlySpacedClips();
    void denseEvenlySpacedClipsOfShortVideosLoop();
    void tsnTestTakesTheMiddleOfEachSegment();
    void tsnTestWithMoreSegmentsThanTraining();
    void tsnTrainDrawsOneOffsetInEachSegment();
    void tsnTrainOnShortVideosFollowsMmaction2();
    void tsnMultiFrameSegmentsShorterThanTheVideo();
    void slowPathwayIsPackPathwaysLinspace();
    void clipSamplingChoosesTheRightSampler();
};

void TestSamplers::denseEvenlySpacedClips()
{
    const DenseClipSampler sampler(4, 2);  // span 7
    // 24 valid starts cut in 3 parts of 8: the middle of each is 4, 12, 20.
    const std::vector<Indices> expected{{4, 6, 8, 10}, {12, 14, 16, 18}, {20, 22, 24, 26}};
    QCOMPARE(sampler.sampleEvenly(30, 3), expected);
    // One clip is the centred clip of the valid starts.
    QCOMPARE(sampler.sampleEvenly(31, 1), (std::vector<Indices>{{12, 14, 16, 18}}));
    // Ten clips of a 100-frame video: starts floor((k + .5) * 94 / 10).
    const std::vector<Indices> ten = sampler.sampleEvenly(100, 10);
    QCOMPARE(ten.size(), std::size_t(10));
    Indices starts;
    for (const Indices &clip : ten)
        starts.push_back(clip.front());
    QCOMPARE(starts, (Indices{4, 14, 23, 32, 42, 51, 61, 70, 79, 89}));
    QCOMPARE(ten.back().back(), 95);
}

void TestSamplers::denseEvenlySpacedClipsOfShortVideosLoop()
{
    const DenseClipSampler sampler(4, 2);
    // 5 frames, span 7: every clip starts at 0 and loops (6 -> 1).
    QCOMPARE(sampler.sampleEvenly(5, 2), (std::vector<Indices>{{0, 2, 4, 1}, {0, 2, 4, 1}}));
    // Exactly the span: one valid start.
    QCOMPARE(sampler.sampleEvenly(7, 2), (std::vector<Indices>{{0, 2, 4, 6}, {0, 2, 4, 6}}));
}

void TestSamplers::tsnTestTakesTheMiddleOfEachSegment()
{
    const TsnSegmentSampler sampler(3, 1);
    QCOMPARE(sampler.clipLengthFrames(), 3);
    QCOMPARE(sampler.sampleMiddle(30), (Indices{5, 15, 25}));
    QCOMPARE(sampler.sampleMiddle(31), (Indices{5, 15, 25}));  // int(10.33 k + 5.17)
    QCOMPARE(sampler.sampleMiddle(3), (Indices{0, 1, 2}));
    // Shorter than the segments: segments share frames (0.5 k + 0.25 -> 0, 0, 1, 1).
    QCOMPARE(TsnSegmentSampler(4, 1).sampleMiddle(2), (Indices{0, 0, 1, 1}));
}

void TestSamplers::tsnTestWithMoreSegmentsThanTraining()
{
    const TsnSegmentSampler test(25, 1);
    Indices expected;
    for (int k = 0; k < 25; ++k)
        expected.push_back(4 * k + 2);
    QCOMPARE(test.sampleMiddle(100), expected);
    // 10 frames for 25 segments: every frame repeated 2 or 3 times, in order.
    const Indices shortVideo = test.sampleMiddle(10);
    QCOMPARE(shortVideo.size(), std::size_t(25));
    QVERIFY(std::is_sorted(shortVideo.begin(), shortVideo.end()));
    QCOMPARE(std::set<int>(shortVideo.begin(), shortVideo.end()).size(), std::size_t(10));
    QCOMPARE(shortVideo.front(), 0);  // int(0.2)
    QCOMPARE(shortVideo.back(), 9);   // int(9.8)
}

void TestSamplers::tsnTrainDrawsOneOffsetInEachSegment()
{
    const TsnSegmentSampler sampler(3, 1);
    std::mt19937_64 rng(5);
    std::vector<std::set<int>> seen(3);
    for (int draw = 0; draw < 400; ++draw) {
        const Indices clip = sampler.sampleRandom(30, rng);
        QCOMPARE(clip.size(), std::size_t(3));
        for (int k = 0; k < 3; ++k)
            seen[static_cast<std::size_t>(k)].insert(clip[static_cast<std::size_t>(k)]);
    }
    // Segment k is [10k, 10k + 9], every offset reachable.
    for (int k = 0; k < 3; ++k) {
        const std::set<int> &s = seen[static_cast<std::size_t>(k)];
        QCOMPARE(s.size(), std::size_t(10));
        QCOMPARE(*s.begin(), 10 * k);
        QCOMPARE(*s.rbegin(), 10 * k + 9);
    }
    // Deterministic for a seed.
    std::mt19937_64 a(9), b(9);
    QCOMPARE(sampler.sampleRandom(77, a), sampler.sampleRandom(77, b));
}

void TestSamplers::tsnTrainOnShortVideosFollowsMmaction2()
{
    std::mt19937_64 rng(3);
    // avg = 0, N <= max(K, L): round-half-even(k * 0.75) = 0, 1, 2 (1.5 -> 2), 2.
    QCOMPARE(TsnSegmentSampler(4, 1).sampleRandom(3, rng), (Indices{0, 1, 2, 2}));
    // ratio 0.5: 0, 0 (0.5 -> 0), 1, 2 -> loops to 0.
    QCOMPARE(TsnSegmentSampler(4, 1).sampleRandom(2, rng), (Indices{0, 0, 1, 0}));
    // avg < 0 (shorter than one segment): every segment starts at 0 and loops.
    QCOMPARE(TsnSegmentSampler(3, 4).sampleRandom(2, rng),
             (Indices{0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1}));
    // avg = 0, N > max(K, L): K sorted starts in [0, N - L].
    const TsnSegmentSampler sampler(5, 3);
    std::set<int> starts;
    for (int draw = 0; draw < 200; ++draw) {
        const Indices clip = sampler.sampleRandom(6, rng);
        QCOMPARE(clip.size(), std::size_t(15));
        for (int k = 0; k < 5; ++k) {
            const int start = clip[static_cast<std::size_t>(3 * k)];
            QVERIFY(start >= 0 && start <= 3);
            QCOMPARE(clip[static_cast<std::size_t>(3 * k + 1)], start + 1);
            QCOMPARE(clip[static_cast<std::size_t>(3 * k + 2)], start + 2);
            if (k > 0)
                QVERIFY(start >= clip[static_cast<std::size_t>(3 * k - 3)]);
            starts.insert(start);
        }
    }
    QCOMPARE(starts, (std::set<int>{0, 1, 2, 3}));
}

void TestSamplers::tsnMultiFrameSegmentsShorterThanTheVideo()
{
    // 2 segments of 4 consecutive frames in 20 frames: test starts int(8.5 k + 4.25).
    QCOMPARE(TsnSegmentSampler(2, 4).sampleMiddle(20), (Indices{4, 5, 6, 7, 12, 13, 14, 15}));
    // Shorter than one segment: all start at 0, looping.
    QCOMPARE(TsnSegmentSampler(3, 4).sampleMiddle(3), (Indices{0, 1, 2, 0, 0, 1, 2, 0, 0, 1, 2, 0}));
}

void TestSamplers::slowPathwayIsPackPathwaysLinspace()
{
    QCOMPARE(slowPathwayPositions(32, 8), (Indices{0, 10, 20, 31}));  // SlowFast 4x16
    QCOMPARE(slowPathwayPositions(32, 4), (Indices{0, 4, 8, 13, 17, 22, 26, 31}));  // 8x8
    QCOMPARE(slowPathwayPositions(16, 2), (Indices{0, 2, 4, 6, 8, 10, 12, 15}));
    QCOMPARE(slowPathwayPositions(8, 4), (Indices{0, 7}));
    QCOMPARE(slowPathwayPositions(4, 4), (Indices{0}));
    QCOMPARE(slowPathwayPositions(3, 4), (Indices{0}));  // shorter than alpha: the first frame
    // Fast pathway: the centred 32 frames every 2nd of 84 start at (84 - 63) / 2 = 10.
    const Indices fast = DenseClipSampler(32, 2).sampleCentred(84);
    QCOMPARE(fast.front(), 10);
    QCOMPARE(slowPathwayIndices(fast, 8), (Indices{10, 30, 50, 72}));
}

void TestSamplers::clipSamplingChoosesTheRightSampler()
{
    const ClipSampling tsn(TsnSegmentSampler(3, 1), TsnSegmentSampler(25, 1));
    QVERIFY(tsn.segments());
    QCOMPARE(tsn.clipLengthFrames(true), 3);
    QCOMPARE(tsn.clipLengthFrames(false), 25);
    QCOMPARE(tsn.sampleTest(30), (Indices{0, 1, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 16, 17, 18,
                                          19, 21, 22, 23, 24, 25, 27, 28, 29}));
    QCOMPARE(tsn.sampleTestViews(30).size(), std::size_t(1));

    const ClipSampling dense(DenseClipSampler(4, 2), 3);
    QVERIFY(!dense.segments());
    QCOMPARE(dense.sampleTest(30), DenseClipSampler(4, 2).sampleCentred(30));
    QCOMPARE(dense.sampleTestViews(30), DenseClipSampler(4, 2).sampleEvenly(30, 3));
    std::mt19937_64 a(1), b(1);
    QCOMPARE(dense.sampleTrain(50, a), DenseClipSampler(4, 2).sampleRandom(50, b));
}

QTEST_APPLESS_MAIN(TestSamplers)
#include "testsamplers.moc"
