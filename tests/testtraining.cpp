// Tests of the training engine: the learning-rate schedule in closed form, a run that really
// learns SynthMotion, exact resume after an interruption, and the run files it leaves.

#include <cmath>
#include <filesystem>
#include <fstream>

#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "core/common/fileutil.h"
#include "core/config/configio.h"
#include "core/infer/recognizer.h"
#include "core/project/demoproject.h"
#include "core/train/lrschedule.h"
#include "core/train/runevaluation.h"
#include "core/train/runinfo.h"
#include "core/train/trainer.h"
#include "testutil.h"

using namespace as;

namespace {

/** Records what the trainer reports, and can cancel at a chosen step. */
class Recorder final : public TrainingObserver
{
public:
    explicit Recorder(CancellationToken token = {}, std::int64_t cancelAtStep = -1)
        : m_token(std::move(token))
        , m_cancelAtStep(cancelAtStep)
    {
    }
    void onIteration(const IterationMetrics &m) override
    {
        losses.push_back(m.loss);
        if (m.globalStep == m_cancelAtStep)
            m_token.cancel();
    }
    void onEpoch(const EpochMetrics &m) override { epochs.push_back(m); }
    std::vector<double> losses;
    std::vector<EpochMetrics> epochs;

private:
    CancellationToken m_token;
    std::int64_t m_cancelAtStep;
};

std::vector<double> iterationLosses(const std::string &runDir)
{
    std::vector<double> losses;
    std::ifstream in(runDir + "/metrics.jsonl");
    for (std::string line; std::getline(in, line);) {
        const auto j = nlohmann::json::parse(line);
        if (j["type"] == "iter")
            losses.push_back(j["loss"].get<double>());
    }
    return losses;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_project;

    /** A small, fast recipe on the shared tiny demo project. */
    ExperimentConfig smallConfig(const std::string &name, int epochs) const
    {
        ExperimentConfig c = demoExperimentConfig(m_project);
        c.run.name = name;
        c.optim.epochs = epochs;
        c.input.clipLengthFrames = 8;
        c.input.frameInterval = 2;
        c.input.shortSide = 48;
        c.input.cropSize = 48;
        c.data.cacheShortSide = 48;
        c.optim.batchSize = 8;
        c.run.workers = 2;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = test::path(m_dir, "demo");
        DemoProjectOptions options;
        options.projectDir = m_project;
        options.synth.width = 64;
        options.synth.height = 48;
        options.synth.frames = 20;
        options.synth.clipsPerClass = 12;
        options.synth.testFraction = 0.25;
        options.cacheShortSide = 48;
        NullProgressObserver quiet;
        prepareDemoProject(options, quiet, CancellationToken());
        QVERIFY(isDemoProjectReady(m_project));
    }

    void scheduleMatchesClosedForm()
    {
        const WarmupCosineSchedule s(0.1, 0.01, 10, 110, 0.001);
        QCOMPARE(s.at(0), 0.01);
        QVERIFY(std::abs(s.at(5) - (0.01 + 0.09 * 0.5)) < 1e-12);
        QVERIFY(std::abs(s.at(10) - 0.1) < 1e-12);
        // half-way through the cosine part: the middle of max and min
        QVERIFY(std::abs(s.at(60) - (0.001 + 0.099 * 0.5)) < 1e-12);
        QVERIFY(std::abs(s.at(35) - (0.001 + 0.099 * 0.5 * (1 + std::cos(M_PI * 0.25)))) < 1e-12);
        QVERIFY(std::abs(s.at(110) - 0.001) < 1e-12);
        QVERIFY(std::abs(s.at(500) - 0.001) < 1e-12);
    }

    void learnsSynthMotion()
    {
        // X3D-XS needs thousands of steps to generalise from scratch (see the demo recipe), far
        // more than a unit test can afford on 2 cores. What a test can check in seconds is that
        // the whole pipeline fits a small labelled set: that needs consistent labels, working
        // gradients and an optimiser that steps. Broken learning (labels detached from their
        // clips, no gradient, a frozen model) stays at the 10 % of chance.
        QTemporaryDir dir;
        const std::string project = test::path(dir, "fit");
        DemoProjectOptions options;
        options.projectDir = project;
        options.synth.width = 64;
        options.synth.height = 48;
        options.synth.frames = 12;
        options.synth.clipsPerClass = 3;  // 2 to train, 1 to validate, per class
        options.synth.testFraction = 0.34;
        options.cacheShortSide = 48;
        NullProgressObserver quiet;
        prepareDemoProject(options, quiet, CancellationToken());

        ExperimentConfig c = smallConfig("learn", 12);
        c.data.project = project;
        c.input.clipLengthFrames = 4;
        c.input.frameInterval = 3;
        c.augment.randomCrop = false;
        // A fixed labelled set to fit: reversed clips would relabel half of each pair's clips.
        c.augment.timeReverse = false;
        c.model.dropout = 0.0;
        c.optim.batchSize = 10;
        c.optim.lr = 0.05;
        c.optim.warmupEpochs = 0.0;
        Recorder recorder;
        Trainer trainer(TrainerParams{c, {}, {}, false}, recorder, CancellationToken());
        const RunSummary summary = trainer.run();
        QVERIFY2(summary.outcome == RunOutcome::Finished, summary.error.c_str());
        QCOMPARE(summary.epochsCompleted, 12);
        QCOMPARE(static_cast<int>(recorder.epochs.size()), 12);
        qInfo("train top-1 %.3f, loss %.3f -> %.3f, val top-1 %.3f",
              recorder.epochs.back().trainTop1, recorder.epochs.front().trainLoss,
              recorder.epochs.back().trainLoss, summary.lastValTop1);
        QVERIFY(recorder.epochs.back().trainLoss < recorder.epochs.front().trainLoss * 0.5);
        QVERIFY(recorder.epochs.back().trainTop1 >= 0.7);

        // The run folder has everything a user or another tool needs.
        const std::string run = summary.runDir;
        for (const char *file : {"config.yaml", "classes.txt", "metrics.jsonl", "status.json",
                                 "checkpoints/last.pt", "checkpoints/best.pt"})
            QVERIFY2(std::filesystem::exists(run + "/" + file), file);
        const RunInfo info = readRun(run);
        QCOMPARE(info.status, std::string("finished"));
        QCOMPARE(info.epochsCompleted, 12);
        QCOMPARE(static_cast<int>(readEpochMetrics(run).size()), 12);

        // Evaluation of the best checkpoint reproduces the best validation number.
        const EvalResult eval = evaluateRun(run, true, CancellationToken());
        QVERIFY(std::abs(eval.top1 - summary.bestValTop1) < 1e-9);
        QVERIFY(eval.protocol.find("centre crop") != std::string::npos);

        // predict names classes by name, and errors on a non-video name the file.
        const Recognizer recognizer(run);
        QCOMPARE(recognizer.classNames().size(), std::size_t(10));
        const std::string clip = project + "/synthmotion/still/still_003.avi";
        const auto scores = recognizer.predictVideo(clip, 3);
        QCOMPARE(scores.size(), std::size_t(3));
        QVERIFY(scores[0].probability >= scores[1].probability);
        const std::string text = test::path(m_dir, "notes.mp4");
        std::ofstream(text) << "not a video";
        try {
            recognizer.predictVideo(text);
            QFAIL("a text file was accepted as a video");
        } catch (const Error &e) {
            QVERIFY(std::string(e.what()).find(text) != std::string::npos);
        }
    }

    void resumeContinuesTheSameCurve_data()
    {
        // Both optimisers keep their state (momentum buffers, Adam moments) in the checkpoint.
        QTest::addColumn<QString>("optimizer");
        QTest::addColumn<double>("lr");
        QTest::newRow("sgd") << QStringLiteral("sgd") << 0.05;
        QTest::newRow("adamw") << QStringLiteral("adamw") << 0.001;
    }

    void resumeContinuesTheSameCurve()
    {
        QFETCH(QString, optimizer);
        QFETCH(double, lr);
        auto config = [&](const std::string &name) {
            ExperimentConfig c = smallConfig(name + "-" + optimizer.toStdString(), 2);
            c.optim.optimizer = optimizer.toStdString();
            c.optim.lr = lr;
            c.optim.warmupStartLr = lr / 10.0;
            return c;
        };
        // Uninterrupted reference run of 2 epochs.
        Recorder full;
        const RunSummary reference =
            Trainer(TrainerParams{config("full"), {}, {}, false}, full, CancellationToken()).run();
        QVERIFY2(reference.outcome == RunOutcome::Finished, reference.error.c_str());
        const std::vector<double> expected = iterationLosses(reference.runDir);
        const int perEpoch = static_cast<int>(expected.size()) / 2;
        QVERIFY(perEpoch >= 3);

        // Same config, stopped in the middle of the second epoch.
        CancellationToken token;
        Recorder partial(token, perEpoch + perEpoch / 2);
        const RunSummary stopped =
            Trainer(TrainerParams{config("stopped"), {}, {}, false}, partial, token).run();
        QCOMPARE(int(stopped.outcome), int(RunOutcome::Cancelled));
        QCOMPARE(stopped.epochsCompleted, 1);
        QCOMPARE(readRun(stopped.runDir).status, std::string("cancelled"));

        Recorder resumed;
        const RunSummary done =
            Trainer(TrainerParams{{}, {}, stopped.runDir, true}, resumed, CancellationToken()).run();
        QVERIFY2(done.outcome == RunOutcome::Finished, done.error.c_str());
        QCOMPARE(static_cast<int>(resumed.losses.size()), perEpoch);

        // The log holds one curve, no duplicates of the interrupted epoch, equal to the
        // uninterrupted run's on the CPU.
        const std::vector<double> actual = iterationLosses(stopped.runDir);
        QCOMPARE(actual.size(), expected.size());
        for (std::size_t i = 0; i < actual.size(); ++i)
            QVERIFY2(std::abs(actual[i] - expected[i]) <= 1e-6 * std::max(1.0, std::abs(expected[i])),
                     qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i).arg(actual[i]).arg(expected[i])));
    }

    void badInputFailsWithAClearMessage()
    {
        ExperimentConfig c = smallConfig("bad", 1);
        c.data.project = test::path(m_dir, "no-such-project");
        Recorder recorder;
        const RunSummary summary = Trainer(TrainerParams{c, {}, {}, false}, recorder, CancellationToken()).run();
        QCOMPARE(int(summary.outcome), int(RunOutcome::Failed));
        QVERIFY(summary.error.find("no-such-project") != std::string::npos);

        Recorder r2;
        const RunSummary noRun = Trainer(TrainerParams{{}, {}, test::path(m_dir, "nothing"), true}, r2,
                                         CancellationToken()).run();
        QCOMPARE(int(noRun.outcome), int(RunOutcome::Failed));
        QVERIFY(noRun.error.find("nothing") != std::string::npos);
    }

    void labelSwapsMustNameProjectClasses()
    {
        ExperimentConfig c = smallConfig("swaps", 1);
        c.augment.timeReverse = true;
        c.augment.reverseLabelSwaps = {{"grow", "shrinks"}};
        Recorder recorder;
        const RunSummary summary =
            Trainer(TrainerParams{c, {}, {}, false}, recorder, CancellationToken()).run();
        QCOMPARE(int(summary.outcome), int(RunOutcome::Failed));
        QVERIFY2(summary.error.find("augment.reverse_label_swaps") != std::string::npos &&
                     summary.error.find("'shrinks'") != std::string::npos,
                 summary.error.c_str());
        QVERIFY(recorder.epochs.empty());
    }
};

QTEST_APPLESS_MAIN(TestTraining)
#include "testtraining.moc"
