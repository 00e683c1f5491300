// Spatial transforms, identical across the frames of a clip (random, multi-scale, three and
// ten crops, flip, colour jitter), Video Mix-up, and the per-model pipeline (InputSpec ->
// sampler + transform, C3D's BGR mean, multi-view test input). Frames encode their position
// and time in their pixels (blue = x, red = y, green = 10 t), so every window and flip is
// checked exactly on every frame.

#include <set>

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/data/cacheformatbenchmark.h"
#include "core/data/clipdataset.h"
#include "core/data/cliptransform.h"
#include "core/data/cropwindows.h"
#include "core/data/datapipeline.h"
#include "core/data/mixup.h"
#include "core/models/modelregistry.h"
#include "core/train/trainingsetup.h"
#include "core/video/framecache.h"
#include "testutil.h"

using namespace as;

namespace {

/** BGR frame: blue = x, green = 10 t, red = y (exact, for frames up to 256 px). */
cv::Mat indexFrame(int width, int height, int t)
{
    cv::Mat frame(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            frame.at<cv::Vec3b>(y, x) = cv::Vec3b(static_cast<uchar>(x), static_cast<uchar>(10 * t),
                                                  static_cast<uchar>(y));
    return frame;
}

std::vector<cv::Mat> indexClip(int width, int height, int frames)
{
    std::vector<cv::Mat> clip;
    for (int t = 0; t < frames; ++t)
        clip.push_back(indexFrame(width, height, t));
    return clip;
}

/** Output = raw pixel value (mean 0, std 1/255). */
ClipTransformOptions rawOptions(int shortSide, int crop)
{
    ClipTransformOptions options;
    options.shortSide = shortSide;
    options.cropSize = crop;
    options.mean = {0.0, 0.0, 0.0};
    options.std = {1.0 / 255.0, 1.0 / 255.0, 1.0 / 255.0};
    return options;
}

/** Whether `clip` [3, T, crop, crop] is exactly `window` (unscaled) of every index frame. */
bool showsWindow(const torch::Tensor &clip, const CropWindow &window, int frames)
{
    const int crop = static_cast<int>(clip.size(3));
    if (clip.size(1) != frames || window.width != crop || window.height != crop)
        return false;
    auto a = clip.accessor<float, 4>();
    for (int t = 0; t < frames; ++t)
        for (int i = 0; i < crop; ++i)
            for (int j = 0; j < crop; ++j) {
                const int x = window.x + (window.flip ? crop - 1 - j : j);
                const int y = window.y + i;
                if (std::abs(a[0][t][i][j] - y) > 1e-3 || std::abs(a[1][t][i][j] - 10 * t) > 1e-3 ||
                    std::abs(a[2][t][i][j] - x) > 1e-3)
                    return false;
            }
    return true;
}

/** The expected output of a scaled window: cut, bilinear resize, mirror, RGB, per frame. */
torch::Tensor expectedScaled(const std::vector<cv::Mat> &frames, const CropWindow &w, int crop)
{
    torch::Tensor out = torch::empty({3, static_cast<long>(frames.size()), crop, crop});
    for (std::size_t t = 0; t < frames.size(); ++t) {
        cv::Mat region;
        cv::resize(frames[t](cv::Rect(w.x, w.y, w.width, w.height)), region, cv::Size(crop, crop),
                   0, 0, cv::INTER_LINEAR);
        if (w.flip)
            cv::flip(region, region, 1);
        for (int i = 0; i < crop; ++i)
            for (int j = 0; j < crop; ++j)
                for (int c = 0; c < 3; ++c)
                    out[c][static_cast<long>(t)][i][j] = region.at<cv::Vec3b>(i, j)[2 - c];
    }
    return out;
}

} // namespace

class TestTransforms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomCropAndFlipAreExactOnEveryFrame();
    void multiScaleCropDrawsAllowedSizesAndCorners();
    void multiScaleCropIsTheScaledWindowOnEveryFrame();
    void threeCropCoversLeftCentreRight();
    void tenCropGivesTheTenWindows();
    void colourJitterIsOneDrawPerClip();
    void zeroColourJitterIsTheIdentity();
    void mixupMixesPairsWithOneLambda();
    void c3dPipelineSubtractsTheBgrMean();
    void pipelineFollowsTheInputSpec();
    void datasetGivesClipsTimesCropsViews();
    void cacheFormatBenchmarkReadsEveryFormat();
};

