// Tests of the sample inspector's "clip as the model sees it" (previewClip): the sampled
// indices and the transformed frames are exactly what the training and test pipelines feed
// the model, for dense (X3D), segment (TSN) and two-pathway (SlowFast) sampling.

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <cstdio>
#include <random>

#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/data/clippreview.h"
#include "core/data/synthmotion.h"
#include "core/models/slowfast.h"
#include "core/train/trainingsetup.h"
#include "core/video/framecache.h"
#include "core/video/framesequence.h"
#include "testutil.h"

using namespace as;

namespace {

constexpr int kVideoFrames = 64;
constexpr int kCacheShortSide = 64;

/** A small config of `model` on frames cached at kCacheShortSide, cropped to 48. */
ExperimentConfig configFor(const std::string &model, int clipLengthFrames, int frameInterval)
{
    ExperimentConfig c;
    c.model.name = model;
    c.input.clipLengthFrames = clipLengthFrames;
    c.input.frameInterval = frameInterval;
    c.input.shortSide = kCacheShortSide; // equal to the cache: no resize before the crop
    c.input.cropSize = 48;
    c.input.mean = {0.485, 0.456, 0.406};
    c.input.std = {0.229, 0.224, 0.225};
    c.data.cacheShortSide = kCacheShortSide;
    c.augment.randomCrop = true;
    c.augment.horizontalFlip = true;
    return c;
}

/** Largest difference of a preview frame from the cached frame's window at (x0, y0). */
int maxDifference(const PreviewFrame &frame, const cv::Mat &bgr, int x0, int y0)
{
    int worst = 0;
    for (int y = 0; y < frame.height; ++y)
        for (int x = 0; x < frame.width; ++x)
            for (int c = 0; c < 3; ++c) {
                const int shown
                    = frame.rgb[static_cast<std::size_t>((y * frame.width + x) * 3 + c)];
                const int cached = bgr.at<cv::Vec3b>(y0 + y, x0 + x)[2 - c];
                worst = std::max(worst, std::abs(shown - cached));
            }
    return worst;
}

/** The preview frames normalised again: [3, T, H, W] as the dataset produces. */
torch::Tensor renormalised(const ClipPreview &preview, const ExperimentConfig &config)
{
    const auto frames = static_cast<std::int64_t>(preview.frames.size());
    const int h = preview.frames.front().height;
    const int w = preview.frames.front().width;
    torch::Tensor out = torch::empty({3, frames, h, w});
    for (std::int64_t t = 0; t < frames; ++t) {
        const PreviewFrame &f = preview.frames[static_cast<std::size_t>(t)];
        const torch::Tensor rgb
            = torch::from_blob(const_cast<std::uint8_t *>(f.rgb.data()), {h, w, 3}, torch::kUInt8)
                  .permute({2, 0, 1})
                  .to(torch::kFloat32)
                  .div(255.0);
        for (int c = 0; c < 3; ++c)
            out[c][t] = (rgb[c] - config.input.mean[static_cast<std::size_t>(c)])
                / config.input.std[static_cast<std::size_t>(c)];
    }
    return out;
}

int labelOf(const std::string &name)
{
    const auto &classes = synthMotionClasses();
    return static_cast<int>(std::find(classes.begin(), classes.end(), name) - classes.begin());
}

} // namespace

class TestClipPreview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_video; // a move_left SynthMotion clip, 64 frames of 96x72
    std::string m_pack; // the same, cached 85x64

private Q_SLOTS:
    void initTestCase();
    void denseTestViewIsCentredAndCropped();
    void trainDrawFollowsTheSeed();
    void framesAreWhatTheDatasetFeeds_data();
    void framesAreWhatTheDatasetFeeds();
    void tsnSegments();
    void slowFastPathways();
    void unreadablePackNamesIt();
    void frameSequenceReadsTheVideo();
    void frameSequenceReadsThePack();
    void frameSequenceBadFileNamesIt();
};

void TestClipPreview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SynthMotionOptions synth;
    synth.outputDir = test::path(m_dir, "synth");
    synth.width = 96; // not square: the centre crop must be placed on both axes
    synth.height = 72;
    synth.frames = kVideoFrames;
    synth.clipsPerClass = 1;
    NullProgressObserver quiet;
    generateSynthMotion(synth, quiet, {});
    for (const auto &entry : std::filesystem::directory_iterator(synth.outputDir + "/move_left"))
        m_video = entry.path().string();
    QVERIFY(!m_video.empty());
    m_pack = FrameCache::packPath(test::path(m_dir, "cache"), 1, kCacheShortSide);
    QCOMPARE(FrameCache::extract(m_video, m_pack, kCacheShortSide), kVideoFrames);
    const FrameCache cache(m_pack);
    QCOMPARE(cache.width(), 85);
    QCOMPARE(cache.height(), 64);
}

