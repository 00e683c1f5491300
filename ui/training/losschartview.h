#pragma once

#include <QChartView>
#include <QVector>

#include "ui/training/runcurve.h"
#include "ui/training/trainingmetatypes.h"

class QLineSeries;
class QValueAxis;

namespace as::ui {

/**
 * Training loss per iteration: the raw loss as a thin line and an exponential moving average
 * (bias-corrected, as TensorBoard smooths) on top. The axes grow as points arrive. Other runs'
 * smoothed losses can be overlaid, each in its run's colour and named in the legend.
 */
class LossChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit LossChartView(QWidget *parent = nullptr);

    void addPoints(const QVector<IterationPoint> &points);
    /** Clears the live curves; the overlays stay. */
    void clear();
    /** Replaces the overlaid runs by `curves` (their `loss` points). */
    void setOverlays(const QVector<RunCurve> &curves);

    QLineSeries *rawSeries() const { return m_raw; }
    QLineSeries *smoothedSeries() const { return m_smoothed; }
    double smoothing() const { return m_smoothing; }
    /** The overlay series, in the order of the curves given to setOverlays(). */
    const QList<QLineSeries *> &overlaySeries() const { return m_overlays; }

private:
    void rescale();

    QLineSeries *m_raw;
    QLineSeries *m_smoothed;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QList<QLineSeries *> m_overlays;
    double m_smoothing = 0.9;
    double m_ema = 0.0;
    int m_count = 0;
    double m_maxLoss = 0.0;
    double m_maxStep = 0.0;
    double m_overlayMaxLoss = 0.0;
    double m_overlayMaxStep = 0.0;
};

} // namespace as::ui
