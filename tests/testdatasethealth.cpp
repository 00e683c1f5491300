// Before a run: the dataset health check (core/project/datasethealth.h) and the time and
// memory estimate (core/train/runestimate.h), on a tiny SynthMotion demo project with
// injected problems.

#include <QTemporaryDir>
#include <QtTest>

#include "core/project/datasethealth.h"
#include "core/project/demoproject.h"
#include "core/project/project.h"
#include "core/train/runestimate.h"
#include "testutil.h"

using namespace as;

namespace {

/** The demo at 64×48, 16 frames at 25 fps, four clips per class (three train, one test). */
DemoProjectOptions tinyDemo(const std::string &dir)
{
    DemoProjectOptions options;
    options.projectDir = dir;
    options.synth.width = 64;
    options.synth.height = 48;
    options.synth.frames = 16;
    options.synth.clipsPerClass = 4;
    options.synth.testFraction = 0.25;
    options.cacheShortSide = 48;
    return options;
}

/** The demo recipe cut down to seconds: 4 frames every 2nd (a 7-frame span), 32 px crops. */
ExperimentConfig tinyConfig(const std::string &dir)
{
    ExperimentConfig config = demoExperimentConfig(dir);
    config.optim.epochs = 3;
    config.optim.batchSize = 8;
    config.input.clipLengthFrames = 4;
    config.input.frameInterval = 2;
    config.input.cropSize = 32;
    config.input.shortSide = 48;
    config.run.threads = 2;
    return config;
}

/** Cancels its token as soon as the measurement stage reports. */
class CancelOnMeasure final : public ProgressObserver
{
public:
    explicit CancelOnMeasure(CancellationToken token)
        : m_token(std::move(token))
    {
    }
    void onProgress(const std::string &stage, std::int64_t, std::int64_t) override
    {
        if (stage == "measure")
            m_token.cancel();
    }

private:
    CancellationToken m_token;
};

} // namespace

class TestDatasetHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requiredFramesFollowsTheSampler();
    void findsEveryInjectedProblem();
    void histogramsCountEveryVideo();
    void skipRemovesTheUnusableVideos();
    void badPatternAndCancel();
    void estimateMeasuresRealIterations();
    void estimateCancels();

private:
    std::int64_t inject(const std::string &name, int frames, VideoStatus status, Subset subset,
                        const std::string &error = {});

    QTemporaryDir m_dir;
    std::string m_project;
    int m_demoVideos = 0;
    std::int64_t m_broken = 0;
    std::int64_t m_short = 0;
};

std::int64_t TestDatasetHealth::inject(const std::string &name, int frames, VideoStatus status,
                                       Subset subset, const std::string &error)
{
    Project project = Project::open(m_project);
    VideoRecord record;
    record.path = m_project + "/injected/" + name;
    record.classId = project.classes().front().id;
    record.fps = status == VideoStatus::Error ? 0.0 : 25.0;
    record.frameCount = status == VideoStatus::Error ? 0 : frames;
    record.width = status == VideoStatus::Error ? 0 : 64;
    record.height = status == VideoStatus::Error ? 0 : 48;
    record.status = status;
    record.error = error;
    const std::int64_t id = project.upsertVideo(record);
    project.setSubset(1, id, subset);
    return id;
}

void TestDatasetHealth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = test::path(m_dir, "demo");
    NullProgressObserver observer;
    prepareDemoProject(tinyDemo(m_project), observer, CancellationToken());
    m_demoVideos = static_cast<int>(Project::open(m_project).videos().size());
    QCOMPARE(m_demoVideos, 40);
    m_broken = inject("broken.avi", 0, VideoStatus::Error, Subset::Train,
                      "broken.avi: no frame could be decoded");
    m_short = inject("v_Jump_g01_c01.avi", 3, VideoStatus::Ready, Subset::Train);
    inject("v_Jump_g01_c02.avi", 16, VideoStatus::Ready, Subset::Test); // same group: a leak
}

void TestDatasetHealth::requiredFramesFollowsTheSampler()
{
    ExperimentConfig config = tinyConfig(m_project);
    QCOMPARE(requiredFrames(config), 7); // frames 0, 2, 4, 6
    config.input.frameInterval = 1;
    QCOMPARE(requiredFrames(config), 4);
    config.model.name = "tsn_r50";
    config.input.clipLengthFrames = 3;
    config.input.frameInterval = 5; // segments ignore the interval
    QCOMPARE(requiredFrames(config), 3);
}

void TestDatasetHealth::findsEveryInjectedProblem()
{
    NullProgressObserver observer;
    const DatasetHealth health
        = checkDatasetHealth(m_project, 1, requiredFrames(tinyConfig(m_project)),
                             kUcf101GroupPattern, observer, CancellationToken());
    QCOMPARE(health.videoCount, m_demoVideos + 3);
    QCOMPARE(health.minFrames, 7);

    QCOMPARE(health.undecodable.size(), std::size_t(1));
    QCOMPARE(health.undecodable[0].id, m_broken);
    QCOMPARE(health.undecodable[0].error, std::string("broken.avi: no frame could be decoded"));
    QCOMPARE(health.tooShort.size(), std::size_t(1));
    QCOMPARE(health.tooShort[0].id, m_short);
    QCOMPARE(health.tooShort[0].frames, 3);

    // Balance: 3 train and 1 test per class; the first class has the short video (train) and
    // its partner (test) on top, the broken video is left out as training leaves it out.
    QCOMPARE(health.balance.size(), std::size_t(2));
    const SubsetBalance &train = health.balance[0];
    QCOMPARE(train.subset, Subset::Train);
    QCOMPARE(train.classNames.size(), std::size_t(10));
    QCOMPARE(train.counts.front(), 4);
    QCOMPARE(train.counts.back(), 3);
    QCOMPARE(train.imbalanceRatio, 4.0 / 3.0);
    QCOMPARE(train.emptyClasses, 0);
    QCOMPARE(health.balance[1].counts.front(), 2);
    QCOMPARE(health.balance[1].imbalanceRatio, 2.0);

    // Leakage: only the injected pair matches UCF101's pattern; the demo's names do not.
    QCOMPARE(health.leakedGroups.size(), std::size_t(1));
    QCOMPARE(health.leakedGroups[0].group, std::string("01"));
    QCOMPARE(health.leakedGroups[0].trainVideos.size(), std::size_t(1));
    QVERIFY(health.leakedGroups[0].trainVideos[0].find("g01_c01") != std::string::npos);
    QCOMPARE(health.leakedGroups[0].testVideos.size(), std::size_t(1));
    QVERIFY(health.leakedGroups[0].testVideos[0].find("g01_c02") != std::string::npos);
    QCOMPARE(health.ungrouped, m_demoVideos + 1);

    QCOMPARE(health.problemCount(), 3);
}