void TestTransforms::randomCropAndFlipAreExactOnEveryFrame()
{
    const std::vector<cv::Mat> frames = indexClip(64, 48, 6);
    ClipTransformOptions options = rawOptions(48, 40);
    options.horizontalFlip = true;
    const ClipTransform transform(options);
    std::set<std::pair<int, int>> offsets;
    std::set<bool> flips;
    for (std::uint64_t seed = 0; seed < 40; ++seed) {
        std::mt19937_64 rng(seed), copy(seed);
        const ClipGeometry geometry = transform.drawGeometry(frames[0].size(), true, copy);
        bool flipped = false;
        const torch::Tensor clip = transform.apply(frames, true, rng, &flipped);
        QCOMPARE(flipped, geometry.window.flip);
        QVERIFY(geometry.window.x >= 0 && geometry.window.x <= 24);
        QVERIFY(geometry.window.y >= 0 && geometry.window.y <= 8);
        QVERIFY(showsWindow(clip, geometry.window, 6));
        offsets.insert({geometry.window.x, geometry.window.y});
        flips.insert(flipped);
    }
    QVERIFY(offsets.size() > 10);
    QCOMPARE(flips.size(), std::size_t(2));
    // Test mode: the centre crop, not mirrored.
    std::mt19937_64 rng(1);
    QVERIFY(showsWindow(transform.apply(frames, false, rng), {12, 4, 40, 40, false}, 6));
}

void TestTransforms::multiScaleCropDrawsAllowedSizesAndCorners()
{
    MultiScaleCropOptions options;  // 1, .875, .75, .66; max distortion 1; fixed corners
    const std::vector<int> sizes{192, 168, 144, 126};  // int(192 * scale)
    const auto pairs = multiScaleCropSizes(256, 192, options);
    QCOMPARE(pairs.size(), std::size_t(10));  // 4 + 3 + 3 pairs with |i - j| <= 1
    std::mt19937_64 rng(4);
    std::set<std::pair<int, int>> seenSizes;
    std::set<std::pair<int, int>> seenOffsets;
    for (int draw = 0; draw < 600; ++draw) {
        const CropWindow w = multiScaleCropWindow(256, 192, options, rng);
        const auto i = std::find(sizes.begin(), sizes.end(), w.width) - sizes.begin();
        const auto j = std::find(sizes.begin(), sizes.end(), w.height) - sizes.begin();
        QVERIFY(i < 4 && j < 4);
        QVERIFY(std::abs(i - j) <= 1);
        const int sx = (256 - w.width) / 4;
        const int sy = (192 - w.height) / 4;
        const std::set<std::pair<int, int>> corners{
            {0, 0}, {4 * sx, 0}, {0, 4 * sy}, {4 * sx, 4 * sy}, {2 * sx, 2 * sy}};
        QVERIFY(corners.count({w.x, w.y}));
        seenSizes.insert({w.width, w.height});
        if (w.width == 144 && w.height == 168)
            seenOffsets.insert({w.x, w.y});
    }
    QCOMPARE(seenSizes.size(), std::size_t(10));
    QCOMPARE(seenOffsets.size(), std::size_t(5));
    QCOMPARE(fixedCropOffsets(256, 192, 144, 168, true).size(), std::size_t(13));
    // Without fixed corners the offset is anywhere the window fits.
    options.fixedCorners = false;
    std::set<int> xs;
    for (int draw = 0; draw < 300; ++draw) {
        const CropWindow w = multiScaleCropWindow(256, 192, options, rng);
        QVERIFY(w.x + w.width <= 256 && w.y + w.height <= 192);
        xs.insert(w.x);
    }
    QVERIFY(xs.size() > 20);
}

