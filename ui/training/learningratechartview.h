#pragma once

#include <QChartView>
#include <QVector>

#include "ui/training/trainingmetatypes.h"

class QLineSeries;
class QValueAxis;

namespace as::ui {

/**
 * The learning rate of every iteration, as the schedule set it (warm-up, then cosine or steps):
 * what makes a bump in the loss curve explainable. The axes grow as points arrive.
 */
class LearningRateChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit LearningRateChartView(QWidget *parent = nullptr);

    void addPoints(const QVector<IterationPoint> &points);
    void clear();

    QLineSeries *series() const { return m_series; }

private:
    QLineSeries *m_series;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
    double m_maxRate = 0.0;
    double m_maxStep = 0.0;
};

} // namespace as::ui
