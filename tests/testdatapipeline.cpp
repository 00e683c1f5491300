// The data pipeline: dense clip sampling, the clip transform (one geometry per clip) and the
// prefetching loader (deterministic whatever the thread timing, errors name the file).

#include <set>

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/data/clipdataset.h"
#include "core/data/cliploader.h"
#include "core/data/clipsampler.h"
#include "core/data/cliptransform.h"
#include "core/video/framecache.h"
#include "testutil.h"

using namespace as;

namespace {

/** A BGR frame: blue ramps left to right, red top to bottom, green encodes `t`. */
cv::Mat rampFrame(int width, int height, int t)
{
    cv::Mat frame(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            frame.at<cv::Vec3b>(y, x) =
                cv::Vec3b(static_cast<uchar>(x * 255 / (width - 1)), static_cast<uchar>(t * 8 % 256),
                          static_cast<uchar>(y * 255 / (height - 1)));
    return frame;
}

/** Writes an MJPG video of `frames` ramp frames and caches it; returns the pack path. */
std::string makePack(const QTemporaryDir &dir, int id, int frames)
{
    const std::string video = test::path(dir, "v" + std::to_string(id) + ".avi");
    cv::VideoWriter writer(video, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25.0,
                           cv::Size(64, 48));
    for (int t = 0; t < frames; ++t)
        writer.write(rampFrame(64, 48, t + id));
    writer.release();
    const std::string pack = FrameCache::packPath(test::path(dir), id, 48);
    FrameCache::extract(video, pack, 48);
    return pack;
}

ClipTransformOptions smallTransform(bool flip)
{
    ClipTransformOptions options;
    options.shortSide = 48;
    options.cropSize = 40;
    options.randomCrop = true;
    options.horizontalFlip = flip;
    return options;
}

bool sameBatch(const ClipBatch &a, const ClipBatch &b)
{
    return a.indices == b.indices && torch::equal(a.labels, b.labels) && torch::equal(a.data, b.data);
}

} // namespace

class TestDataPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void centredClipIsInTheMiddle();
    void randomClipsStayInsideTheVideo();
    void shortVideosLoop();
    void transformNormalisesRgb();
    void transformUsesOneGeometryPerClip();
    void labelsFollowFlipAndTimeReverse();
    void loaderIsDeterministicWhateverTheWorkers();
    void loaderCoversEverySampleOnce();
    void loaderRethrowsErrorsNamingThePack();
};

void TestDataPipeline::centredClipIsInTheMiddle()
{
    const DenseClipSampler sampler(8, 3);
    QCOMPARE(sampler.spanFrames(), 22);
    const std::vector<int> clip = sampler.sampleCentred(100);
    QCOMPARE(clip.size(), std::size_t(8));
    QCOMPARE(clip.front(), 39);  // (100 - 22) / 2
    QCOMPARE(clip.back(), 39 + 21);
}

void TestDataPipeline::randomClipsStayInsideTheVideo()
{
    const DenseClipSampler sampler(8, 3);
    std::mt19937_64 rng(7);
    std::set<int> starts;
    for (int i = 0; i < 500; ++i) {
        const std::vector<int> clip = sampler.sampleRandom(100, rng);
        for (std::size_t t = 1; t < clip.size(); ++t)
            QCOMPARE(clip[t] - clip[t - 1], 3);
        QVERIFY(clip.front() >= 0 && clip.back() <= 99);
        starts.insert(clip.front());
    }
    QCOMPARE(*starts.begin(), 0);
    QCOMPARE(*starts.rbegin(), 78);  // every start is reachable, the last one included
}

void TestDataPipeline::shortVideosLoop()
{
    const DenseClipSampler sampler(8, 3);
    const std::vector<int> expected{0, 3, 6, 9, 2, 5, 8, 1};
    QCOMPARE(sampler.sampleCentred(10), expected);
    std::mt19937_64 rng(1);
    QCOMPARE(sampler.sampleRandom(10, rng), expected);
}

