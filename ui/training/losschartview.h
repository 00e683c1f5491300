#pragma once

#include <QChartView>
#include <QVector>

#include "ui/training/trainingmetatypes.h"

class QLineSeries;
class QValueAxis;

namespace as::ui {

/**
 * Training loss per iteration: the raw loss as a thin line and an exponential moving average
 * (bias-corrected, as TensorBoard smooths) on top. The axes grow as points arrive.
 */
class LossChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit LossChartView(QWidget *parent = nullptr);

    void addPoints(const QVector<IterationPoint> &points);
    void clear();

    QLineSeries *rawSeries() const { return m_raw; }
    QLineSeries *smoothedSeries() const { return m_smoothed; }
    double smoothing() const { return m_smoothing; }

private:
    void rescale();

    QLineSeries *m_raw;
    QLineSeries *m_smoothed;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
    double m_smoothing = 0.9;
    double m_ema = 0.0;
    int m_count = 0;
    double m_maxLoss = 0.0;
    double m_maxStep = 0.0;
};

} // namespace as::ui
