// SynthMotion: the written files and lists, determinism, and that every class really moves the
// way its name says (measured on the decoded videos, not on the generator's parameters).

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QTest>

#include "core/common/error.h"
#include "core/data/synthmotion.h"
#include "core/data/synthmotionrender.h"
#include "core/video/videoinfo.h"
#include "core/video/videoreader.h"
#include "testutil.h"

using namespace as;
namespace fs = std::filesystem;

namespace {

constexpr double kPi = 3.14159265358979323846;

/** Records progress calls to check their order and count. */
class RecordingObserver final : public ProgressObserver
{
public:
    void onProgress(const std::string &stage, std::int64_t done, std::int64_t total) override
    {
        stages.push_back(stage);
        dones.push_back(done);
        lastTotal = total;
    }
    std::vector<std::string> stages;
    std::vector<std::int64_t> dones;
    std::int64_t lastTotal = -1;
};

/** Cancels its token after `after` progress calls. */
class CancellingObserver final : public ProgressObserver
{
public:
    CancellingObserver(CancellationToken token, int after)
        : m_token(std::move(token))
        , m_after(after)
    {
    }
    void onProgress(const std::string &, std::int64_t, std::int64_t) override
    {
        if (++m_calls > m_after)
            m_token.cancel();
    }

private:
    CancellationToken m_token;
    int m_after;
    int m_calls = 0;
};

std::vector<std::string> readLines(const std::string &path)
{
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::vector<cv::Mat> decodeAll(const std::string &path)
{
    VideoReader reader(path);
    std::vector<cv::Mat> frames;
    cv::Mat frame;
    while (reader.read(frame))
        frames.push_back(frame.clone());
    return frames;
}

/** Where the shape is in one frame, found as the pixels that differ from the bare background. */
struct Blob
{
    double area = 0.0;
    double cx = 0.0;
    double cy = 0.0;
    double axis = 0.0;  // principal axis angle, radians, mod pi; grows clockwise (y down)
};

Blob findShape(const cv::Mat &frame, const cv::Mat &background)
{
    cv::Mat diff;
    cv::absdiff(frame, background, diff);
    std::vector<cv::Mat> channels;
    cv::split(diff, channels);
    cv::Mat sum;
    channels[0].convertTo(sum, CV_32F);
    cv::Mat tmp;
    channels[1].convertTo(tmp, CV_32F);
    sum += tmp;
    channels[2].convertTo(tmp, CV_32F);
    sum += tmp;
    cv::Mat mask = sum > 60.0f;  // the shape's colour is >= ~110 away from the background
    const cv::Moments m = cv::moments(mask, true);
    Blob blob;
    blob.area = m.m00;
    if (m.m00 > 0) {
        blob.cx = m.m10 / m.m00;
        blob.cy = m.m01 / m.m00;
        blob.axis = 0.5 * std::atan2(2.0 * m.mu11, m.mu20 - m.mu02);
    }
    return blob;
}

/** Blobs of every frame of `frames` against the shapeless rendering of the same clip. */
std::vector<Blob> track(const std::vector<cv::Mat> &frames, const SynthMotionOptions &options,
                        int cls, int clip)
{
    const auto backgrounds = renderSynthMotionClip(options, cls, clip, false);
    std::vector<Blob> blobs;
    for (std::size_t t = 0; t < frames.size(); ++t)
        blobs.push_back(findShape(frames[t], backgrounds[t]));
    return blobs;
}

/** Total signed rotation of the principal axis over the clip, degrees (unwrapped mod 180). */
double totalRotationDegrees(const std::vector<Blob> &blobs)
{
    double total = 0.0;
    for (std::size_t t = 1; t < blobs.size(); ++t) {
        double d = blobs[t].axis - blobs[t - 1].axis;
        while (d > kPi / 2)
            d -= kPi;
        while (d < -kPi / 2)
            d += kPi;
        total += d;
    }
    return total * 180.0 / kPi;
}

SynthMotionOptions smallOptions(const std::string &dir)
{
    SynthMotionOptions options;
    options.outputDir = dir;
    options.seed = 42;
    options.width = 128;
    options.height = 96;
    options.frames = 16;
    options.clipsPerClass = 3;
    options.testFraction = 0.34;  // round(1.02) = 1 test clip per class
    return options;
}

} // namespace

class TestSynth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classesInOrder();
    void writesTreeAndLists();
    void decodedFramesAreDeterministic();
    void motionMatchesClass();
    void pairsShareSingleFrameDistribution();
    void blinkAndStill();
    void shapeStaysInsideCentreCrop();
    void unwritableFolderNamesIt();
    void cancelStopsBetweenClips();
    void demoDefaultHasItsSplit();
};