void TestTransforms::multiScaleCropIsTheScaledWindowOnEveryFrame()
{
    const std::vector<cv::Mat> frames = indexClip(256, 192, 4);
    ClipTransformOptions options = rawOptions(192, 96);
    options.multiScaleCrop = true;
    options.horizontalFlip = true;
    const ClipTransform transform(options);
    for (std::uint64_t seed = 0; seed < 6; ++seed) {
        std::mt19937_64 rng(seed), copy(seed);
        const ClipGeometry geometry = transform.drawGeometry(frames[0].size(), true, copy);
        QVERIFY(geometry.scaleToCrop);
        const torch::Tensor clip = transform.apply(frames, true, rng);
        QCOMPARE(clip.sizes().vec(), (std::vector<std::int64_t>{3, 4, 96, 96}));
        QVERIFY(torch::allclose(clip, expectedScaled(frames, geometry.window, 96), 0, 1e-3));
    }
}

void TestTransforms::threeCropCoversLeftCentreRight()
{
    // Crop = short side: the three windows are cut without scaling, so exact.
    const ClipTransform transform(rawOptions(48, 48));
    const torch::Tensor views = transform.applyTestCrops(indexClip(64, 48, 5), 3);
    QCOMPARE(views.sizes().vec(), (std::vector<std::int64_t>{3, 3, 5, 48, 48}));
    QVERIFY(showsWindow(views[0], {0, 0, 48, 48, false}, 5));   // left
    QVERIFY(showsWindow(views[1], {8, 0, 48, 48, false}, 5));   // centre
    QVERIFY(showsWindow(views[2], {16, 0, 48, 48, false}, 5));  // right
    // Portrait frames: top, centre, bottom.
    const torch::Tensor portrait = transform.applyTestCrops(indexClip(48, 64, 5), 3);
    QVERIFY(showsWindow(portrait[0], {0, 0, 48, 48, false}, 5));
    QVERIFY(showsWindow(portrait[1], {0, 8, 48, 48, false}, 5));
    QVERIFY(showsWindow(portrait[2], {0, 16, 48, 48, false}, 5));
    // A smaller crop scales the full-short-side windows.
    const std::vector<cv::Mat> frames = indexClip(64, 48, 3);
    const torch::Tensor scaled = ClipTransform(rawOptions(48, 32)).applyTestCrops(frames, 3);
    QVERIFY(torch::allclose(scaled[2], expectedScaled(frames, {16, 0, 48, 48, false}, 32), 0, 1e-3));
}

void TestTransforms::tenCropGivesTheTenWindows()
{
    const ClipTransform transform(rawOptions(48, 40));
    const torch::Tensor views = transform.applyTestCrops(indexClip(64, 48, 4), 10);
    QCOMPARE(views.sizes().vec(), (std::vector<std::int64_t>{10, 3, 4, 40, 40}));
    // Grid steps (64 - 40) / 4 = 6 and (48 - 40) / 4 = 2: corners and centre, then mirrored.
    const std::vector<std::pair<int, int>> offsets{{0, 0}, {24, 0}, {0, 8}, {24, 8}, {12, 4}};
    for (int v = 0; v < 10; ++v) {
        const auto &[x, y] = offsets[static_cast<std::size_t>(v % 5)];
        QVERIFY2(showsWindow(views[v], {x, y, 40, 40, v >= 5}, 4), qPrintable(QString::number(v)));
    }
}