void TestClipPreview::denseTestViewIsCentredAndCropped()
{
    const ExperimentConfig config = configFor("x3d_xs", 4, 5);
    const ClipPreview preview = previewClip(config, m_pack, false, 7);
    QCOMPARE(preview.sourceFrameCount, kVideoFrames);
    // 4 frames every 5th span 16 frames; centred in 64: start (64 − 16) / 2 = 24.
    QCOMPARE(preview.indices, (std::vector<int> {24, 29, 34, 39}));
    QVERIFY(std::abs(preview.indices.front() - (kVideoFrames - 1 - preview.indices.back())) <= 1);
    QVERIFY(preview.segments.empty());
    QVERIFY(preview.slowIndices.empty());
    QVERIFY(!preview.flipped && !preview.reversed);
    QVERIFY2(preview.description.find("centre crop 48") != std::string::npos,
             preview.description.c_str());

    // The same seed-independent clip whatever the seed.
    QCOMPARE(previewClip(config, m_pack, false, 8).indices, preview.indices);

    // Centre crop of the 85x64 cached frame: x (85 − 48) / 2 = 18, y 8.
    QVERIFY(std::abs(preview.crop.x - 18.0 / 85) < 1e-9);
    QVERIFY(std::abs(preview.crop.y - 8.0 / 64) < 1e-9);
    QVERIFY(std::abs(preview.crop.width - 48.0 / 85) < 1e-9);
    const FrameCache cache(m_pack);
    QCOMPARE(preview.frames.size(), preview.indices.size());
    for (std::size_t t = 0; t < preview.frames.size(); ++t) {
        const PreviewFrame &frame = preview.frames[t];
        QCOMPARE(frame.width, 48);
        QCOMPARE(frame.height, 48);
        QCOMPARE(frame.rgb.size(), std::size_t(48 * 48 * 3));
        QCOMPARE(frame.sourceIndex, preview.indices[t]);
        const cv::Mat bgr = cache.frame(preview.indices[t]);
        // De-normalisation undoes the normalisation up to rounding; the window is the centre.
        QCOMPARE(maxDifference(frame, bgr, 18, 8), 0);
        // The check can tell: a window one pixel off, or another frame, differs by more
        // than rounding (the background has per-frame noise and the shape moves).
        QVERIFY(maxDifference(frame, bgr, 19, 8) > 2);
        QVERIFY(maxDifference(frame, bgr, 18, 9) > 2);
        QVERIFY(maxDifference(frame, cache.frame(preview.indices[t] + 2), 18, 8) > 2);
    }
}

void TestClipPreview::trainDrawFollowsTheSeed()
{
    const ExperimentConfig config = configFor("x3d_xs", 4, 5);
    const ClipPreview a = previewClip(config, m_pack, true, 11);
    const ClipPreview again = previewClip(config, m_pack, true, 11);
    QCOMPARE(again.indices, a.indices);
    QCOMPARE(again.frames.size(), a.frames.size());
    for (std::size_t t = 0; t < a.frames.size(); ++t)
        QVERIFY(again.frames[t].rgb == a.frames[t].rgb);
    QVERIFY2(a.description.find("train: random clip of 4 frames every 5") != std::string::npos,
             a.description.c_str());

    // Another seed ("resample") draws another start or crop, never another clip length.
    int differing = 0;
    for (std::uint64_t seed = 12; seed < 17; ++seed) {
        const ClipPreview b = previewClip(config, m_pack, true, seed);
        QCOMPARE(b.indices.size(), a.indices.size());
        QCOMPARE(b.frames.size(), a.frames.size());
        for (std::size_t t = 1; t < b.indices.size(); ++t)
            QCOMPARE(b.indices[t] - b.indices[t - 1], 5);
        QVERIFY(b.indices.front() >= 0 && b.indices.back() < kVideoFrames);
        const bool sameCrop
            = b.crop.x == a.crop.x && b.crop.y == a.crop.y && b.crop.flipped == a.crop.flipped;
        differing += (b.indices != a.indices || !sameCrop) ? 1 : 0;
        if (b.indices != a.indices || !sameCrop)
            QVERIFY(b.frames.front().rgb != a.frames.front().rgb);
    }
    QVERIFY(differing >= 4);
}

void TestClipPreview::framesAreWhatTheDatasetFeeds_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("frames");
    QTest::addColumn<bool>("train");
    QTest::newRow("x3d_xs train") << QStringLiteral("x3d_xs") << 4 << true;
    QTest::newRow("x3d_xs test") << QStringLiteral("x3d_xs") << 4 << false;
    QTest::newRow("tsn_r50 train (multi-scale crop)") << QStringLiteral("tsn_r50") << 3 << true;
    QTest::newRow("tsn_r50 test") << QStringLiteral("tsn_r50") << 3 << false;
}