void TestSynth::classesInOrder()
{
    const std::vector<std::string> expected{"move_left", "move_right", "move_up", "move_down",
                                            "rotate_cw", "rotate_ccw", "grow", "shrink",
                                            "blink", "still"};
    QVERIFY(synthMotionClasses() == expected);
}

void TestSynth::writesTreeAndLists()
{
    QTemporaryDir tmp;
    const SynthMotionOptions options = smallOptions(test::path(tmp, "synth"));
    RecordingObserver observer;
    generateSynthMotion(options, observer, CancellationToken());

    QCOMPARE(observer.lastTotal, std::int64_t(30));
    QCOMPARE(observer.dones.back(), std::int64_t(30));
    QVERIFY(std::is_sorted(observer.dones.begin(), observer.dones.end()));
    QVERIFY(std::all_of(observer.stages.begin(), observer.stages.end(),
                        [](const std::string &s) { return s == "synth"; }));

    const auto classInd = readLines(options.outputDir + "/classInd.txt");
    QCOMPARE(classInd.size(), std::size_t(10));
    QCOMPARE(classInd.front(), std::string("1 move_left"));
    QCOMPARE(classInd.back(), std::string("10 still"));
    const auto train = readLines(options.outputDir + "/trainlist01.txt");
    const auto test = readLines(options.outputDir + "/testlist01.txt");
    QCOMPARE(train.size(), std::size_t(20));
    QCOMPARE(test.size(), std::size_t(10));
    QCOMPARE(train[0], std::string("move_left/move_left_001.avi 1"));
    QCOMPARE(train[1], std::string("move_left/move_left_002.avi 1"));
    QCOMPARE(train[19], std::string("still/still_002.avi 10"));
    QCOMPARE(test[0], std::string("move_left/move_left_003.avi"));
    QCOMPARE(test[9], std::string("still/still_003.avi"));

    // Every listed clip exists and decodes to the requested size and length.
    int files = 0;
    for (const auto &entry : fs::recursive_directory_iterator(options.outputDir)) {
        if (entry.is_regular_file() && entry.path().extension() == ".avi") {
            ++files;
            QVERIFY2(entry.path().filename().string()[0] != '.', "a partial file was left");
        }
    }
    QCOMPARE(files, 30);
    for (const auto &line : test) {
        const VideoInfo info = probeVideo(options.outputDir + "/" + line);
        QCOMPARE(info.frameCount, options.frames);
        QCOMPARE(info.width, 128);
        QCOMPARE(info.height, 96);
        QVERIFY(std::abs(info.fps - 25.0) < 0.01);
    }
}

void TestSynth::decodedFramesAreDeterministic()
{
    QTemporaryDir tmp;
    SynthMotionOptions a = smallOptions(test::path(tmp, "a"));
    a.clipsPerClass = 1;
    a.testFraction = 0.0;
    SynthMotionOptions b = a;
    b.outputDir = test::path(tmp, "b");
    SynthMotionOptions c = a;
    c.outputDir = test::path(tmp, "c");
    c.seed = 43;
    NullProgressObserver none;
    generateSynthMotion(a, none, CancellationToken());
    generateSynthMotion(b, none, CancellationToken());
    generateSynthMotion(c, none, CancellationToken());
    for (const std::string cls : {"rotate_cw", "blink"}) {
        const std::string clip = "/" + cls + "/" + cls + "_001.avi";
        const auto fa = decodeAll(a.outputDir + clip);
        const auto fb = decodeAll(b.outputDir + clip);
        const auto fc = decodeAll(c.outputDir + clip);
        QCOMPARE(fa.size(), std::size_t(16));
        QCOMPARE(fb.size(), fa.size());
        QCOMPARE(fc.size(), fa.size());
        for (std::size_t t = 0; t < fa.size(); ++t) {
            QCOMPARE(cv::norm(fa[t], fb[t], cv::NORM_INF), 0.0);
            QVERIFY(cv::norm(fa[t], fc[t], cv::NORM_L1) / fa[t].total() > 5.0);
        }
    }
    // The in-memory rendering is deterministic too, and differs between clips.
    const auto r1 = renderSynthMotionClip(a, 0, 5);
    const auto r2 = renderSynthMotionClip(a, 0, 5);
    const auto r3 = renderSynthMotionClip(a, 0, 6);
    QCOMPARE(cv::norm(r1[3], r2[3], cv::NORM_INF), 0.0);
    QVERIFY(cv::norm(r1[3], r3[3], cv::NORM_INF) > 0.0);
}

