// Video: probing and reading real third-party clips (shared/testdata, see its MANIFEST.md),
// clear errors for broken files, the frame cache round trip, and project-wide extraction.

#include <algorithm>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QTest>

#include "core/common/error.h"
#include "core/video/framecache.h"
#include "core/video/thumbnail.h"
#include "core/video/videoinfo.h"
#include "core/video/videoreader.h"
#include "testutil.h"

using namespace as;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(std::string)

namespace {

/** Runs `fn`, expecting an `Error` whose message and path name `path`; returns its code. */
template<typename Fn> std::string expectErrorNaming(const std::string &path, Fn &&fn)
{
    try {
        fn();
    } catch (const Error &e) {
        if (std::string(e.what()).find(path) == std::string::npos)
            return "message does not name the file: " + std::string(e.what());
        if (e.path() != path)
            return "error path is " + e.path();
        return "ok:" + e.code();
    } catch (const std::exception &e) {
        return std::string("wrong exception type: ") + e.what();
    }
    return "no error";
}

void writeFile(const std::string &path, const std::string &contents)
{
    std::ofstream out(path, std::ios::binary);
    out << contents;
}

std::vector<std::string> filesIn(const std::string &dir)
{
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

class TestVideo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeRealClips_data();
    void probeRealClips();
    void badFilesGiveErrorsNamingThem_data();
    void badFilesGiveErrorsNamingThem();
    void readerReadsToTheEnd();
    void readerRejectsMissingCameraAndStream();
    void packPathLayout();
    void cacheRoundTrip();
    void cacheOfOddVideos_data();
    void cacheOfOddVideos();
    void cacheOfUndecodableVideoFails();
    void cacheExtractionCancels();
    void corruptPackNamesIt();
    void concurrentFrameReads();
    void thumbnailOfTheMiddleFrame();
};

void TestVideo::probeRealClips_data()
{
    QTest::addColumn<std::string>("file");
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<double>("fps");
    QTest::newRow("test.mp4") << std::string("mmaction2/tests/data/test.mp4") << 300 << 340 << 256
                              << 30.0;
    // The container claims 311 frames; 310 decode.
    QTest::newRow("pancake.mkv") << std::string("decord/examples/flipping_a_pancake.mkv") << 310
                                 << 426 << 240 << 30.0;
    // No duration in the container: OpenCV's frame count is about -1.38e17.
    QTest::newRow("no_duration.webm") << std::string("moviepy/media/no_duration.webm") << 74 << 1280
                                      << 720 << 14.985;
    QTest::newRow("1x1.mp4") << std::string("moviepy/media/test_video.mp4") << 5 << 1 << 1 << 1.0;
    QTest::newRow("example.avi") << std::string("PaddleVideo/data/example.avi") << 131 << 320 << 240
                                 << 25.0;
    QTest::newRow("mjpeg.avi") << std::string("nwb-video-widgets/tests/fixtures/videos/stub_mjpeg.avi")
                               << 3 << 160 << 120 << 10.0;
    QTest::newRow("unordered.mov") << std::string("decord/tests/test_data/unordered.mov") << 4 << 50
                                   << 50 << 32.0;
    // Display-matrix rotation: OpenCV turns the frames upright, so it is portrait.
    QTest::newRow("video_90.mov") << std::string("decord/tests/test_data/video_90.mov") << 3 << 320
                                  << 568 << 30.0;
    QTest::newRow("video_180.mov") << std::string("decord/tests/test_data/video_180.mov") << 3 << 568
                                   << 320 << 30.0;
}

void TestVideo::probeRealClips()
{
    QFETCH(std::string, file);
    QFETCH(int, frames);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(double, fps);
    const VideoInfo info = probeVideo(test::testdata(file));
    QCOMPARE(info.path, test::testdata(file));
    QCOMPARE(info.frameCount, frames);
    QCOMPARE(info.width, width);
    QCOMPARE(info.height, height);
    QVERIFY2(std::abs(info.fps - fps) < 0.01, std::to_string(info.fps).c_str());
}

void TestVideo::badFilesGiveErrorsNamingThem_data()
{
    QTest::addColumn<std::string>("file");
    QTest::addColumn<bool>("opens");  // whether VideoReader opens it (and only decoding fails)
    QTest::newRow("random bytes") << test::testdata("derived/random_bytes.mp4") << false;
    QTest::newRow("truncated, moov lost")
        << test::testdata("derived/demo_truncated_40pct.mp4") << false;
    QTest::newRow("truncated, no keyframe")
        << test::testdata("derived/sample_faststart_truncated_40pct.mp4") << true;
    QTest::newRow("zero-byte webm") << test::testdata("moviepy/media/doc_medias/result.webm")
                                    << false;
    QTest::newRow("no streams") << test::testdata("pymediainfo/tests/data/mpeg4.mp4") << false;
    QTest::newRow("header-only mkv") << test::testdata("pymediainfo/tests/data/sample.mkv") << false;
    QTest::newRow("audio only")
        << test::testdata("pymediainfo/tests/data/vbr_requires_parsespeed_1.mp4") << false;
    QTest::newRow("missing") << test::testdata("derived/does_not_exist.mp4") << false;
    QTest::newRow("folder") << test::testdata("derived") << false;
}

void TestVideo::badFilesGiveErrorsNamingThem()
{
    QFETCH(std::string, file);
    QFETCH(bool, opens);
    std::string result = expectErrorNaming(file, [&] { probeVideo(file); });
    QVERIFY2(result.rfind("ok:video.", 0) == 0, result.c_str());
    if (!opens) {
        result = expectErrorNaming(file, [&] { VideoReader reader(file); });
        QVERIFY2(result.rfind("ok:video.", 0) == 0, result.c_str());
    }
    QTemporaryDir tmp;
    const std::string pack = test::path(tmp, "x.asfc");
    result = expectErrorNaming(file, [&] { FrameCache::extract(file, pack, 64); });
    QVERIFY2(result.rfind("ok:video.", 0) == 0, result.c_str());
    QVERIFY(filesIn(tmp.path().toStdString()).empty());  // no pack, no temp file left
}

void TestVideo::readerReadsToTheEnd()
{
    {
        VideoReader reader(test::testdata("mmaction2/tests/data/test.mp4"));
        QCOMPARE(reader.width(), 340);
        QCOMPARE(reader.height(), 256);
        QCOMPARE(reader.claimedFrameCount(), 300);
        QVERIFY(std::abs(reader.fps() - 30.0) < 0.01);
        QCOMPARE(reader.source(), test::testdata("mmaction2/tests/data/test.mp4"));
        int frames = 0;
        cv::Mat frame;
        while (reader.read(frame)) {
            QCOMPARE(frame.type(), CV_8UC3);
            ++frames;
        }
        QCOMPARE(frames, 300);
        QVERIFY(!reader.read(frame));  // stays at the end
    }
    {
        VideoReader reader(test::testdata("decord/examples/flipping_a_pancake.mkv"));
        QCOMPARE(reader.claimedFrameCount(), 311);  // the lie probeVideo does not believe
    }
    {
        VideoReader reader(test::testdata("moviepy/media/no_duration.webm"));
        QVERIFY(reader.claimedFrameCount() <= 0);  // -1.38e17 must not overflow into nonsense
    }
    {
        // A real corrupt file: decoding stops early instead of crashing (28 of 50 here).
        VideoReader reader(test::testdata("decord/tests/test_data/corrupted.mp4"));
        int frames = 0;
        cv::Mat frame;
        while (reader.read(frame))
            ++frames;
        QVERIFY2(frames > 0 && frames < 50, std::to_string(frames).c_str());
    }
    // The truncated AVI still decodes its first 61 of 164 frames: usable, but shorter.
    const VideoInfo truncated = probeVideo(test::testdata("derived/test_avi_truncated_40pct.avi"));
    QVERIFY2(truncated.frameCount > 0 && truncated.frameCount < 164,
             std::to_string(truncated.frameCount).c_str());
}

void TestVideo::readerRejectsMissingCameraAndStream()
{
    // No camera 97 on a test machine, and nothing listens on port 1.
    for (const std::string source : {"97", "http://127.0.0.1:1/none.mp4"}) {
        const std::string result = expectErrorNaming(source, [&] { VideoReader reader(source); });
        QVERIFY2(result == "ok:video.unreadable", result.c_str());
    }
}

void TestVideo::packPathLayout()
{
    QCOMPARE(FrameCache::packPath("/p/cache", 42, 128), std::string("/p/cache/42_s128.asfc"));
}

void TestVideo::cacheRoundTrip()
{
    QTemporaryDir tmp;
    const std::string video = test::testdata("mmaction2/tests/data/test.mp4");
    const std::string pack = FrameCache::packPath(test::path(tmp, "cache"), 7, 128);
    QCOMPARE(FrameCache::extract(video, pack, 128), 300);
    QCOMPARE(filesIn(test::path(tmp, "cache")), std::vector<std::string>{"7_s128.asfc"});

    const FrameCache cache(pack);
    QCOMPARE(cache.frameCount(), 300);
    QCOMPARE(cache.height(), 128);
    QCOMPARE(cache.width(), 170);  // 340x256 keeps its aspect ratio
    QVERIFY(std::abs(cache.fps() - 30.0) < 1e-9);
    // Compact: JPEG at 170x128 is a small fraction of the raw frames.
    QVERIFY(fs::file_size(pack) < 300ull * 170 * 128 * 3 / 5);

    // Pixels close to the decoded source at the same size (JPEG q90 only).
    VideoReader reader(video);
    cv::Mat source;
    cv::Mat resized;
    for (int i = 0; i < 300; ++i) {
        QVERIFY(reader.read(source));
        if (i % 37 != 0 && i != 299)
            continue;
        cv::resize(source, resized, cv::Size(170, 128), 0, 0, cv::INTER_AREA);
        const cv::Mat cached = cache.frame(i);
        QCOMPARE(cached.type(), CV_8UC3);
        const double meanError = cv::norm(cached, resized, cv::NORM_L1) / resized.total() / 3;
        QVERIFY2(meanError < 3.0, std::to_string(meanError).c_str());
    }

    // frames() keeps the order given, repeats included, and matches frame().
    const std::vector<int> order{5, 2, 299, 5, 0};
    const auto batch = cache.frames(order);
    QCOMPARE(batch.size(), order.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        QCOMPARE(cv::norm(batch[k], cache.frame(order[k]), cv::NORM_INF), 0.0);
    QVERIFY(cv::norm(batch[0], batch[1], cv::NORM_L1) > 0.0);  // different frames differ
    const std::string range = expectErrorNaming(pack, [&] { cache.frame(300); });
    QCOMPARE(range, std::string("ok:cache.range"));
    QVERIFY(cache.frames({}).empty());
}

void TestVideo::cacheOfOddVideos_data()
{
    QTest::addColumn<std::string>("file");
    QTest::addColumn<int>("shortSide");
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    // 1x1 pixels: the short side is scaled up, never to 0.
    QTest::newRow("1x1") << std::string("moviepy/media/test_video.mp4") << 64 << 5 << 64 << 64;
    QTest::newRow("1x1 s1") << std::string("moviepy/media/test_video.mp4") << 1 << 5 << 1 << 1;
    // A wide frame at a tiny short side still gets at least one pixel each way.
    QTest::newRow("part_0.mp4 s1")
        << std::string("mmaction2/tests/data/rawvideo_dataset/part_0.mp4") << 1 << 32 << 1 << 1;
    // Rotated portrait .mov: upright frames, short side is the width.
    QTest::newRow("video_90.mov") << std::string("decord/tests/test_data/video_90.mov") << 64 << 3
                                  << 64 << 114;
    // Truncated AVI: the 61 frames that decode are kept.
    QTest::newRow("truncated avi") << std::string("derived/test_avi_truncated_40pct.avi") << 96
                                   << 61 << 128 << 96;
    QTest::newRow("corrupted.mp4") << std::string("decord/tests/test_data/corrupted.mp4") << 72
                                   << -1 << 128 << 72;
    QTest::newRow("no_duration.webm") << std::string("moviepy/media/no_duration.webm") << 90 << 74
                                      << 160 << 90;
}

void TestVideo::cacheOfOddVideos()
{
    QFETCH(std::string, file);
    QFETCH(int, shortSide);
    QFETCH(int, frames);
    QFETCH(int, width);
    QFETCH(int, height);
    QTemporaryDir tmp;
    const std::string pack = test::path(tmp, "v.asfc");
    const int written = FrameCache::extract(test::testdata(file), pack, shortSide);
    if (frames < 0)
        QVERIFY2(written > 0 && written < 50, std::to_string(written).c_str());  // corrupted.mp4
    else
        QCOMPARE(written, frames);
    const FrameCache cache(pack);
    QCOMPARE(cache.frameCount(), written);
    QCOMPARE(cache.width(), width);
    QCOMPARE(cache.height(), height);
    const cv::Mat last = cache.frame(written - 1);
    QCOMPARE(last.cols, width);
    QCOMPARE(last.rows, height);
}

void TestVideo::cacheOfUndecodableVideoFails()
{
    QTemporaryDir tmp;
    // A text file with a video name, and an empty one.
    const std::string text = test::path(tmp, "notes.mp4");
    writeFile(text, "this is not a video, just some text\n");
    const std::string empty = test::path(tmp, "empty.mp4");
    writeFile(empty, "");
    for (const std::string &file : {text, empty}) {
        std::string result = expectErrorNaming(file, [&] { probeVideo(file); });
        QVERIFY2(result.rfind("ok:video.", 0) == 0, result.c_str());
        result = expectErrorNaming(file, [&] { VideoReader reader(file); });
        QVERIFY2(result.rfind("ok:video.", 0) == 0, result.c_str());
        result = expectErrorNaming(file, [&] {
            FrameCache::extract(file, test::path(tmp, "cache/x.asfc"), 64);
        });
        QVERIFY2(result.rfind("ok:video.", 0) == 0, result.c_str());
    }
    QCOMPARE(expectErrorNaming(empty, [&] { probeVideo(empty); }), std::string("ok:video.empty"));
    // The faststart file opens but yields no frame: an error, not an empty pack.
    const std::string noFrames = test::testdata("derived/sample_faststart_truncated_40pct.mp4");
    const std::string pack = test::path(tmp, "cache/y.asfc");
    const std::string result = expectErrorNaming(noFrames, [&] {
        FrameCache::extract(noFrames, pack, 64);
    });
    QVERIFY2(result.rfind("ok:video.", 0) == 0, result.c_str());
    QVERIFY(!fs::exists(pack));
    QVERIFY(filesIn(test::path(tmp, "cache")).empty());
}

void TestVideo::cacheExtractionCancels()
{
    QTemporaryDir tmp;
    const std::string pack = test::path(tmp, "x.asfc");
    int polls = 0;
    QVERIFY_THROWS_EXCEPTION(Cancelled,
                             FrameCache::extract(test::testdata("mmaction2/tests/data/test.mp4"),
                                                 pack, 64, [&] { return ++polls > 20; }));
    QCOMPARE(polls, 21);  // polled once per frame, stopped right away
    QVERIFY(filesIn(tmp.path().toStdString()).empty());
}

void TestVideo::corruptPackNamesIt()
{
    QTemporaryDir tmp;
    const std::string good = test::path(tmp, "good.asfc");
    QCOMPARE(FrameCache::extract(test::testdata("nwb-video-widgets/tests/fixtures/videos/stub_h264.mp4"),
                                 good, 32),
             5);
    const std::string bytes = [&] {
        std::ifstream in(good, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }();

    auto check = [&](const std::string &name, const std::string &contents, bool failsOnOpen) {
        const std::string path = test::path(tmp, name);
        writeFile(path, contents);
        std::string result;
        if (failsOnOpen) {
            result = expectErrorNaming(path, [&] { FrameCache cache(path); });
        } else {
            const FrameCache cache(path);
            result = expectErrorNaming(path, [&] { cache.frames({0, 1, 2, 3, 4}); });
        }
        QVERIFY2(result == "ok:cache.corrupt", (name + ": " + result).c_str());
    };
    check("empty.asfc", "", true);
    check("text.asfc", "hello, not a pack at all, but long enough for a header", true);
    check("magic.asfc", "ASFC0002" + bytes.substr(8), true);
    check("half.asfc", bytes.substr(0, bytes.size() / 2), true);  // payload cut: index overruns
    check("header.asfc", bytes.substr(0, 30), true);
    std::string hugeCount = bytes;
    hugeCount[11] = '\x7f';  // frame count 0x7f000005
    check("count.asfc", hugeCount, true);
    // Intact index, but a payload that is not a JPEG any more.
    std::string zeroed = bytes;
    const std::size_t payloadStart = 28 + 16 * 5;
    std::fill(zeroed.begin() + payloadStart, zeroed.begin() + payloadStart + 64, '\0');
    check("payload.asfc", zeroed, false);

    const std::string missing = test::path(tmp, "missing.asfc");
    QCOMPARE(expectErrorNaming(missing, [&] { FrameCache cache(missing); }),
             std::string("ok:cache.notfound"));
}

void TestVideo::concurrentFrameReads()
{
    QTemporaryDir tmp;
    const std::string pack = test::path(tmp, "p.asfc");
    FrameCache::extract(test::testdata("mmaction2/tests/data/rawvideo_dataset/part_0.mp4"), pack, 64);
    const FrameCache cache(pack);
    std::vector<cv::Mat> expected;
    for (int i = 0; i < cache.frameCount(); ++i)
        expected.push_back(cache.frame(i));
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 5; ++round) {
                for (int i = 0; i < cache.frameCount(); ++i) {
                    const int index = (i * 7 + t) % cache.frameCount();
                    if (cv::norm(cache.frame(index), expected[index], cv::NORM_INF) != 0.0)
                        ++mismatches;
                }
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestVideo::thumbnailOfTheMiddleFrame()
{
    QTemporaryDir tmp;
    const std::string cache = test::path(tmp, "cache");
    const std::string file = thumbnailPath(cache, 12);
    QCOMPARE(file, cache + "/thumbnails/12.jpg");
    const std::string video = test::testdata("mmaction2/tests/data/test.mp4");
    QVERIFY(!isThumbnailFresh(file, video));

    makeThumbnail(video, file, 96, 300);  // the folder is created
    QVERIFY(isThumbnailFresh(file, video));
    const cv::Mat thumbnail = cv::imread(file);
    QCOMPARE(thumbnail.cols, 96);
    QCOMPARE(thumbnail.rows, 72);  // 340x256 keeps its aspect ratio

    // It is frame 150 of 300, not the first one.
    VideoReader reader(video);
    cv::Mat frame;
    cv::Mat first;
    cv::Mat middle;
    for (int i = 0; i <= 150 && reader.read(frame); ++i) {
        if (i == 0)
            cv::resize(frame, first, thumbnail.size(), 0, 0, cv::INTER_AREA);
        if (i == 150)
            cv::resize(frame, middle, thumbnail.size(), 0, 0, cv::INTER_AREA);
    }
    QVERIFY(cv::norm(thumbnail, middle, cv::NORM_L1) < cv::norm(thumbnail, first, cv::NORM_L1));

    // Without a count hint: the container's claim (311 for 310 frames) is survived.
    makeThumbnail(test::testdata("decord/examples/flipping_a_pancake.mkv"),
                  test::path(tmp, "pancake.jpg"), 64);
    QCOMPARE(cv::imread(test::path(tmp, "pancake.jpg")).cols, 64);

    // Errors name the video.
    const std::string missing = test::path(tmp, "missing.mp4");
    QCOMPARE(expectErrorNaming(missing, [&] { makeThumbnail(missing, file, 96); }),
             std::string("ok:video.notfound"));
    const std::string junk = test::path(tmp, "junk.mp4");
    writeFile(junk, "not a video at all");
    QCOMPARE(expectErrorNaming(junk, [&] { makeThumbnail(junk, file, 96); }).substr(0, 9),
             std::string("ok:video."));
}

QTEST_APPLESS_MAIN(TestVideo)
#include "testvideo.moc"