void TestTransforms::colourJitterIsOneDrawPerClip()
{
    ClipTransformOptions options = rawOptions(48, 40);
    options.colourJitter = {0.4, 0.4, 0.4, 0.1};
    const ClipTransform transform(options);
    const std::vector<cv::Mat> same(5, indexFrame(64, 48, 3));
    std::mt19937_64 rng(2), plainRng(2);
    const torch::Tensor clip = transform.apply(same, true, rng);
    for (int t = 1; t < 5; ++t)
        QVERIFY(torch::equal(clip.select(1, t), clip.select(1, 0)));
    const torch::Tensor plain = ClipTransform(rawOptions(48, 40)).apply(same, true, plainRng);
    QVERIFY(!torch::allclose(clip, plain, 0, 1.0));  // the jitter changed the colours

    // Brightness alone scales every frame of the clip by the same factor.
    ClipTransformOptions bright = rawOptions(48, 40);
    bright.colourJitter.brightness = 0.5;
    std::vector<cv::Mat> frames;
    for (int t = 0; t < 5; ++t)
        frames.emplace_back(48, 64, CV_8UC3, cv::Scalar(20 + 5 * t, 40 + 3 * t, 60 + t));
    for (std::uint64_t seed = 0; seed < 5; ++seed) {
        std::mt19937_64 r(seed);
        const torch::Tensor out = ClipTransform(bright).apply(frames, true, r);
        const double factor = out[0][0][0][0].item<float>() / 60.0;  // red of frame 0
        QVERIFY(factor >= 0.5 - 1e-6 && factor <= 1.5 + 1e-6);
        for (int t = 0; t < 5; ++t) {
            QVERIFY(std::abs(out[0][t][0][0].item<float>() - factor * (60 + t)) < 1e-3);
            QVERIFY(std::abs(out[1][t][7][9].item<float>() - factor * (40 + 3 * t)) < 1e-3);
            QVERIFY(std::abs(out[2][t][39][39].item<float>() - factor * (20 + 5 * t)) < 1e-3);
        }
    }
}

void TestTransforms::zeroColourJitterIsTheIdentity()
{
    const std::vector<cv::Mat> frames = indexClip(64, 48, 4);
    ClipTransformOptions options = rawOptions(48, 40);
    options.horizontalFlip = true;
    ClipTransformOptions zero = options;
    zero.colourJitter = {0.0, 0.0, 0.0, 0.0};
    std::mt19937_64 a(8), b(8);
    QVERIFY(torch::equal(ClipTransform(options).apply(frames, true, a),
                         ClipTransform(zero).apply(frames, true, b)));
    std::vector<cv::Mat> copy = frames;
    ColourJitter::apply(copy, ColourJitterDraw{});
    QCOMPARE(cv::norm(copy[2], frames[2], cv::NORM_INF), 0.0);
}

void TestTransforms::mixupMixesPairsWithOneLambda()
{
    torch::manual_seed(0);
    const torch::Tensor data = torch::randn({6, 3, 2, 4, 4});
    const torch::Tensor labels = torch::tensor(std::vector<std::int64_t>{0, 1, 2, 3, 4, 5});
    std::set<double> lambdas;
    for (std::uint64_t seed = 0; seed < 8; ++seed) {
        std::mt19937_64 rng(seed), again(seed);
        const MixedBatch mixed = mixupBatch(data, labels, 0.2, rng);
        QVERIFY(mixed.lambda >= 0.0 && mixed.lambda <= 1.0);
        lambdas.insert(mixed.lambda);
        const auto partner = mixed.partner;
        QVERIFY(torch::equal(std::get<0>(partner.sort()), torch::arange(6)));  // a permutation
        QVERIFY(torch::allclose(mixed.data, data * mixed.lambda +
                                                data.index_select(0, partner) * (1 - mixed.lambda),
                                1e-6, 1e-6));
        QVERIFY(torch::equal(mixed.labelsA, labels));
        QVERIFY(torch::equal(mixed.labelsB, labels.index_select(0, partner)));
        const MixedBatch same = mixupBatch(data, labels, 0.2, again);
        QCOMPARE(same.lambda, mixed.lambda);
        QVERIFY(torch::equal(same.data, mixed.data));

        const torch::Tensor soft = mixupSoftTargets(mixed, 6, 0.0);
        QVERIFY(torch::allclose(soft.sum(1), torch::ones({6})));
        for (int i = 0; i < 6; ++i) {
            const std::int64_t b = partner[i].item<std::int64_t>();
            const double onA = b == i ? 1.0 : mixed.lambda;
            QVERIFY(std::abs(soft[i][i].item<float>() - onA) < 1e-5);
            if (b != i)
                QVERIFY(std::abs(soft[i][b].item<float>() - (1 - mixed.lambda)) < 1e-5);
        }
    }
    QVERIFY(lambdas.size() > 4);
    // Label smoothing spreads epsilon over the classes.
    std::mt19937_64 rng(1);
    const MixedBatch none = mixupBatch(data, labels, 0.0, rng);
    QCOMPARE(none.lambda, 1.0);
    QVERIFY(torch::equal(none.data, data));
    const torch::Tensor smooth = mixupSoftTargets(none, 6, 0.1);
    QVERIFY(std::abs(smooth[2][2].item<float>() - (0.9 + 0.1 / 6)) < 1e-6);
    QVERIFY(std::abs(smooth[2][3].item<float>() - 0.1 / 6) < 1e-6);
}