void TestSynth::motionMatchesClass()
{
    QTemporaryDir tmp;
    SynthMotionOptions options = smallOptions(test::path(tmp, "synth"));
    options.frames = 32;
    options.clipsPerClass = 4;
    NullProgressObserver none;
    generateSynthMotion(options, none, CancellationToken());
    const auto &classes = synthMotionClasses();

    for (int cls = 0; cls < 8; ++cls) {
        for (int clip = 0; clip < options.clipsPerClass; ++clip) {
            char name[64];
            std::snprintf(name, sizeof name, "/%s/%s_%03d.avi", classes[cls].c_str(),
                          classes[cls].c_str(), clip + 1);
            const auto frames = decodeAll(options.outputDir + name);
            QCOMPARE(frames.size(), std::size_t(32));
            const auto blobs = track(frames, options, cls, clip);
            for (const Blob &b : blobs)
                QVERIFY2(b.area > 60.0, name);  // always visible except in blink
            const double dx = blobs.back().cx - blobs.front().cx;
            const double dy = blobs.back().cy - blobs.front().cy;
            const double growth = blobs.back().area / blobs.front().area;
            const double rotation = totalRotationDegrees(blobs);
            const QByteArray what = QByteArray(name) + " dx=" + QByteArray::number(dx)
                                    + " dy=" + QByteArray::number(dy) + " growth="
                                    + QByteArray::number(growth) + " rot="
                                    + QByteArray::number(rotation);
            const double w = options.width;
            const double h = options.height;
            switch (cls) {
            case 0:  // move_left: 35–50 % of the width, no vertical drift
                QVERIFY2(dx < -0.32 * w && dx > -0.53 * w && std::abs(dy) < 2.0, what.constData());
                break;
            case 1:
                QVERIFY2(dx > 0.32 * w && dx < 0.53 * w && std::abs(dy) < 2.0, what.constData());
                break;
            case 2:  // move_up: y points down in images
                QVERIFY2(dy < -0.32 * h && dy > -0.53 * h && std::abs(dx) < 2.0, what.constData());
                break;
            case 3:
                QVERIFY2(dy > 0.32 * h && dy < 0.53 * h && std::abs(dx) < 2.0, what.constData());
                break;
            case 4:  // rotate_cw: 120–240 degrees, the axis angle grows clockwise on screen
                QVERIFY2(rotation > 100.0 && rotation < 260.0, what.constData());
                break;
            case 5:
                QVERIFY2(rotation < -100.0 && rotation > -260.0, what.constData());
                break;
            case 6:  // grow: linear factor 2.0–2.8, so the area grows 4–7.8 times
                QVERIFY2(growth > 3.2 && growth < 9.0, what.constData());
                break;
            case 7:
                QVERIFY2(growth < 1.0 / 3.2 && growth > 1.0 / 9.0, what.constData());
                break;
            }
            // Translation classes move steadily: each step goes the same way.
            if (cls < 4) {
                int against = 0;
                for (std::size_t t = 1; t < blobs.size(); ++t) {
                    const double step = cls < 2 ? blobs[t].cx - blobs[t - 1].cx
                                                : blobs[t].cy - blobs[t - 1].cy;
                    const bool forward = cls == 1 || cls == 3;
                    if ((forward && step < -0.3) || (!forward && step > 0.3))
                        ++against;
                }
                QVERIFY2(against == 0, what.constData());
            }
            // A reversed move_left clip moves like move_right, a reversed cw like ccw.
            if (cls == 0 || cls == 4) {
                std::vector<Blob> reversed(blobs.rbegin(), blobs.rend());
                if (cls == 0)
                    QVERIFY(reversed.back().cx - reversed.front().cx > 0.32 * w);
                else
                    QVERIFY(totalRotationDegrees(reversed) < -100.0);
            }
        }
    }
}

