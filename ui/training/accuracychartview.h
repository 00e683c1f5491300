#pragma once

#include <QChartView>

#include "ui/training/runcurve.h"
#include "ui/training/trainingmetatypes.h"

class QLineSeries;
class QValueAxis;

namespace as::ui {

/**
 * Accuracy per epoch in percent: training top-1 and top-5 (dashed), validation top-1 and top-5
 * (solid). Other runs' validation top-1 can be overlaid, each in its run's colour.
 */
class AccuracyChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit AccuracyChartView(QWidget *parent = nullptr);

    void addEpoch(const as::EpochMetrics &metrics);
    /** Empties the chart and sizes the epoch axis for a run of `epochs` epochs. */
    void reset(int epochs);
    /** Replaces the overlaid runs by `curves` (their `valTop1` points). */
    void setOverlays(const QVector<RunCurve> &curves);

    QLineSeries *trainTop1Series() const { return m_trainTop1; }
    QLineSeries *valTop1Series() const { return m_valTop1; }
    QLineSeries *trainTop5Series() const { return m_trainTop5; }
    QLineSeries *valTop5Series() const { return m_valTop5; }
    const QList<QLineSeries *> &overlaySeries() const { return m_overlays; }

private:
    void setEpochRange(int epochs);

    QLineSeries *m_trainTop1;
    QLineSeries *m_trainTop5;
    QLineSeries *m_valTop1;
    QLineSeries *m_valTop5;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QList<QLineSeries *> m_overlays;
    int m_epochs = 1;
    int m_overlayEpochs = 0;
};

} // namespace as::ui