void TestTransforms::c3dPipelineSubtractsTheBgrMean()
{
    const InputSpec spec = referenceInputSpec("c3d");
    ExperimentConfig config;
    config.model.name = "c3d";
    config.input.clipLengthFrames = spec.clipLengthFrames;
    config.input.frameInterval = spec.frameInterval;
    config.input.shortSide = spec.shortSide;
    config.input.cropSize = spec.cropSize;
    config.input.mean = spec.mean;
    config.input.std = spec.std;
    const DataPipeline pipeline = modelPipeline(config, false);
    QVERIFY(!pipeline.sampling.segments());
    QCOMPARE(pipeline.sampling.clipLengthFrames(false), 16);

    // Frames of 171 x 128 (C3D's resize): the test crop is 112 x 112 at (29, 8).
    cv::Mat frame(128, 171, CV_8UC3);
    cv::randu(frame, 0, 256);
    const std::vector<cv::Mat> frames(16, frame);
    std::mt19937_64 rng(0);
    const torch::Tensor clip = ClipTransform(pipeline.transform).apply(frames, false, rng);
    QCOMPARE(clip.sizes().vec(), (std::vector<std::int64_t>{3, 16, 112, 112}));
    const double bgrMean[3] = {90, 98, 102};
    for (int t : {0, 15})
        for (int y : {0, 50, 111})
            for (int x : {0, 77, 111})
                for (int c = 0; c < 3; ++c) {  // output RGB channel c is BGR channel 2 - c
                    const double raw = frame.at<cv::Vec3b>(8 + y, 29 + x)[2 - c];
                    QVERIFY(std::abs(clip[c][t][y][x].item<float>() - (raw - bgrMean[2 - c])) < 1e-3);
                }
}

void TestTransforms::pipelineFollowsTheInputSpec()
{
    ExperimentConfig config;
    config.input.clipLengthFrames = 3;
    config.input.cropSize = 96;
    config.input.shortSide = 112;
    InputSpec tsn;
    tsn.sampling = "segments";
    tsn.numSegments = 3;
    tsn.framesPerSegment = 1;
    tsn.trainCrop = "multiscale";
    tsn.testClips = 25;
    tsn.testCrops = 10;
    const DataPipeline train = buildDataPipeline(tsn, config, true);
    QVERIFY(train.sampling.segments());
    QCOMPARE(train.sampling.clipLengthFrames(true), 3);
    QCOMPARE(train.sampling.clipLengthFrames(false), 25);
    QVERIFY(train.transform.multiScaleCrop && train.transform.horizontalFlip);
    QCOMPARE(train.transform.cropSize, 96);
    const DataPipeline test = buildDataPipeline(tsn, config, false);
    QVERIFY(!test.transform.multiScaleCrop && !test.transform.randomCrop);
    QCOMPARE(test.testClips, 1);
    QCOMPARE(test.testCrops, 10);

    // Dense models keep the plain random crop (X3D's existing behaviour).
    const InputSpec x3d = referenceInputSpec("x3d_xs");
    config.model.name = "x3d_xs";
    const DataPipeline dense = modelPipeline(config, true);
    QVERIFY(!dense.sampling.segments());
    QVERIFY(dense.transform.randomCrop && !dense.transform.multiScaleCrop);
    QVERIFY(!dense.transform.colourJitter.enabled());
    QCOMPARE(modelPipeline(config, false).testClips, x3d.testClips);
    QCOMPARE(modelPipeline(config, false).testCrops, x3d.testCrops);

    // The test protocol names what the single-view test feeds.
    QVERIFY(validationProtocol(config).find("centred clip") != std::string::npos);

    config.model.name = "tsn_r50";  // InputSpec: 3 segments, tested on 25
    if (isKnownModel("tsn_r50"))
        QVERIFY2(validationProtocol(config).find("25 segments") != std::string::npos,
                 validationProtocol(config).c_str());

    tsn.sampling = "sparse";
    QVERIFY_THROWS_EXCEPTION(Error, buildDataPipeline(tsn, config, true));
}