void TestSynth::pairsShareSingleFrameDistribution()
{
    // Over many clips, where the shape is (any frame) has the same distribution for both
    // classes of a pair, while where it starts differs: the order alone tells them apart.
    SynthMotionOptions options = smallOptions({});
    options.frames = 16;
    const int clips = 60;
    struct Stats
    {
        double meanX = 0, meanY = 0, meanArea = 0, firstX = 0, firstY = 0, firstArea = 0;
    };
    auto stats = [&](int cls) {
        Stats s;
        for (int clip = 0; clip < clips; ++clip) {
            const auto frames = renderSynthMotionClip(options, cls, clip);
            const auto blobs = track(frames, options, cls, clip);
            for (const Blob &b : blobs) {
                s.meanX += b.cx / (clips * blobs.size());
                s.meanY += b.cy / (clips * blobs.size());
                s.meanArea += b.area / (clips * blobs.size());
            }
            s.firstX += blobs.front().cx / clips;
            s.firstY += blobs.front().cy / clips;
            s.firstArea += blobs.front().area / clips;
        }
        return s;
    };
    const Stats left = stats(0), right = stats(1), up = stats(2), down = stats(3);
    const Stats grow = stats(6), shrink = stats(7);
    qInfo("left/right mean x %.1f/%.1f, first x %.1f/%.1f; up/down mean y %.1f/%.1f; "
          "grow/shrink mean area %.0f/%.0f, first area %.0f/%.0f",
          left.meanX, right.meanX, left.firstX, right.firstX, up.meanY, down.meanY,
          grow.meanArea, shrink.meanArea, grow.firstArea, shrink.firstArea);
    // Independent samples: allow a few pixels of sampling noise (std of a clip's mean ~15 px).
    QVERIFY(std::abs(left.meanX - right.meanX) < 6.0);
    QVERIFY(std::abs(up.meanY - down.meanY) < 5.0);
    QVERIFY(std::abs(grow.meanArea - shrink.meanArea) < 0.15 * grow.meanArea);
    QVERIFY(left.firstX - right.firstX > 0.2 * options.width);
    QVERIFY(down.firstY - up.firstY < -0.2 * options.height);
    QVERIFY(shrink.firstArea > 2.0 * grow.firstArea);
}

void TestSynth::shapeStaysInsideCentreCrop()
{
    // The default frames are square and every shape keeps a margin, so the test transform's
    // centre crop (64 of 72, 8/9 of the side) never cuts away what a clip is about.
    SynthMotionOptions options;  // the defaults the demo project uses
    QCOMPARE(options.width, options.height);
    const double lo = options.width / 18.0;  // (1 - 8/9) / 2 of the side
    const double hi = options.width - lo;
    for (int cls = 0; cls < 10; ++cls) {
        for (int clip = 0; clip < 6; ++clip) {
            const auto frames = renderSynthMotionClip(options, cls, clip);
            const auto backgrounds = renderSynthMotionClip(options, cls, clip, false);
            for (std::size_t t = 0; t < frames.size(); ++t) {
                cv::Mat diff;
                cv::absdiff(frames[t], backgrounds[t], diff);
                cv::Mat gray;
                cv::cvtColor(diff, gray, cv::COLOR_BGR2GRAY);
                const cv::Rect box = cv::boundingRect(gray > 20);
                if (box.area() == 0)
                    continue;  // blink's dark frames
                const QByteArray what = synthMotionClasses()[cls].c_str() + QByteArray(" clip ")
                                        + QByteArray::number(clip) + " frame "
                                        + QByteArray::number(int(t));
                QVERIFY2(box.x >= lo && box.y >= lo && box.x + box.width <= hi
                             && box.y + box.height <= hi,
                         what.constData());
            }
        }
    }
}

