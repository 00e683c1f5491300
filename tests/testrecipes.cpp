// Every preset in resources/presets loads, validates and trains: one short epoch of each seed
// recipe (C3D, TSN-VGG16, PP-TSN, SlowFast, X3D-M) and each SynthMotion quick preset on a tiny
// project with tiny frames, with the recipe's own tricks (accumulation, Mix-up, label
// smoothing, precise BN, parameter groups, schedules) and its final multi-view test.

#include <cmath>
#include <filesystem>

#include <QTemporaryDir>
#include <QtTest>

#include "core/config/configio.h"
#include "core/project/demoproject.h"
#include "core/train/trainer.h"
#include "testutil.h"

using namespace as;

namespace {

class LossRecorder final : public TrainingObserver
{
public:
    void onIteration(const IterationMetrics &m) override { losses.push_back(m.loss); }
    std::vector<double> losses;
};

std::vector<std::string> presetFiles()
{
    std::vector<std::string> files;
    for (const auto &entry :
         std::filesystem::directory_iterator(std::string(ACTIONSTUDIO_SOURCE_DIR) + "/resources/presets"))
        if (entry.path().extension() == ".yaml")
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

class TestRecipes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = test::path(m_dir, "tiny");
        DemoProjectOptions options;
        options.projectDir = m_project;
        options.synth.width = 40;
        options.synth.height = 32;
        options.synth.frames = 16;
        options.synth.clipsPerClass = 2;  // 1 to train, 1 to test, per class
        options.synth.testFraction = 0.5;
        options.cacheShortSide = 36;
        NullProgressObserver quiet;
        prepareDemoProject(options, quiet, CancellationToken());
        QVERIFY(isDemoProjectReady(m_project));
    }

    void presetTrainsOnTinyInputs_data()
    {
        QTest::addColumn<QString>("file");
        for (const std::string &file : presetFiles())
            QTest::newRow(std::filesystem::path(file).stem().c_str()) << QString::fromStdString(file);
        QVERIFY(presetFiles().size() >= 10);
    }

    void presetTrainsOnTinyInputs()
    {
        QFETCH(QString, file);
        const ExperimentConfig preset = loadConfig(file.toStdString());
        // Tiny inputs and one short epoch; the recipe itself (model, optimiser, schedule,
        // tricks, test crops) is left as the preset has it.
        ExperimentConfig c = preset;
        c.data.project = m_project;
        c.run.name = std::filesystem::path(file.toStdString()).stem().string();
        c.optim.epochs = 1;
        c.optim.batchSize = 2;
        c.optim.milestones.clear();
        if (c.optim.schedule == "multistep")
            c.optim.milestones = {0.5};
        c.optim.warmupEpochs = std::min(c.optim.warmupEpochs, 0.5);
        // Tiny frames, except for C3D, whose fc6 only fits 16 x 112 x 112.
        const bool fixedInput = c.model.name == "c3d";
        c.input.shortSide = fixedInput ? 112 : 36;
        c.input.cropSize = fixedInput ? 112 : 32;
        c.data.cacheShortSide = 36;
        c.run.workers = 1;
        c.run.validateEvery = 1;
        c.model.pretrained.clear();
        c.tricks.preciseBnBatches = std::min(c.tricks.preciseBnBatches, 2);
        if (c.eval.testClips > 0)
            c.eval.testClips = std::min(c.eval.testClips, 3);
        QVERIFY(validateConfig(c).empty());

        LossRecorder recorder;
        const RunSummary summary =
            Trainer(TrainerParams{c, {}, {}, false}, recorder, CancellationToken()).run();
        QVERIFY2(summary.outcome == RunOutcome::Finished, summary.error.c_str());
        QCOMPARE(summary.epochsCompleted, 1);
        QCOMPARE(static_cast<int>(recorder.losses.size()), 5);  // 10 training clips, batch 2
        for (double loss : recorder.losses)
            QVERIFY(std::isfinite(loss) && loss > 0.0);
        QVERIFY(!summary.testProtocol.empty());
        QVERIFY(std::filesystem::exists(summary.runDir + "/test/predictions.csv"));

        // The run folder keeps the recipe as resolved, with the project's 10 classes.
        const ExperimentConfig saved = loadConfig(summary.runDir + "/config.yaml");
        QCOMPARE(saved.model.numClasses, 10);
        QCOMPARE(saved.optim.schedule, preset.optim.schedule);
        QCOMPARE(saved.optim.accumulateSteps, preset.optim.accumulateSteps);
        QCOMPARE(saved.augment.mixupAlpha, preset.augment.mixupAlpha);
        QCOMPARE(saved.loss.labelSmoothing, preset.loss.labelSmoothing);
        QCOMPARE(saved.optim.classifierLrMult, preset.optim.classifierLrMult);
        QCOMPARE(saved.eval.testCrops, preset.eval.testCrops);
    }
};

QTEST_APPLESS_MAIN(TestRecipes)
#include "testrecipes.moc"
