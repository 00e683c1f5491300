// Training from labelled segments (issue 7): segments and the background class as training
// samples, clips drawn only inside a sample's frames, and the export of segments as mmaction2
// lists of cut clips.

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>
#include <torch/torch.h>

#include "core/common/fileutil.h"
#include "core/config/experimentconfig.h"
#include "core/data/clipdataset.h"
#include "core/data/synthmotionsequence.h"
#include "core/project/project.h"
#include "core/project/segmentclipexport.h"
#include "core/train/backgroundsamples.h"
#include "core/train/trainer.h"
#include "core/train/trainingsetup.h"
#include "core/video/framecache.h"
#include "core/video/videoreader.h"
#include "testutil.h"

using namespace as;

namespace {

VideoRecord makeVideo(const std::string &path, int frames, std::int64_t classId = 0)
{
    VideoRecord v;
    v.path = path;
    v.fps = 25.0;
    v.frameCount = frames;
    v.width = 48;
    v.height = 32;
    v.classId = classId;
    v.status = VideoStatus::Ready;
    return v;
}

SegmentRecord makeSegment(std::int64_t video, int start, int end, std::int64_t classId,
                          SegmentSource source = SegmentSource::Manual)
{
    SegmentRecord s;
    s.videoId = video;
    s.startFrame = start;
    s.endFrame = end;
    s.classId = classId;
    s.source = source;
    s.confidence = source == SegmentSource::Model ? 0.9 : -1.0;
    return s;
}

/** Samples as "video:first-end=label ..." (end -1: to the end of the video). */
QString describe(const std::vector<ClipSample> &samples)
{
    QStringList list;
    for (const ClipSample &s : samples)
        list << QStringLiteral("%1:%2-%3=%4")
                    .arg(s.videoId)
                    .arg(s.firstFrame)
                    .arg(s.endFrame)
                    .arg(s.label);
    return list.join(QLatin1Char(' '));
}

/** The expected form of describe(), from std::strings. */
QString expect(const std::vector<std::string> &parts)
{
    QStringList list;
    for (const std::string &part : parts)
        list << QString::fromStdString(part);
    return list.join(QLatin1Char(' '));
}

/** Grey level of frame `i` of the grey test video: its index times 3, so a pixel names it. */
constexpr int kGreyStep = 3;
constexpr int kGreyFrames = 85;

/** An MJPG video of uniform frames whose grey level is kGreyStep × the frame index. */
void writeGreyVideo(const std::string &path)
{
    cv::VideoWriter writer(path, cv::CAP_FFMPEG, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25.0,
                           cv::Size(48, 32), true);
    QVERIFY(writer.isOpened());
    for (int i = 0; i < kGreyFrames; ++i)
        writer.write(cv::Mat(32, 48, CV_8UC3, cv::Scalar::all(kGreyStep * i)));
}

/** The frame index each time step of `clip` [3, T, H, W] shows (mean 0, std 1 pipeline). */
std::vector<int> framesShown(const torch::Tensor &clip)
{
    const torch::Tensor levels = clip.mean({0, 2, 3}) * 255.0; // [T]
    std::vector<int> frames;
    for (std::int64_t t = 0; t < levels.size(0); ++t) {
        const double level = levels[t].item<double>();
        const int frame = static_cast<int>(std::lround(level / kGreyStep));
        if (std::abs(level - kGreyStep * frame) > 1.2)
            return {}; // not a clean grey frame: fail the caller's check
        frames.push_back(frame);
    }
    return frames;
}

bool allIn(const std::vector<int> &frames, int first, int end)
{
    return !frames.empty()
        && std::all_of(frames.begin(), frames.end(), [&](int f) { return f >= first && f < end; });
}

QString joined(const std::vector<int> &values)
{
    QStringList list;
    for (int v : values)
        list << QString::number(v);
    return list.join(QLatin1Char(','));
}

/** Mean absolute difference of two BGR frames, per channel value. */
double meanAbsDiff(const cv::Mat &a, const cv::Mat &b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return 1e9;
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    const cv::Scalar m = cv::mean(diff);
    return (m[0] + m[1] + m[2]) / 3.0;
}

/** Every frame of a video, read with the project's reader. */
std::vector<cv::Mat> readAll(const std::string &path)
{
    VideoReader reader(path);
    std::vector<cv::Mat> frames;
    cv::Mat frame;
    while (reader.read(frame))
        frames.push_back(frame.clone());
    return frames;
}

} // namespace

class TestSegmentTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesFromSegments()
    {
        QTemporaryDir dir;
        Project p = Project::create(test::path(dir, "p"));
        const std::int64_t wave = p.addClass("wave");
        const std::int64_t jump = p.addClass("jump");
        // v1: a long recording labelled by segments, with an unassigned segment and a proposal.
        const std::int64_t v1 = p.upsertVideo(makeVideo("/rec/long.mp4", 250));
        p.addSegment(makeSegment(v1, 10, 40, wave));
        p.addSegment(makeSegment(v1, 50, 60, 0));
        p.addSegment(makeSegment(v1, 70, 100, jump, SegmentSource::Model));
        p.addSegment(makeSegment(v1, 120, 180, jump));
        // v2: labelled as a whole (UCF101); v3: a whole-video class refined by a segment.
        const std::int64_t v2 = p.upsertVideo(makeVideo("/rec/clip.mp4", 80, wave));
        const std::int64_t v3 = p.upsertVideo(makeVideo("/rec/both.mp4", 80, jump));
        p.addSegment(makeSegment(v3, 0, 30, wave));
        // v4: a test video; v5: a video in error; v6: only a proposal.
        const std::int64_t v4 = p.upsertVideo(makeVideo("/rec/test.mp4", 100));
        p.addSegment(makeSegment(v4, 5, 25, jump));
        const std::int64_t v5 = p.upsertVideo(makeVideo("/rec/broken.mp4", 100));
        p.addSegment(makeSegment(v5, 5, 25, jump));
        p.setVideoStatus(v5, VideoStatus::Error, "cannot decode");
        const std::int64_t v6 = p.upsertVideo(makeVideo("/rec/proposed.mp4", 100));
        p.addSegment(makeSegment(v6, 5, 25, jump, SegmentSource::Model));
        for (std::int64_t v : {v1, v2, v3, v5, v6})
            p.setSubset(1, v, Subset::Train);
        p.setSubset(1, v4, Subset::Test);

        ExperimentConfig config;
        config.data.split = 1;
        const auto id = [](std::int64_t v) { return std::to_string(v); };
        QCOMPARE(describe(projectSamples(p, config, Subset::Train)),
                 expect({id(v1) + ":10-40=0", id(v1) + ":120-180=1", id(v2) + ":0--1=0",
                         id(v3) + ":0-30=0"}));
        const std::vector<ClipSample> test = projectSamples(p, config, Subset::Test);
        QCOMPARE(describe(test), expect({id(v4) + ":5-25=1"}));
        QCOMPARE(test.front().packPath, FrameCache::packPath(p.cacheDir(), v4, 128));
        // Without the option, no class is added.
        QCOMPARE(runClassNames(p, config), std::vector<std::string>({"wave", "jump"}));
    }

    void datasetSamplesInsideRange()
    {
        QTemporaryDir dir;
        const std::string video = test::path(dir, "grey.avi");
        writeGreyVideo(video);
        const std::string pack = test::path(dir, "grey.pack");
        QCOMPARE(FrameCache::extract(video, pack, 32), kGreyFrames);

        ClipTransformOptions transform;
        transform.shortSide = 32;
        transform.cropSize = 32;
        transform.mean = {0.0, 0.0, 0.0};
        transform.std = {1.0, 1.0, 1.0};
        struct Case
        {
            const char *name;
            ClipSampling sampling;
        };
        const std::vector<Case> cases = {
            {"dense 8x2", ClipSampling(DenseClipSampler(8, 2), 3)},
            {"dense 8x4 (longer than the range)", ClipSampling(DenseClipSampler(8, 4), 2)},
            {"segments 3/5", ClipSampling(TsnSegmentSampler(3, 1), TsnSegmentSampler(5, 1))},
        };
        ClipSample inside;
        inside.packPath = pack;
        inside.firstFrame = 40;
        inside.endFrame = 60;
        ClipSample shortRange = inside; // shorter than any clip: loops inside the range
        shortRange.firstFrame = 80;
        shortRange.endFrame = 83;
        ClipSample whole;
        whole.packPath = pack;
        const std::vector<std::pair<int, int>> ranges = {{40, 60}, {80, 83}, {0, kGreyFrames}};

        for (const Case &c : cases) {
            for (const bool train : {true, false}) {
                const ClipDataset dataset({inside, shortRange, whole}, c.sampling,
                                          ClipTransform(transform), train);
                std::mt19937_64 rng(7);
                std::set<int> seen; // frames drawn from the 20-frame range
                for (std::size_t i = 0; i < dataset.size(); ++i) {
                    const auto [first, end] = ranges[i];
                    for (int draw = 0; draw < (train ? 30 : 1); ++draw) {
                        ClipDraw drawn;
                        const LabelledClip clip = dataset.get(i, rng, &drawn);
                        const std::vector<int> shown = framesShown(clip.clip);
                        QVERIFY2(allIn(drawn.indices, first, end),
                                 qPrintable(QStringLiteral("%1 sample %2: %3")
                                                .arg(QLatin1String(c.name))
                                                .arg(i)
                                                .arg(joined(drawn.indices))));
                        QVERIFY2(shown == drawn.indices,
                                 qPrintable(QStringLiteral("%1: shown %2, drawn %3")
                                                .arg(QLatin1String(c.name))
                                                .arg(joined(shown), joined(drawn.indices))));
                        if (i == 0)
                            seen.insert(drawn.indices.begin(), drawn.indices.end());
                    }
                    if (train)
                        continue;
                    const torch::Tensor views = dataset.testViews(i, 1); // [V, 3, T, H, W]
                    QVERIFY(views.size(0) >= 1);
                    for (std::int64_t v = 0; v < views.size(0); ++v) {
                        const std::vector<int> shown = framesShown(views[v]);
                        QVERIFY2(allIn(shown, first, end),
                                 qPrintable(QStringLiteral("%1 view %2 of sample %3: %4")
                                                .arg(QLatin1String(c.name))
                                                .arg(v)
                                                .arg(i)
                                                .arg(joined(shown))));
                    }
                }
                // Training draws reach both ends of the range, not only its start.
                if (train && std::string(c.name) == "dense 8x2")
                    QVERIFY2(*seen.begin() <= 42 && *seen.rbegin() >= 57,
                             qPrintable(
                                 QStringLiteral("%1..%2").arg(*seen.begin()).arg(*seen.rbegin())));
            }
        }
        // A range past the pack's end (the pack a frame shorter than the probe) is clamped.
        ClipSample past = inside;
        past.firstFrame = 84;
        past.endFrame = 90;
        const SampleRange range = sampleRange(past, kGreyFrames);
        QCOMPARE(range.first, 84);
        QCOMPARE(range.count, 1);
    }

    void backgroundPiecesRule()
    {
        // 25 fps, a clip span of 15 frames: margin 6, pieces of 100 frames (4 s).
        const BackgroundRule rule = backgroundRule(25.0, 15);
        QCOMPARE(rule.minFrames, 15);
        QCOMPARE(rule.marginFrames, 6);
        QCOMPARE(rule.pieceFrames, 100);
        const std::vector<SegmentRecord> segments
            = {makeSegment(1, 400, 420, 2, SegmentSource::Model), // a proposal still covers
               makeSegment(1, 100, 150, 1), makeSegment(1, 170, 200, 2)};
        // Gaps: [0, 94), [156, 164) too short, [206, 394), [426, 1000) in 5 pieces.
        const std::vector<FrameSpan> pieces = backgroundPieces(segments, 1000, rule);
        const std::vector<FrameSpan> expected
            = {{0, 94}, {206, 394}, {426, 540}, {540, 655}, {655, 770}, {770, 885}, {885, 1000}};
        QCOMPARE(pieces.size(), expected.size());
        for (std::size_t i = 0; i < pieces.size(); ++i)
            QVERIFY2(
                pieces[i] == expected[i],
                qPrintable(
                    QStringLiteral("%1: %2-%3").arg(i).arg(pieces[i].first).arg(pieces[i].end)));
        // A video without segments is one long stretch; a fully covered one has none.
        QCOMPARE(backgroundPieces({}, 50, rule).size(), std::size_t(1));
        QCOMPARE(backgroundPieces({makeSegment(1, 0, 50, 1)}, 50, rule).size(), std::size_t(0));

        // The cap: the mean count of the action classes that have samples, rounded up.
        std::vector<ClipSample> actions(5);
        actions[3].label = 1;
        actions[4].label = 1; // 3 of class 0, 2 of class 1
        QCOMPARE(backgroundCap(actions), std::size_t(3));
        QCOMPARE(backgroundCap({}), std::size_t(0));
        std::vector<ClipSample> many(7);
        for (int i = 0; i < 7; ++i)
            many[static_cast<std::size_t>(i)].firstFrame = i;
        const std::vector<ClipSample> kept = keepEvenly(many, 3);
        QCOMPARE(describe(kept), expect({"0:1--1=0", "0:3--1=0", "0:5--1=0"}));
    }

    void backgroundSamples()
    {
        QTemporaryDir dir;
        Project p = Project::create(test::path(dir, "p"));
        const std::int64_t wave = p.addClass("wave");
        const std::int64_t jump = p.addClass("jump");
        // vA: reviewed, the layout of backgroundPiecesRule (7 pieces).
        const std::int64_t vA = p.upsertVideo(makeVideo("/rec/a.mp4", 1000));
        p.addSegment(makeSegment(vA, 100, 150, wave));
        p.addSegment(makeSegment(vA, 170, 200, jump));
        p.addSegment(makeSegment(vA, 400, 420, jump, SegmentSource::Model));
        p.setVideoReviewed(vA, true);
        // vB: not reviewed, so its gaps may hold unlabelled actions; vC: a whole-video class.
        const std::int64_t vB = p.upsertVideo(makeVideo("/rec/b.mp4", 1000));
        p.addSegment(makeSegment(vB, 0, 50, wave));
        const std::int64_t vC = p.upsertVideo(makeVideo("/rec/c.mp4", 1000, jump));
        p.setVideoReviewed(vC, true);
        for (std::int64_t v : {vA, vB, vC})
            p.setSubset(1, v, Subset::Train);

        ExperimentConfig config;
        config.model.name = "x3d_xs";
        config.input.clipLengthFrames = 8;
        config.input.frameInterval = 2;
        QCOMPARE(modelPipeline(config, true).sampling.spanFrames(true), 15);
        config.data.backgroundClass = true;
        const std::vector<ClipSample> samples = projectSamples(p, config, Subset::Train);
        const std::string a = std::to_string(vA);
        // 4 action samples of 2 classes: background capped at 2, spread over the 7 pieces.
        QCOMPARE(describe(samples),
                 expect({a + ":100-150=0", a + ":170-200=1", std::to_string(vB) + ":0-50=0",
                         std::to_string(vC) + ":0--1=1", a + ":206-394=2", a + ":770-885=2"}));
        QCOMPARE(runClassNames(p, config),
                 std::vector<std::string>({"wave", "jump", "background"}));

        // A project class named "background" (stretches labelled by hand) is the label used.
        const std::int64_t background = p.addClass("background");
        p.addSegment(makeSegment(vB, 600, 700, background));
        const std::vector<ClipSample> withClass = projectSamples(p, config, Subset::Train);
        QCOMPARE(runClassNames(p, config),
                 std::vector<std::string>({"wave", "jump", "background"}));
        int backgroundCount = 0;
        for (const ClipSample &s : withClass)
            backgroundCount += s.label == 2 ? 1 : 0;
        QCOMPARE(backgroundCount, 1 + 2); // the hand-labelled one, plus the capped gaps
    }

    void exportsClipLists()
    {
        QTemporaryDir dir;
        // A recording of three actions, 20 frames each, and a second recording for testing.
        SynthSequenceOptions sequence;
        sequence.outputPath = test::path(dir, "videos/take one.avi");
        sequence.synth.width = 64;
        sequence.synth.height = 48;
        sequence.synth.frames = 12;
        sequence.synth.clipsPerClass = 1;
        sequence.segments = {{"move_left", 0.8}, {"still", 0.8}, {"move_right", 0.8}};
        const SynthSequence take = writeSynthMotionSequence(sequence);
        QCOMPARE(take.frameCount, std::int64_t(60));

        Project p = Project::create(test::path(dir, "p"));
        const std::int64_t left = p.addClass("move left");
        const std::int64_t right = p.addClass("move_right");
        VideoRecord record = makeVideo(take.path, 60);
        record.width = 64;
        record.height = 48;
        const std::int64_t v1 = p.upsertVideo(record);
        p.addSegment(makeSegment(v1, 0, 20, left));
        p.addSegment(makeSegment(v1, 20, 40, 0)); // no class yet: not a label
        p.addSegment(makeSegment(v1, 43, 57, right));
        const std::int64_t v2
            = p.upsertVideo(makeVideo(test::path(dir, "videos/whole.avi"), 50, right));
        const std::int64_t v3 = p.upsertVideo(makeVideo(test::path(dir, "videos/other.avi"), 50));
        p.addSegment(makeSegment(v3, 10, 30, left, SegmentSource::Model)); // a proposal
        p.setSubset(1, v1, Subset::Train);
        p.setSubset(1, v2, Subset::Test);
        p.setSubset(1, v3, Subset::Train);

        // The lists alone.
        SegmentClipExportOptions options;
        options.outDir = test::path(dir, "out");
        NullProgressObserver quiet;
        SegmentClipExportReport report = exportSegmentClips(p, options, quiet);
        QCOMPARE(report.train, 2);
        QCOMPARE(report.val, 1);
        QCOMPARE(report.clipsWritten, 0);
        QCOMPARE(report.files.size(), std::size_t(4));
        const std::string out = options.outDir + "/";
        QCOMPARE(readFile(out + "label_map.txt"), std::string("move left\nmove_right\n"));
        QCOMPARE(readFile(out + "train.txt"),
                 std::string("clips/move_left/take_one_0_20.avi 0\n"
                             "clips/move_right/take_one_43_57.avi 1\n"));
        QCOMPARE(readFile(out + "val.txt"), test::path(dir, "videos/whole.avi") + " 1\n");
        QCOMPARE(readFile(out + "clips.csv"),
                 "clip,video,start_s,end_s,start_frame,end_frame,label,subset\n"
                 "clips/move_left/take_one_0_20.avi,"
                     + take.path
                     + ",0.000,0.800,0,20,move left,"
                       "train\n"
                       "clips/move_right/take_one_43_57.avi,"
                     + take.path
                     + ",1.720,2.280,43,57,"
                       "move_right,train\n"
                     + test::path(dir, "videos/whole.avi") + ","
                     + test::path(dir, "videos/whole.avi") + ",0.000,2.000,0,50,move_right,val\n");
        // The whole video's path holds no space; the clip names lost theirs.
        QVERIFY(report.problems.empty());

        // With the clips cut: each has exactly its frames, matching the source's.
        options.writeClips = true;
        report = exportSegmentClips(p, options, quiet);
        QCOMPARE(report.clipsWritten, 2);
        QVERIFY(report.problems.empty());
        const std::vector<cv::Mat> source = readAll(take.path);
        QCOMPARE(static_cast<int>(source.size()), 60);
        for (const auto &[name, first, end] :
             {std::tuple<std::string, int, int> {"clips/move_left/take_one_0_20.avi", 0, 20},
              {"clips/move_right/take_one_43_57.avi", 43, 57}}) {
            const std::vector<cv::Mat> clip = readAll(out + name);
            QCOMPARE(static_cast<int>(clip.size()), end - first);
            VideoReader reader(out + name);
            QCOMPARE(reader.width(), 64);
            QCOMPARE(reader.height(), 48);
            QVERIFY(std::abs(reader.fps() - 25.0) < 1e-3);
            double worst = 0.0;
            double worstOther = 1e9; // the neighbouring frames must differ more
            for (int i = 0; i < end - first; ++i) {
                const cv::Mat &original = source[static_cast<std::size_t>(first + i)];
                worst = std::max(worst, meanAbsDiff(clip[static_cast<std::size_t>(i)], original));
                if (first + i + 1 < 60)
                    worstOther
                        = std::min(worstOther,
                                   meanAbsDiff(clip[static_cast<std::size_t>(i)],
                                               source[static_cast<std::size_t>(first + i + 1)]));
            }
            qInfo("%s: worst mean abs diff %.2f (to the next frame at least %.2f)", name.c_str(),
                  worst, worstOther);
            QVERIFY2(worst < 3.0, qPrintable(QString::number(worst)));
            QVERIFY(worstOther > worst);
        }
        // No partial files are left next to the clips.
        for (const auto &entry : std::filesystem::recursive_directory_iterator(out + "clips"))
            QVERIFY2(entry.path().filename().string().front() != '.',
                     entry.path().string().c_str());

        // A clip its video cannot give (the file is gone) is reported and left out.
        std::filesystem::rename(take.path, take.path + ".moved");
        report = exportSegmentClips(p, options, quiet);
        QCOMPARE(report.clipsWritten, 0);
        QCOMPARE(report.train, 0);
        QCOMPARE(report.problems.size(), std::size_t(2));
        QVERIFY(report.problems.front().message.find(take.path) != std::string::npos);

        // An export folder that cannot be created names it.
        writeFileAtomically(test::path(dir, "file"), "x");
        options.outDir = test::path(dir, "file/out");
        try {
            exportSegmentClips(p, options, quiet);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(std::string(e.what()).find(options.outDir) != std::string::npos, e.what());
            QCOMPARE(e.info().path, options.outDir);
        }
    }

    void trainsFromSegmentsWithBackground()
    {
        // One recording, labelled only by segments: three actions, four times each, with
        // 1.2 s of "still" between them that the review leaves unlabelled: background.
        QTemporaryDir dir;
        SynthSequenceOptions sequence;
        sequence.outputPath = test::path(dir, "recording.avi");
        sequence.synth.width = 64;
        sequence.synth.height = 48;
        sequence.synth.frames = 12;
        sequence.synth.clipsPerClass = 1;
        for (int round = 0; round < 4; ++round)
            for (const char *action : {"move_left", "grow", "blink"}) {
                sequence.segments.push_back({action, 0.6});
                sequence.segments.push_back({"still", 1.2});
            }
        const SynthSequence take = writeSynthMotionSequence(sequence);

        const std::string projectDir = test::path(dir, "p");
        {
            Project p = Project::create(projectDir);
            std::map<std::string, std::int64_t> classes;
            for (const char *action : {"move_left", "grow", "blink"})
                classes[action] = p.addClass(action);
            VideoRecord record = makeVideo(take.path, static_cast<int>(take.frameCount));
            record.width = take.width;
            record.height = take.height;
            const std::int64_t video = p.upsertVideo(record);
            for (const SynthSegment &truth : take.segments)
                if (truth.className != "still")
                    p.addSegment(makeSegment(video, static_cast<int>(truth.startFrame),
                                             static_cast<int>(truth.endFrame),
                                             classes.at(truth.className)));
            p.setVideoReviewed(video, true);
            p.setSubset(1, video, Subset::Train);
        }

        ExperimentConfig c;
        c.data.project = projectDir;
        c.data.backgroundClass = true;
        c.data.cacheShortSide = 32;
        c.model.name = "x3d_xs";
        c.model.dropout = 0.0;
        c.input.clipLengthFrames = 4;
        c.input.frameInterval = 3;
        c.input.shortSide = 32;
        c.input.cropSize = 32;
        c.augment.randomCrop = false;
        c.augment.horizontalFlip = false;
        c.optim.epochs = 10;
        c.optim.batchSize = 8;
        c.optim.lr = 0.05;
        c.optim.warmupEpochs = 0.0;
        c.run.name = "segments";
        c.run.workers = 2;
        c.eval.finalTest = false;
        torch::manual_seed(1);

        const Project project = Project::open(projectDir);
        const std::vector<ClipSample> samples = projectSamples(project, c, Subset::Train);
        int background = 0;
        for (const ClipSample &sample : samples)
            background += sample.label == 3 ? 1 : 0;
        QCOMPARE(static_cast<int>(samples.size()), 12 + 4); // mean of 4 per class
        QCOMPARE(background, 4);

        struct Epochs final : TrainingObserver
        {
            void onEpoch(const EpochMetrics &m) override { epochs.push_back(m); }
            std::vector<EpochMetrics> epochs;
        } recorder;
        Trainer trainer(TrainerParams {c, {}, {}, false}, recorder, CancellationToken());
        const RunSummary summary = trainer.run();
        QVERIFY2(summary.outcome == RunOutcome::Finished, summary.error.c_str());
        QCOMPARE(static_cast<int>(recorder.epochs.size()), 10);
        double seconds = 0.0;
        for (const EpochMetrics &m : recorder.epochs)
            seconds += m.seconds;
        qInfo("train top-1 %.3f, loss %.3f -> %.3f, %.1f s in epochs",
              recorder.epochs.back().trainTop1, recorder.epochs.front().trainLoss,
              recorder.epochs.back().trainLoss, seconds);
        QVERIFY(recorder.epochs.back().trainLoss < recorder.epochs.front().trainLoss * 0.7);
        QVERIFY(recorder.epochs.back().trainTop1 >= 0.5); // chance: 0.25
        QCOMPARE(readFile(summary.runDir + "/classes.txt"),
                 std::string("move_left\ngrow\nblink\nbackground\n"));
    }
};

QTEST_APPLESS_MAIN(TestSegmentTraining)
#include "testsegmenttraining.moc"
