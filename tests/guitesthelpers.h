#pragma once

// Shared set-up of the GUI tests (one executable per panel): test-mode settings, a tiny
// SynthMotion demo project, a recipe that trains in seconds, a finished run, and screenshots
// at the size the README shows them.

#include <QCoreApplication>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

#include "core/common/progress.h"
#include "core/project/demoproject.h"
#include "core/train/trainer.h"

namespace as::test {

constexpr int kGuiClipsPerClass = 4;

/** Settings go to a test location named after the suite, cleared of what a last run left. */
inline void initGuiTestSettings(const char *suite)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ActionStudioTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(suite));
    QSettings().clear();
}

/** The demo at 64×48, 16 frames, four clips per class (three train, one test). */
inline DemoProjectOptions tinyDemoOptions(const QString &projectDir)
{
    DemoProjectOptions options;
    options.projectDir = projectDir.toStdString();
    options.synth.width = 64;
    options.synth.height = 48;
    options.synth.frames = 16;
    options.synth.clipsPerClass = kGuiClipsPerClass;
    options.synth.testFraction = 0.25;
    options.cacheShortSide = 48;
    return options;
}

/** Prepares the tiny demo project in `projectDir` on the calling thread (a few seconds). */
inline void prepareTinyDemo(const QString &projectDir)
{
    NullProgressObserver observer;
    prepareDemoProject(tinyDemoOptions(projectDir), observer, CancellationToken());
}

/** The demo recipe (X3D-XS) cut down to a few seconds per epoch on two CPU cores. */
inline ExperimentConfig tinyRecipe(const QString &projectDir, int epochs)
{
    ExperimentConfig config = demoExperimentConfig(projectDir.toStdString());
    config.optim.epochs = epochs;
    config.optim.batchSize = 8;
    config.optim.lr = 0.05;
    config.optim.warmupStartLr = 0.005;
    config.input.clipLengthFrames = 4;
    config.input.frameInterval = 2;
    config.input.cropSize = 32;
    config.input.shortSide = 48;
    config.eval.testClips = 1;
    config.eval.testCrops = 1;
    return config;
}

/** Trains tinyRecipe on the calling thread and returns the finished run's folder. */
inline QString trainTinyRun(const QString &projectDir, int epochs, const QString &name = {})
{
    ExperimentConfig config = tinyRecipe(projectDir, epochs);
    if (!name.isEmpty())
        config.run.name = name.toStdString();
    TrainerParams params;
    params.config = config;
    params.projectDir = projectDir.toStdString();
    TrainingObserver observer;
    Trainer trainer(params, observer, CancellationToken());
    const RunSummary summary = trainer.run();
    if (summary.outcome != RunOutcome::Finished)
        qWarning("tiny run failed: %s", summary.error.c_str());
    return QString::fromStdString(summary.runDir);
}

/** Where screenshots go: $TEST_SCREENSHOT_DIR, else the build folder. */
inline QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("TEST_SCREENSHOT_DIR");
    return dir.isEmpty() ? QStringLiteral(ACTIONSTUDIO_BINARY_DIR) : dir;
}

/**
 * Resizes `widget` to 1600×1000 (the README's screenshot size), lets it lay out, and saves
 * its rendering as `name` (a .png) in screenshotDir(). Returns the file written.
 */
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    widget->resize(1600, 1000);
    QCoreApplication::processEvents();
    QTest::qWait(50);
    const QImage shot = widget->grab().toImage();
    const QString file = screenshotDir() + QLatin1Char('/') + name;
    if (shot.isNull() || !shot.save(file))
        qWarning("could not save the screenshot %s", qPrintable(file));
    else
        qInfo("screenshot: %s", qPrintable(file));
    return file;
}

} // namespace as::test