void TestDataPipeline::transformNormalisesRgb()
{
    // BGR (0, 128, 255): red is 255, green 128, blue 0.
    const std::vector<cv::Mat> frames(4, cv::Mat(120, 160, CV_8UC3, cv::Scalar(0, 128, 255)));
    ClipTransformOptions options;
    options.shortSide = 96;
    options.cropSize = 80;
    options.mean = {0.5, 0.25, 0.125};
    options.std = {0.5, 0.25, 0.125};
    std::mt19937_64 rng(0);
    const torch::Tensor clip = ClipTransform(options).apply(frames, false, rng);
    QCOMPARE(clip.sizes().vec(), (std::vector<std::int64_t>{3, 4, 80, 80}));
    QVERIFY(torch::allclose(clip[0], torch::full({4, 80, 80}, (1.0 - 0.5) / 0.5)));
    QVERIFY(torch::allclose(clip[1], torch::full({4, 80, 80}, (128 / 255.0 - 0.25) / 0.25), 1e-4));
    QVERIFY(torch::allclose(clip[2], torch::full({4, 80, 80}, (0.0 - 0.125) / 0.125)));
}

void TestDataPipeline::transformUsesOneGeometryPerClip()
{
    // Identical input frames must give identical output frames: crop and flip are per clip.
    const std::vector<cv::Mat> frames(6, rampFrame(64, 48, 3));
    const ClipTransform transform(smallTransform(true));
    std::mt19937_64 rng(11);
    int flipped = 0;
    int straight = 0;
    std::set<float> firstColumns;
    for (int draw = 0; draw < 60; ++draw) {
        const torch::Tensor clip = transform.apply(frames, true, rng);
        for (int t = 1; t < 6; ++t)
            QVERIFY(torch::equal(clip.select(1, t), clip.select(1, 0)));
        // Blue holds the x ramp: increasing left to right unless the clip was flipped.
        const torch::Tensor blue = clip[2][0][0];
        (blue[0].item<float>() < blue[-1].item<float>() ? straight : flipped) += 1;
        firstColumns.insert(blue[0].item<float>());
    }
    QVERIFY2(flipped > 10 && straight > 10, "a horizontal flip should happen about half the time");
    QVERIFY2(firstColumns.size() > 4, "random crops should move");

    // Test mode: centre crop, never flipped, always the same.
    const torch::Tensor a = transform.apply(frames, false, rng);
    const torch::Tensor b = transform.apply(frames, false, rng);
    QVERIFY(torch::equal(a, b));
    QVERIFY(a[2][0][0][0].item<float>() < a[2][0][0][-1].item<float>());
}

void TestDataPipeline::labelsFollowFlipAndTimeReverse()
{
    // Labels 0 and 1 trade places when a clip is mirrored, 2 and 3 when it plays backwards.
    QTemporaryDir dir;
    const std::vector<ClipSample> samples{{makePack(dir, 1, 24), 0, 1},
                                          {makePack(dir, 2, 24), 2, 2}};
    ClipLabelMaps maps;
    maps.underFlip = {1, 0, 2, 3};
    maps.timeReverse = true;
    maps.underReverse = {0, 1, 3, 2};
    const ClipDataset dataset(samples, DenseClipSampler(4, 2), ClipTransform(smallTransform(true)),
                              true, maps);
    std::set<std::pair<bool, bool>> seen;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        for (std::uint64_t seed = 0; seed < 40; ++seed) {
            std::mt19937_64 rng(seed);
            const LabelledClip item = dataset.get(i, rng);
            // Blue ramps left to right unless mirrored; green grows with time unless reversed.
            const torch::Tensor blue = item.clip[2][0][0];
            const bool flipped = blue[0].item<float>() > blue[-1].item<float>();
            const torch::Tensor green = item.clip[1].mean({1, 2}); // per frame
            const bool reversed = green[0].item<float>() > green[-1].item<float>();
            int expected = samples[i].label;
            if (reversed)
                expected = maps.underReverse[static_cast<std::size_t>(expected)];
            if (flipped)
                expected = maps.underFlip[static_cast<std::size_t>(expected)];
            QCOMPARE(item.label, expected);
            seen.insert({flipped, reversed});
        }
    }
    QCOMPARE(seen.size(), std::size_t(4)); // every combination happened

    // Testing never flips nor reverses, whatever the maps say.
    const ClipDataset test(samples, DenseClipSampler(4, 2), ClipTransform(smallTransform(true)),
                           false, maps);
    std::mt19937_64 rng(3);
    for (std::size_t i = 0; i < samples.size(); ++i)
        QCOMPARE(test.get(i, rng).label, samples[i].label);
}

