#include "ui/evaluation/evaluationcontroller.h"

#include <filesystem>

#include "core/config/configio.h"
#include "core/infer/recognizer.h"
#include "ui/evaluation/protocoltext.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

namespace {

EvaluationData readEvaluation(const QString &runDir, const as::CancellationToken &token)
{
    const std::string dir = runDir.toStdString();
    EvaluationData data;
    data.runDir = runDir;
    data.run = as::readRun(dir);
    token.throwIfCancelled();

    // The best validation epoch, to say which epoch the "best" number comes from.
    double best = -1.0;
    for (const as::EpochMetrics &epoch : as::readEpochMetrics(dir)) {
        if (epoch.validated && epoch.valTop1 > best) {
            best = epoch.valTop1;
            data.bestEpoch = epoch.epoch + 1;
        }
    }
    token.throwIfCancelled();

    const std::string configPath = dir + "/config.yaml";
    if (std::filesystem::exists(configPath)) {
        const as::ExperimentConfig config = as::loadConfig(configPath);
        data.validationProtocol = ProtocolText::validation(config);
        data.configTestClips = config.eval.testClips;
        data.configTestCrops = config.eval.testCrops;
    }
    token.throwIfCancelled();

    if (std::filesystem::exists(dir + "/test/summary.json")) {
        data.report = as::readEvalReport(dir + "/test");
        data.hasReport = true;
    }
    return data;
}

QString describe(const std::exception &e, const QString &runDir)
{
    if (const auto *error = dynamic_cast<const as::Error *>(&e))
        return ErrorText::describe(error->info());
    return EvaluationController::tr("The run %1 could not be read: %2")
        .arg(runDir, QString::fromLocal8Bit(e.what()));
}

/** A prediction's error, always naming the video (a core error may name only the run). */
QString describePrediction(const std::exception &e, const QString &videoPath)
{
    QString text;
    if (const auto *error = dynamic_cast<const as::Error *>(&e))
        text = ErrorText::describe(error->info());
    else
        text = QString::fromLocal8Bit(e.what());
    if (text.contains(videoPath))
        return text;
    return EvaluationController::tr("%1 could not be classified: %2").arg(videoPath, text);
}

} // namespace

EvaluationController::EvaluationController(QObject *parent)
    : JobController(parent)
{
    qRegisterMetaType<as::ui::EvaluationData>();
}

bool EvaluationController::load(const QString &runDir)
{
    return startJob([this, runDir](const as::CancellationToken &token) {
        try {
            const EvaluationData data = readEvaluation(runDir, token);
            return std::function<void()>([this, data] { Q_EMIT loaded(data); });
        } catch (const as::Cancelled &) {
            return std::function<void()>();
        } catch (const std::exception &e) {
            const QString error = describe(e, runDir);
            return std::function<void()>([this, runDir, error] { Q_EMIT loadFailed(runDir, error); });
        }
    });
}

bool EvaluationController::runTest(const QString &runDir, const as::TestRunOptions &options)
{
    return startJob([this, runDir, options](const as::CancellationToken &token) {
        try {
            as::testRun(runDir.toStdString(), options, token);
            return std::function<void()>([this, runDir] { Q_EMIT testFinished(runDir); });
        } catch (const as::Cancelled &) {
            return std::function<void()>(
                [this, runDir] { Q_EMIT testFailed(runDir, QString(), true); });
        } catch (const std::exception &e) {
            const QString error = describe(e, runDir);
            return std::function<void()>(
                [this, runDir, error] { Q_EMIT testFailed(runDir, error, false); });
        }
    });
}

bool EvaluationController::predict(const QString &runDir, const QString &videoPath, int k)
{
    return startJob([this, runDir, videoPath, k](const as::CancellationToken &token) {
        try {
            const as::Recognizer recognizer(runDir.toStdString());
            token.throwIfCancelled();
            const std::vector<as::ClassScore> scores =
                recognizer.predictVideo(videoPath.toStdString(), k);
            // The recognizer cannot be interrupted: a cancelled prediction is discarded.
            token.throwIfCancelled();
            QStringList names;
            QVector<double> probabilities;
            for (const as::ClassScore &score : scores) {
                names << QString::fromStdString(score.name);
                probabilities << score.probability;
            }
            // Checked again on the UI thread: a cancel that came while the result was queued
            // still discards it.
            return std::function<void()>([this, token, videoPath, names, probabilities] {
                if (token.isCancelled())
                    Q_EMIT predictFailed(videoPath, QString(), true);
                else
                    Q_EMIT predicted(videoPath, names, probabilities);
            });
        } catch (const as::Cancelled &) {
            return std::function<void()>(
                [this, videoPath] { Q_EMIT predictFailed(videoPath, QString(), true); });
        } catch (const std::exception &e) {
            const QString error = describePrediction(e, videoPath);
            return std::function<void()>(
                [this, videoPath, error] { Q_EMIT predictFailed(videoPath, error, false); });
        }
    });
}

} // namespace as::ui
