#include "ui/training/runcurvesloader.h"

#include <cmath>
#include <exception>

#include <QDir>

#include "core/train/runinfo.h"
#include "ui/widgets/errortext.h"

namespace as::ui {

namespace {

RunCurve readCurve(const QString &runDir)
{
    RunCurve curve;
    curve.runDir = runDir;
    curve.name = QDir(runDir).dirName();
    const std::string dir = runDir.toStdString();
    double ema = 0.0;
    int count = 0;
    for (const as::IterationMetrics &m : as::readIterationMetrics(dir)) {
        if (!std::isfinite(m.loss))
            continue;
        ++count;
        ema = RunCurvesLoader::kSmoothing * ema + (1.0 - RunCurvesLoader::kSmoothing) * m.loss;
        const double debiased = ema / (1.0 - std::pow(RunCurvesLoader::kSmoothing, count));
        curve.loss.append(QPointF(static_cast<double>(m.globalStep + 1), debiased));
    }
    for (const as::EpochMetrics &m : as::readEpochMetrics(dir)) {
        if (m.validated && std::isfinite(m.valTop1))
            curve.valTop1.append(QPointF(m.epoch + 1, m.valTop1 * 100.0));
    }
    return curve;
}

} // namespace

RunCurvesLoader::RunCurvesLoader(QObject *parent)
    : JobController(parent)
{
}

bool RunCurvesLoader::load(const QStringList &runDirs)
{
    return startJob([this, runDirs](const as::CancellationToken &token) {
        QVector<RunCurve> curves;
        QStringList errors;
        for (const QString &runDir : runDirs) {
            if (token.isCancelled())
                break;
            try {
                curves.append(readCurve(runDir));
            } catch (const as::Error &e) {
                errors.append(ErrorText::describe(e.info()));
            } catch (const std::exception &e) {
                errors.append(tr("Cannot read the curves of %1: %2")
                                  .arg(QDir::toNativeSeparators(runDir),
                                       QString::fromLocal8Bit(e.what())));
            }
        }
        return std::function<void()>(
            [this, curves, errors] { Q_EMIT loaded(curves, errors); });
    });
}

} // namespace as::ui