void TestDataPipeline::loaderIsDeterministicWhateverTheWorkers()
{
    QTemporaryDir dir;
    std::vector<ClipSample> samples;
    for (int id = 1; id <= 10; ++id)
        samples.push_back({makePack(dir, id, 20 + id), id % 3, id});
    const auto dataset = std::make_shared<const ClipDataset>(
        samples, DenseClipSampler(4, 2), ClipTransform(smallTransform(true)), true);

    ClipLoader::Options options;
    options.batchSize = 3;
    options.seed = 42;
    options.workers = 1;
    ClipLoader one(dataset, options);
    options.workers = 3;
    options.prefetchBatches = 2;
    ClipLoader three(dataset, options);
    QCOMPARE(one.batchesPerEpoch(), std::size_t(3));  // drop last: 10 / 3

    std::vector<ClipBatch> epoch2;
    one.startEpoch(2);
    three.startEpoch(2);
    while (auto batch = one.next()) {
        auto other = three.next();
        QVERIFY(other.has_value());
        QCOMPARE(batch->data.sizes().vec(), (std::vector<std::int64_t>{3, 3, 4, 40, 40}));
        QVERIFY(sameBatch(*batch, *other));
        epoch2.push_back(*batch);
    }
    QVERIFY(!three.next().has_value());
    QCOMPARE(epoch2.size(), std::size_t(3));

    // Another epoch differs; starting epoch 2 again (a resumed run) gives it back exactly, even
    // when the previous epoch was abandoned half-way.
    three.startEpoch(3);
    auto epoch3 = three.next();
    QVERIFY(epoch3.has_value() && !sameBatch(*epoch3, epoch2[0]));
    three.startEpoch(2);
    for (const ClipBatch &expected : epoch2) {
        auto again = three.next();
        QVERIFY(again.has_value() && sameBatch(*again, expected));
    }
}

void TestDataPipeline::loaderCoversEverySampleOnce()
{
    QTemporaryDir dir;
    std::vector<ClipSample> samples;
    for (int id = 1; id <= 7; ++id)
        samples.push_back({makePack(dir, id, 12), id, id});
    const auto dataset = std::make_shared<const ClipDataset>(
        samples, DenseClipSampler(4, 1), ClipTransform(smallTransform(false)), false);
    ClipLoader::Options options;
    options.batchSize = 3;
    options.dropLast = false;
    options.shuffle = true;
    ClipLoader loader(dataset, options);
    QCOMPARE(loader.batchesPerEpoch(), std::size_t(3));
    loader.startEpoch(0);
    std::multiset<std::size_t> seen;
    std::vector<std::int64_t> sizes;
    while (auto batch = loader.next()) {
        seen.insert(batch->indices.begin(), batch->indices.end());
        sizes.push_back(batch->data.size(0));
        for (std::size_t i = 0; i < batch->indices.size(); ++i)
            QCOMPARE(batch->labels[static_cast<std::int64_t>(i)].item<std::int64_t>(),
                     std::int64_t(samples[batch->indices[i]].label));
    }
    QCOMPARE(seen, (std::multiset<std::size_t>{0, 1, 2, 3, 4, 5, 6}));
    QCOMPARE(sizes, (std::vector<std::int64_t>{3, 3, 1}));
}

void TestDataPipeline::loaderRethrowsErrorsNamingThePack()
{
    QTemporaryDir dir;
    const std::string missing = test::path(dir, "gone.asfc");
    std::vector<ClipSample> samples{{makePack(dir, 1, 10), 0, 1}, {missing, 1, 2}};
    const auto dataset = std::make_shared<const ClipDataset>(
        samples, DenseClipSampler(4, 1), ClipTransform(smallTransform(false)), false);
    ClipLoader::Options options;
    options.batchSize = 1;
    options.shuffle = false;
    ClipLoader loader(dataset, options);
    loader.startEpoch(0);
    QVERIFY(loader.next().has_value());
    try {
        loader.next();
        QFAIL("a missing pack must raise an error");
    } catch (const Error &error) {
        QVERIFY2(std::string(error.what()).find(missing) != std::string::npos, error.what());
    }
}

QTEST_APPLESS_MAIN(TestDataPipeline)
#include "testdatapipeline.moc"
