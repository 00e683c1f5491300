#pragma once

#include <QChartView>

#include "core/project/datasethealth.h"

namespace as::ui {

/**
 * One histogram of the dataset health check as a bar chart: a bar per bin, labelled with the
 * bin's range, and an "n/a" bar for the videos whose value is unknown, so the bars always add
 * up to the number of videos checked.
 */
class HistogramChartView final : public QChartView
{
    Q_OBJECT

public:
    /** `title` heads the chart, `unit` names the axis of the bins (e.g. "seconds"). */
    HistogramChartView(const QString &title, const QString &unit, QWidget *parent = nullptr);

    void setHistogram(const as::Histogram &histogram);
    /** The sum of the bars shown. */
    int shownTotal() const;

private:
    QString m_unit;
};

} // namespace as::ui