void TestSynth::blinkAndStill()
{
    SynthMotionOptions options = smallOptions({});
    options.frames = 32;
    for (int clip = 0; clip < 6; ++clip) {
        const auto blink = track(renderSynthMotionClip(options, 8, clip), options, 8, clip);
        int hidden = 0;
        int shown = 0;
        int toggles = 0;
        for (std::size_t t = 0; t < blink.size(); ++t) {
            hidden += blink[t].area < 5.0;
            shown += blink[t].area > 60.0;
            if (t > 0 && (blink[t].area < 5.0) != (blink[t - 1].area < 5.0))
                ++toggles;
        }
        QCOMPARE(hidden + shown, 32);  // nothing half-visible
        QVERIFY(hidden >= 8 && shown >= 8);
        // A period of 3–7 frames over 32 frames toggles between 4 and 11 times.
        QVERIFY2(toggles >= 4 && toggles <= 11, QByteArray::number(toggles).constData());
        // The demo recipe sees 4 frames 10 apart: whatever the start, the blink shows in them.
        for (std::size_t start = 0; start + 30 < blink.size(); ++start) {
            int hiddenSeen = 0;
            for (std::size_t t = start; t <= start + 30; t += 10)
                hiddenSeen += blink[t].area < 5.0;
            QVERIFY2(hiddenSeen > 0 && hiddenSeen < 4, QByteArray::number(int(start)).constData());
        }

        const auto frames = renderSynthMotionClip(options, 9, clip);
        const auto still = track(frames, options, 9, clip);
        for (const Blob &b : still) {
            QVERIFY(b.area > 60.0);
            QVERIFY(std::abs(b.cx - still[0].cx) < 0.3 && std::abs(b.cy - still[0].cy) < 0.3);
            QVERIFY(std::abs(b.area - still[0].area) < 0.03 * still[0].area);
        }
        // Still, but not frozen: the per-frame noise makes every frame different.
        const double change = cv::norm(frames[0], frames[1], cv::NORM_L1) / frames[0].total() / 3;
        QVERIFY(change > 0.5 && change < 4.0);
    }
}

void TestSynth::unwritableFolderNamesIt()
{
    QTemporaryDir tmp;
    const std::string file = test::path(tmp, "plain.txt");
    std::ofstream(file) << "not a folder";
    SynthMotionOptions options = smallOptions(file + "/synth");
    NullProgressObserver none;
    try {
        generateSynthMotion(options, none, CancellationToken());
        QFAIL("no error for an unwritable folder");
    } catch (const Error &e) {
        QVERIFY2(std::string(e.what()).find(options.outputDir) != std::string::npos, e.what());
        QCOMPARE(e.path(), options.outputDir);
    }
}

void TestSynth::cancelStopsBetweenClips()
{
    QTemporaryDir tmp;
    const SynthMotionOptions options = smallOptions(test::path(tmp, "synth"));
    CancellationToken token;
    CancellingObserver observer(token, 4);  // cancels in the call after clip 4
    QVERIFY_THROWS_EXCEPTION(Cancelled, generateSynthMotion(options, observer, token));
    int files = 0;
    for (const auto &entry : fs::recursive_directory_iterator(options.outputDir))
        files += entry.is_regular_file();
    QCOMPARE(files, 4);  // the clips before the flag; no lists, no partial file
    QVERIFY(!fs::exists(options.outputDir + "/trainlist01.txt"));
}

void TestSynth::demoDefaultHasItsSplit()
{
    QTemporaryDir tmp;
    SynthMotionOptions options;  // the demo default: 10 classes x 80 clips x 32 frames, 96x96
    options.outputDir = test::path(tmp, "synth");
    NullProgressObserver none;
    const auto start = std::chrono::steady_clock::now();
    generateSynthMotion(options, none, CancellationToken());
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // Printed, not asserted: these machines are shared and timing asserts would be flaky.
    qInfo("SynthMotion demo default (800 clips x 32 frames, 96x96): %.2f s", seconds);
    QCOMPARE(readLines(options.outputDir + "/trainlist01.txt").size(), std::size_t(600));
    QCOMPARE(readLines(options.outputDir + "/testlist01.txt").size(), std::size_t(200));
}

QTEST_APPLESS_MAIN(TestSynth)
#include "testsynth.moc"