void TestDatasetHealth::histogramsCountEveryVideo()
{
    NullProgressObserver observer;
    const DatasetHealth health
        = checkDatasetHealth(m_project, 1, 7, kUcf101GroupPattern, observer, CancellationToken());
    for (const Histogram *h : {&health.fps, &health.durationSeconds, &health.shortSide}) {
        QCOMPARE(h->total(), health.videoCount);
        QCOMPARE(h->unknown, 1); // the broken video has no probe values
        for (const HistogramBin &bin : h->bins)
            QVERIFY(bin.lower < bin.upper);
    }
    // Every probed video runs at 25 fps, is 48 px on its short side and 0.12 or 0.64 s long.
    QCOMPARE(health.fps.bins.size(), std::size_t(1));
    QCOMPARE(health.fps.bins[0].label, std::string("25"));
    QCOMPARE(health.fps.bins[0].count, health.videoCount - 1);
    QCOMPARE(health.shortSide.bins.size(), std::size_t(1));
    QCOMPARE(health.shortSide.bins[0].label, std::string("0–119"));
    QCOMPARE(health.durationSeconds.bins[0].label, std::string("0–1"));
    QCOMPARE(health.durationSeconds.bins[0].count, health.videoCount - 1);
}

void TestDatasetHealth::skipRemovesTheUnusableVideos()
{
    NullProgressObserver observer;
    const DatasetHealth before
        = checkDatasetHealth(m_project, 1, 7, kUcf101GroupPattern, observer, CancellationToken());
    const std::vector<std::int64_t> ids = before.unusableVideoIds();
    QCOMPARE(ids, (std::vector<std::int64_t> {m_broken, m_short}));
    skipVideos(m_project, 1, ids);

    const Project project = Project::open(m_project);
    QCOMPARE(project.subset(1, m_broken), Subset::Unused);
    QCOMPARE(project.subset(1, m_short), Subset::Unused);
    for (const VideoRecord &v : project.videosIn(1, Subset::Train))
        QVERIFY(v.id != m_short && v.id != m_broken);
    QCOMPARE(project.videosIn(1, Subset::Train).size(), std::size_t(30));

    const DatasetHealth after
        = checkDatasetHealth(m_project, 1, 7, kUcf101GroupPattern, observer, CancellationToken());
    QVERIFY(after.undecodable.empty());
    QVERIFY(after.tooShort.empty());
    QVERIFY(after.leakedGroups.empty()); // the train half of the group went with the short video
    QCOMPARE(after.videoCount, m_demoVideos + 1);
    QCOMPARE(after.problemCount(), 0);
}

void TestDatasetHealth::badPatternAndCancel()
{
    NullProgressObserver observer;
    try {
        checkDatasetHealth(m_project, 1, 7, "_g([0-9]+", observer, CancellationToken());
        QFAIL("an invalid pattern was accepted");
    } catch (const Error &e) {
        QCOMPARE(e.code(), std::string("health.pattern"));
    }
    CancellationToken token;
    token.cancel();
    QVERIFY_THROWS_EXCEPTION(
        Cancelled, checkDatasetHealth(m_project, 1, 7, kUcf101GroupPattern, observer, token));
}

void TestDatasetHealth::estimateMeasuresRealIterations()
{
    const ExperimentConfig config = tinyConfig(m_project);
    NullProgressObserver observer;
    const RunEstimate estimate = estimateRun(config, m_project, 2, observer, CancellationToken());
    QVERIFY(estimate.fits);
    QVERIFY(estimate.suggestion.empty());
    QCOMPARE(estimate.measuredIterations, 2);
    QVERIFY(estimate.secondsPerIteration > 0.0);
    // 30 training videos in batches of 8, the last partial batch dropped as the trainer does.
    QCOMPARE(estimate.trainVideos, 30);
    QCOMPARE(estimate.iterationsPerEpoch, 30 / 8);
    QCOMPARE(estimate.secondsPerEpoch, estimate.secondsPerIteration * 3);
    QCOMPARE(estimate.totalSeconds, estimate.secondsPerEpoch * config.optim.epochs);
    QVERIFY(estimate.peakMemoryBytes > 0);
    QVERIFY(estimate.availableMemoryBytes > 0);
    QVERIFY(estimate.device.rfind("cpu", 0) == 0);
}

void TestDatasetHealth::estimateCancels()
{
    CancellationToken token;
    CancelOnMeasure observer(token);
    QVERIFY_THROWS_EXCEPTION(Cancelled,
                             estimateRun(tinyConfig(m_project), m_project, 2, observer, token));
}

QTEST_APPLESS_MAIN(TestDatasetHealth)
#include "testdatasethealth.moc"
