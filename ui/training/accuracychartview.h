#pragma once

#include <QChartView>

#include "ui/training/trainingmetatypes.h"

class QLineSeries;
class QValueAxis;

namespace as::ui {

/** Accuracy per epoch: training top-1, and validation top-1 and top-5, in percent. */
class AccuracyChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit AccuracyChartView(QWidget *parent = nullptr);

    void addEpoch(const as::EpochMetrics &metrics);
    /** Empties the chart and sizes the epoch axis for a run of `epochs` epochs. */
    void reset(int epochs);

    QLineSeries *trainTop1Series() const { return m_trainTop1; }
    QLineSeries *valTop1Series() const { return m_valTop1; }
    QLineSeries *valTop5Series() const { return m_valTop5; }

private:
    void setEpochRange(int epochs);

    QLineSeries *m_trainTop1;
    QLineSeries *m_valTop1;
    QLineSeries *m_valTop5;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
    int m_epochs = 1;
};

} // namespace as::ui
