#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

#include "ui/training/runcurve.h"

namespace as::ui {

class AccuracyChartView;
class LossChartView;
class RunCurvesLoader;
class RunListModel;

/**
 * Keeps the charts' overlays in step with the runs checked in the run list: reads the curves
 * of newly checked runs in a worker (cached per run folder), gives each shown run a distinct
 * colour, and hands them to the loss and accuracy charts.
 */
class RunOverlays final : public QObject
{
    Q_OBJECT

public:
    RunOverlays(RunListModel *runs, LossChartView *loss, AccuracyChartView *accuracy,
                QObject *parent = nullptr);

    /** Forgets the cached curves (runs may have grown) and reads the checked runs again. */
    void reload();
    bool isLoading() const;

Q_SIGNALS:
    /** The charts now overlay these runs. */
    void overlaysChanged(const QStringList &runDirs);
    /** Some runs could not be read; translated, naming the run folders. */
    void failed(const QString &error);

private:
    void update();
    void onLoaded(const QVector<RunCurve> &curves, const QStringList &errors);
    void apply();

    RunListModel *m_runs;
    LossChartView *m_loss;
    AccuracyChartView *m_accuracy;
    RunCurvesLoader *m_loader;
    QHash<QString, RunCurve> m_cache;
    bool m_pending = false;
};

} // namespace as::ui
