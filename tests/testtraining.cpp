// Tests of the training engine: a run that really learns SynthMotion, its final multi-view
// test, exact resume after an interruption (with every training trick on), the checkpoint
// policy, distillation, and the run files it leaves. Schedules, losses and logs have their own
// tests (testschedules, testlosses, testrunlogs).

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "core/common/fileutil.h"
#include "core/config/configio.h"
#include "core/infer/recognizer.h"
#include "core/project/demoproject.h"
#include "core/models/modelregistry.h"
#include "core/models/videomodel.h"
#include "core/project/project.h"
#include "core/train/checkpoint.h"
#include "core/train/runevaluation.h"
#include "core/train/runinfo.h"
#include "core/train/trainer.h"
#include "core/train/trainingsetup.h"
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

/** The validation loss of each epoch in the run's log (computed with the EMA weights when on). */
std::vector<double> validationLosses(const std::string &runDir)
{
    std::vector<double> losses;
    std::ifstream in(runDir + "/metrics.jsonl");
    for (std::string line; std::getline(in, line);) {
        const auto j = nlohmann::json::parse(line);
        if (j["type"] == "epoch")
            losses.push_back(j["val_loss"].get<double>());
    }
    return losses;
}

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
        c.eval.finalTest = false;
        return c;
    }

    /**
     * The final test of `run`: 10 test videos seen as 2 clips x 3 crops; its report agrees with
     * itself, and the first video's probabilities are the average of the softmax of its six
     * views, recomputed here from the best checkpoint.
     */
    void checkFinalTest(const std::string &run, const RunSummary &summary)
    {
        QVERIFY2(summary.testProtocol.find("2 clips x 3 crops") != std::string::npos,
                 summary.testProtocol.c_str());
        const auto report = nlohmann::json::parse(readFile(run + "/test/summary.json"));
        QCOMPARE(report["samples"].get<int>(), 10);
        QCOMPARE(report["top1"].get<double>(), summary.testTop1);
        QCOMPARE(report["protocol"].get<std::string>(), summary.testProtocol);
        QCOMPARE(report["per_class"].size(), std::size_t(10));
        const RunInfo info = readRun(run);
        QVERIFY(info.hasTest);
        QCOMPARE(info.testTop1, summary.testTop1);

        // confusion.csv: a header and one row per class whose counts add up to the videos.
        std::ifstream confusion(run + "/test/confusion.csv");
        std::string line;
        std::getline(confusion, line);
        int rows = 0;
        int total = 0;
        int diagonal = 0;
        while (std::getline(confusion, line)) {
            std::stringstream fields(line);
            std::string field;
            std::getline(fields, field, ',');
            for (int column = 0; std::getline(fields, field, ','); ++column) {
                total += std::stoi(field);
                diagonal += column == rows ? std::stoi(field) : 0;
            }
            ++rows;
        }
        QCOMPARE(rows, 10);
        QCOMPARE(total, 10);
        QVERIFY(std::abs(diagonal / 10.0 - summary.testTop1) < 1e-9);

        // predictions.csv row 1 against the views averaged by hand.
        std::ifstream predictions(run + "/test/predictions.csv");
        std::getline(predictions, line);
        QVERIFY(line.rfind("video,label,predicted,confidence,correct,top5,p_", 0) == 0);
        std::getline(predictions, line);
        std::vector<std::string> fields;
        std::stringstream row(line);
        for (std::string field; std::getline(row, field, ',');)
            fields.push_back(field);
        QCOMPARE(fields.size(), std::size_t(6 + 10));

        const ExperimentConfig config = loadConfig(run + "/config.yaml");
        const Project project = Project::open(config.data.project);
        const std::vector<ClipSample> samples = projectSamples(project, config, Subset::Test);
        QCOMPARE(samples.size(), std::size_t(10));
        QVERIFY2(fields[0].find(".avi") != std::string::npos, fields[0].c_str());
        const auto dataset = makeDataset(samples, config, false);
        const torch::Tensor views = dataset->testViews(0, 3);
        QCOMPARE(views.size(0), std::int64_t(6));
        const std::shared_ptr<VideoModelImpl> model = createModel(modelBuildOptions(config));
        loadCheckpoint(run + "/checkpoints/best.pt", *model, nullptr);
        model->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor mean = torch::softmax(model->forward(views), 1).mean(0);
        for (int c = 0; c < 10; ++c)
            QVERIFY2(std::abs(std::stod(fields[6 + c]) - mean[c].item<double>()) < 2e-6,
                     qPrintable(QStringLiteral("class %1: %2 vs %3").arg(c)
                                    .arg(QString::fromStdString(fields[6 + c]))
                                    .arg(mean[c].item<double>())));
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
        options.synth.clipsPerClass = 8;   // 6 to train, 2 to validate: 7 steps an epoch
        options.synth.testFraction = 0.25;
        options.cacheShortSide = 48;
        NullProgressObserver quiet;
        prepareDemoProject(options, quiet, CancellationToken());
        QVERIFY(isDemoProjectReady(m_project));
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
        c.eval.finalTest = true;
        c.eval.testClips = 2;
        c.eval.testCrops = 3;
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
                                 "iterations.csv", "epochs.csv", "checkpoints/last.pt",
                                 "checkpoints/best.pt", "test/summary.json", "test/confusion.csv",
                                 "test/predictions.csv"})
            QVERIFY2(std::filesystem::exists(run + "/" + file), file);
        checkFinalTest(run, summary);
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
        // Every trick that carries state or draws random numbers: Mix-up's λ and partners,
        // the weight average, precise BN's batches, accumulated gradients, a step schedule.
        QTest::newRow("all-tricks") << QStringLiteral("tricks") << 0.05;
    }

    void resumeContinuesTheSameCurve()
    {
        QFETCH(QString, optimizer);
        QFETCH(double, lr);
        auto config = [&](const std::string &name) {
            ExperimentConfig c = smallConfig(name + "-" + optimizer.toStdString(), 2);
            c.optim.optimizer = optimizer == QStringLiteral("tricks") ? "sgd" : optimizer.toStdString();
            c.optim.lr = lr;
            c.optim.warmupStartLr = lr / 10.0;
            if (optimizer == QStringLiteral("tricks")) {
                c.augment.mixupAlpha = 0.2;
                c.loss.labelSmoothing = 0.1;
                c.optim.nesterov = true;
                c.optim.noWeightDecayNormBias = true;
                c.optim.classifierLrMult = 5;
                c.optim.classifierBiasLrMult = 10;
                c.optim.schedule = "multistep";
                c.optim.milestones = {1.5};
                c.optim.gradClipNorm = 1.0;
                c.optim.accumulateSteps = 2;
                c.tricks.emaDecay = 0.9;
                c.tricks.preciseBnBatches = 2;
            }
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
        // Validation sees the evaluated weights (the restored weight average, precise BN
        // statistics): equal too.
        const std::vector<double> expectedVal = validationLosses(reference.runDir);
        const std::vector<double> actualVal = validationLosses(stopped.runDir);
        QCOMPARE(actualVal.size(), std::size_t(2));
        QCOMPARE(actualVal.size(), expectedVal.size());
        for (std::size_t i = 0; i < actualVal.size(); ++i)
            QVERIFY2(std::abs(actualVal[i] - expectedVal[i]) <= 1e-6 * std::max(1.0, expectedVal[i]),
                     qPrintable(QStringLiteral("epoch %1: %2 vs %3").arg(i).arg(actualVal[i]).arg(expectedVal[i])));
    }

    void channelsLastTrainsTheSame()
    {
        // The same run in channels-last memory order computes the same losses (to float
        // rounding): only the layout of weights and clips changes.
        ExperimentConfig c = smallConfig("contiguous", 1);
        Recorder plain;
        const RunSummary a = Trainer(TrainerParams{c, {}, {}, false}, plain, CancellationToken()).run();
        QVERIFY2(a.outcome == RunOutcome::Finished, a.error.c_str());
        c.run.name = "channels-last";
        c.tricks.channelsLast = true;
        Recorder last;
        const RunSummary b = Trainer(TrainerParams{c, {}, {}, false}, last, CancellationToken()).run();
        QVERIFY2(b.outcome == RunOutcome::Finished, b.error.c_str());
        QCOMPARE(last.losses.size(), plain.losses.size());
        for (std::size_t i = 0; i < std::min<std::size_t>(3, plain.losses.size()); ++i)
            QVERIFY2(std::abs(last.losses[i] - plain.losses[i]) < 1e-3,
                     qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i).arg(last.losses[i]).arg(plain.losses[i])));
    }

    void checkpointsKeepTheLastK()
    {
        ExperimentConfig c = smallConfig("keep", 3);
        c.checkpoint.every = 1;
        c.checkpoint.keepLast = 2;
        Recorder recorder;
        const RunSummary summary =
            Trainer(TrainerParams{c, {}, {}, false}, recorder, CancellationToken()).run();
        QVERIFY2(summary.outcome == RunOutcome::Finished, summary.error.c_str());
        const std::string folder = summary.runDir + "/checkpoints/";
        QVERIFY(!std::filesystem::exists(folder + "epoch_0001.pt"));
        QVERIFY(std::filesystem::exists(folder + "epoch_0002.pt"));
        QVERIFY(std::filesystem::exists(folder + "epoch_0003.pt"));
        QVERIFY(std::filesystem::exists(folder + "last.pt"));
        QVERIFY(std::filesystem::exists(folder + "best.pt"));

        // Every 2nd epoch of 3: epochs 2 and 3 (the last always) write last.pt; none kept
        // besides it, and no best.pt when it is not asked for.
        ExperimentConfig sparse = smallConfig("sparse", 3);
        sparse.checkpoint.every = 2;
        sparse.checkpoint.keepLast = 0;
        sparse.checkpoint.keepBest = false;
        CancellationToken token;
        const int perEpoch = static_cast<int>(recorder.losses.size()) / 3;
        Recorder stopper(token, 2 * perEpoch + 1);  // stopped during epoch 3
        const RunSummary stopped =
            Trainer(TrainerParams{sparse, {}, {}, false}, stopper, token).run();
        QCOMPARE(int(stopped.outcome), int(RunOutcome::Cancelled));
        const std::shared_ptr<VideoModelImpl> model = createModel(modelBuildOptions(sparse));
        const std::string sparseFolder = stopped.runDir + "/checkpoints/";
        QCOMPARE(loadCheckpoint(sparseFolder + "last.pt", *model, nullptr).nextEpoch, 2);
        QVERIFY(!std::filesystem::exists(sparseFolder + "best.pt"));
        QVERIFY(!std::filesystem::exists(sparseFolder + "epoch_0002.pt"));
    }

    void distillsFromATeacher()
    {
        // A teacher trained for one epoch, then a student taught by it alone (weight 1): the
        // student's loss is the distillation term, which is 0 when student and teacher agree.
        Recorder teacherLog;
        const RunSummary teacher = Trainer(TrainerParams{smallConfig("teacher", 1), {}, {}, false},
                                           teacherLog, CancellationToken()).run();
        QVERIFY2(teacher.outcome == RunOutcome::Finished, teacher.error.c_str());
        ExperimentConfig c = smallConfig("student", 1);
        c.loss.teacherModel = "x3d_xs";
        c.loss.teacherWeights = teacher.runDir + "/checkpoints/last.pt";
        c.loss.distillWeight = 1.0;
        c.loss.distillTemperature = 2.0;
        Recorder student;
        const RunSummary summary =
            Trainer(TrainerParams{c, {}, {}, false}, student, CancellationToken()).run();
        QVERIFY2(summary.outcome == RunOutcome::Finished, summary.error.c_str());
        QVERIFY(!student.losses.empty());
        for (double loss : student.losses)
            QVERIFY(std::isfinite(loss) && loss >= -1e-6);
        // An unloadable teacher is a clear error naming its file.
        c.run.name = "student-bad";
        c.loss.teacherWeights = test::path(m_dir, "no-teacher.pt");
        Recorder bad;
        const RunSummary failed =
            Trainer(TrainerParams{c, {}, {}, false}, bad, CancellationToken()).run();
        QCOMPARE(int(failed.outcome), int(RunOutcome::Failed));
        QVERIFY2(failed.error.find("no-teacher.pt") != std::string::npos, failed.error.c_str());
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