void TestClipPreview::framesAreWhatTheDatasetFeeds()
{
    QFETCH(QString, model);
    QFETCH(int, frames);
    QFETCH(bool, train);
    ExperimentConfig config = configFor(model.toStdString(), frames, 5);
    config.eval.testClips = 3;
    // Label-changing augmentations too: the reversal draw comes before the crop's.
    config.augment.timeReverse = true;
    config.augment.flipLabelSwaps = {{"move_left", "move_right"}};
    config.augment.reverseLabelSwaps = {{"move_left", "move_right"}};
    std::vector<ClassInfo> classes;
    for (const std::string &name : synthMotionClasses())
        classes.push_back({static_cast<std::int64_t>(classes.size() + 1),
                           static_cast<int>(classes.size()), name});
    const auto dataset = makeDataset({{m_pack, labelOf("move_left"), 1}}, config, train,
                                     labelMaps(config, classes));

    ClipPreviewRequest request;
    request.packPath = m_pack;
    request.train = train;
    request.label = labelOf("move_left");
    request.classNames = synthMotionClasses();
    bool sawFlip = false;
    bool sawReverse = false;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        request.seed = seed;
        const ClipPreview preview = previewClip(config, request);
        std::mt19937_64 rng(seed);
        const LabelledClip fed = dataset->get(0, rng);
        QCOMPARE(static_cast<std::int64_t>(preview.frames.size()), fed.clip.size(1));
        // One rounding step of the 8-bit pictures: 0.5 / (255 · std).
        const double error = (renormalised(preview, config) - fed.clip).abs().max().item<double>();
        QVERIFY2(error < 0.5 / (255 * 0.224) + 1e-4, qPrintable(QString::number(error)));
        QCOMPARE(preview.label, fed.label);
        // An odd number of label swaps shows as the other class.
        const bool swapped = preview.flipped != preview.reversed;
        QCOMPARE(preview.label, labelOf(swapped ? "move_right" : "move_left"));
        sawFlip |= preview.flipped;
        sawReverse |= preview.reversed;
    }
    QCOMPARE(sawFlip, train);
    QCOMPARE(sawReverse, train);
}

void TestClipPreview::tsnSegments()
{
    ExperimentConfig config = configFor("tsn_r50", 3, 1);
    config.eval.testClips = 3; // 3 test segments too (the reference tests on 25)

    // Test: the middle of each of 3 equal parts of 64 frames (21.33 each).
    const ClipPreview test = previewClip(config, m_pack, false, 1);
    QCOMPARE(test.indices, (std::vector<int> {10, 32, 53}));
    QCOMPARE(test.segments, (std::vector<std::pair<int, int>> {{0, 21}, {21, 42}, {42, 64}}));
    QCOMPARE(test.frames.size(), std::size_t(3));
    QVERIFY2(test.description.find("3 segments x 1 frame") != std::string::npos,
             test.description.c_str());

    // Train: a random frame of each part of floor(64 / 3) = 21 frames.
    const std::vector<std::pair<int, int>> trainParts {{0, 21}, {21, 42}, {42, 63}};
    bool offMiddle = false;
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        const ClipPreview train = previewClip(config, m_pack, true, seed);
        QCOMPARE(train.indices.size(), std::size_t(3));
        QCOMPARE(train.segments.size(), std::size_t(3));
        QCOMPARE(train.frames.size(), std::size_t(3));
        QVERIFY(train.crop.scaledToCrop); // TSN's multi-scale crop
        std::vector<std::pair<int, int>> temporal = train.segments;
        if (train.reversed)
            std::reverse(temporal.begin(), temporal.end());
        QCOMPARE(temporal, trainParts);
        for (std::size_t k = 0; k < 3; ++k)
            QVERIFY2(
                train.indices[k] >= train.segments[k].first
                    && train.indices[k] < train.segments[k].second,
                qPrintable(QStringLiteral("segment %1: index %2").arg(k).arg(train.indices[k])));
        offMiddle |= train.indices != test.indices;
    }
    QVERIFY(offMiddle);
}

void TestClipPreview::slowFastPathways()
{
    const ExperimentConfig config = configFor("slowfast_r50_4x16", 32, 2);
    for (const bool train : {false, true}) {
        const ClipPreview preview = previewClip(config, m_pack, train, 3);
        QCOMPARE(preview.indices.size(), std::size_t(32));
        QCOMPARE(preview.frames.size(), std::size_t(32));
        QCOMPARE(preview.slowIndices.size(), std::size_t(32 / 8));
        // The model's own PackPathway choice (a torch::linspace, computed independently).
        const std::vector<std::int64_t> modelPositions = slowPathwayFrameIndices(32, 8);
        QCOMPARE(preview.slowPositions.size(), modelPositions.size());
        for (std::size_t s = 0; s < modelPositions.size(); ++s) {
            QCOMPARE(static_cast<std::int64_t>(preview.slowPositions[s]), modelPositions[s]);
            QCOMPARE(preview.slowIndices[s],
                     preview.indices[static_cast<std::size_t>(modelPositions[s])]);
            QVERIFY(
                std::find(preview.indices.begin(), preview.indices.end(), preview.slowIndices[s])
                != preview.indices.end());
        }
        QVERIFY2(preview.description.find("alpha 8") != std::string::npos,
                 preview.description.c_str());
    }
}