void TestTransforms::datasetGivesClipsTimesCropsViews()
{
    QTemporaryDir dir;
    const std::string video = test::path(dir, "v.avi");
    {
        cv::VideoWriter writer(video, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25.0,
                               cv::Size(64, 48));
        for (int t = 0; t < 30; ++t)
            writer.write(indexFrame(64, 48, t));
    }
    const std::string pack = FrameCache::packPath(test::path(dir), 1, 48);
    FrameCache::extract(video, pack, 48);
    const std::vector<ClipSample> samples{{pack, 0, 1}};
    const ClipTransform transform(rawOptions(48, 40));

    const ClipDataset single(samples, ClipSampling(DenseClipSampler(4, 2), 1), transform, false);
    std::mt19937_64 rng(0);
    const torch::Tensor one = single.testViews(0, 1);
    QCOMPARE(one.sizes().vec(), (std::vector<std::int64_t>{1, 3, 4, 40, 40}));
    QVERIFY(torch::equal(one[0], single.get(0, rng).clip));  // the single view is get()'s

    const ClipDataset multi(samples, ClipSampling(DenseClipSampler(4, 2), 3), transform, false);
    const torch::Tensor views = multi.testViews(0, 10);
    QCOMPARE(views.sizes().vec(), (std::vector<std::int64_t>{30, 3, 4, 40, 40}));
    // View 5 of each clip is view 0 mirrored; clips differ in time (green = 10 t).
    QVERIFY(torch::equal(views[5], views[0].flip({3})));
    QVERIFY(torch::equal(views[15], views[10].flip({3})));
    const float g0 = views[0][1][0].mean().item<float>();
    const float g1 = views[10][1][0].mean().item<float>();
    const float g2 = views[20][1][0].mean().item<float>();
    QVERIFY(g0 < g1 && g1 < g2);

    // Segments: one clip of the test segments.
    const ClipDataset tsn(samples, ClipSampling(TsnSegmentSampler(3, 1), TsnSegmentSampler(5, 1)),
                          transform, false);
    QCOMPARE(tsn.testViews(0, 3).sizes().vec(), (std::vector<std::int64_t>{3, 3, 5, 40, 40}));
}

void TestTransforms::cacheFormatBenchmarkReadsEveryFormat()
{
    QTemporaryDir dir;
    const std::string video = test::path(dir, "v.avi");
    {
        cv::VideoWriter writer(video, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25.0,
                               cv::Size(64, 48));
        for (int t = 0; t < 20; ++t)
            writer.write(indexFrame(64, 48, t));
    }
    CacheFormatBenchmarkOptions options;
    options.videos = {video, video};
    options.shortSide = 24;
    options.clipLengthFrames = 4;
    options.frameInterval = 3;
    options.clipsPerVideo = 3;
    options.scratchDir = test::path(dir, "scratch");
    const std::vector<CacheFormatResult> results = benchmarkCacheFormats(options);
    QCOMPARE(results.size(), std::size_t(3));
    QCOMPARE(results[0].format, std::string("jpeg-pack"));
    QCOMPARE(results[1].format, std::string("raw-pack"));
    QCOMPARE(results[2].format, std::string("video"));
    for (const CacheFormatResult &r : results) {
        QCOMPARE(r.clips, 6);
        QVERIFY(r.clipsPerSecond > 0.0);
    }
    QCOMPARE(results[1].bytesPerFrame, 32.0 * 24.0 * 3.0);  // decoded BGR at 32 x 24
    QVERIFY(results[0].bytesPerFrame < results[1].bytesPerFrame * 2);
    options.videos = {test::path(dir, "none.avi")};
    QVERIFY_THROWS_EXCEPTION(Error, benchmarkCacheFormats(options));
}

QTEST_APPLESS_MAIN(TestTransforms)
#include "testtransforms.moc"