void TestClipPreview::unreadablePackNamesIt()
{
    const std::string missing = test::path(m_dir, "cache/404_s64.asfc");
    try {
        previewClip(configFor("x3d_xs", 4, 5), missing, false, 0);
        QFAIL("a missing pack must raise an error");
    } catch (const Error &e) {
        QVERIFY2(std::string(e.what()).find("404_s64.asfc") != std::string::npos, e.what());
    }
}

void TestClipPreview::frameSequenceReadsTheVideo()
{
    FrameSequence sequence(m_video); // no known count: the container's claim
    QVERIFY(!sequence.isPack());
    QCOMPARE(sequence.frameCount(), kVideoFrames);
    QCOMPARE(sequence.width(), 96);
    QCOMPARE(sequence.height(), 72);
    QVERIFY(sequence.fps() > 0.0);

    // Sequential reads, then a jump back and a long jump forward (a seek), then the last frame.
    std::vector<PreviewFrame> sequential;
    for (int i = 0; i < kVideoFrames; ++i)
        sequential.push_back(sequence.frame(i));
    for (const int index : {5, 6, 60, 3, 61, kVideoFrames - 1}) {
        const PreviewFrame frame = sequence.frame(index);
        QCOMPARE(frame.width, 96);
        QCOMPARE(frame.height, 72);
        QCOMPARE(frame.sourceIndex, index);
        QCOMPARE(frame.rgb.size(), std::size_t(96 * 72 * 3));
        // The same picture as when decoded in order: the seek lands on the frame asked for.
        QVERIFY2(frame.rgb == sequential[static_cast<std::size_t>(index)].rgb,
                 qPrintable(QStringLiteral("frame %1 differs after a seek").arg(index)));
    }
    QVERIFY(sequential[10].rgb != sequential[11].rgb); // the comparison can tell frames apart

    // A second sequence reads the same frame the same way (a fresh capture).
    FrameSequence again(m_video, kVideoFrames);
    QVERIFY(again.frame(40).rgb == sequential[40].rgb);
    try {
        again.frame(kVideoFrames);
        QFAIL("a frame past the end must raise an error");
    } catch (const Error &e) {
        QVERIFY2(std::string(e.what()).find(m_video) != std::string::npos, e.what());
    }
}

void TestClipPreview::frameSequenceReadsThePack()
{
    FrameSequence sequence(m_pack);
    QVERIFY(sequence.isPack());
    QCOMPARE(sequence.frameCount(), kVideoFrames);
    QCOMPARE(sequence.width(), 85);
    QCOMPARE(sequence.height(), 64);
    const FrameCache cache(m_pack);
    QCOMPARE(sequence.fps(), cache.fps());
    for (const int index : {0, 1, 33, 2, kVideoFrames - 1}) {
        const PreviewFrame frame = sequence.frame(index);
        QCOMPARE(frame.width, 85);
        QCOMPARE(frame.height, 64);
        QCOMPARE(frame.sourceIndex, index);
        QCOMPARE(maxDifference(frame, cache.frame(index), 0, 0), 0); // RGB of the cached BGR
    }
    QCOMPARE(FrameSequence::packPath(test::path(m_dir, "cache"), 1, kCacheShortSide), m_pack);
}

void TestClipPreview::frameSequenceBadFileNamesIt()
{
    const std::string garbage = test::path(m_dir, "not_a_video.mp4");
    {
        std::FILE *file = std::fopen(garbage.c_str(), "wb");
        QVERIFY(file != nullptr);
        std::fputs("this is text, not a video\n", file);
        std::fclose(file);
    }
    const std::string badPack = test::path(m_dir, "bad_s64.asfc");
    std::filesystem::copy_file(garbage, badPack);
    for (const std::string &path :
         {garbage, badPack, test::path(m_dir, "missing.mp4"), test::path(m_dir, "missing.asfc")}) {
        try {
            FrameSequence sequence(path);
            sequence.frame(0);
            QFAIL(qPrintable(QStringLiteral("no error for %1").arg(QString::fromStdString(path))));
        } catch (const Error &e) {
            QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
            QCOMPARE(e.path(), path);
        }
    }
}

QTEST_APPLESS_MAIN(TestClipPreview)
#include "testclippreview.moc"
