#include "ui/prerun/histogramchartview.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QValueAxis>

#include "ui/prerun/countaxis.h"
#include "ui/widgets/chartstyle.h"

namespace as::ui {

HistogramChartView::HistogramChartView(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(makeStyledChart(title), parent)
    , m_unit(unit)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    setMinimumSize(220, 200);
}

void HistogramChartView::setHistogram(const as::Histogram &histogram)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);

    auto *set = new QBarSet(tr("Videos"));
    QStringList categories;
    int most = 0;
    for (const as::HistogramBin &bin : histogram.bins) {
        *set << bin.count;
        categories << QString::fromStdString(bin.label);
        most = std::max(most, bin.count);
    }
    if (histogram.unknown > 0) {
        *set << histogram.unknown;
        categories << tr("n/a", "histogram bar of videos with unknown values");
        most = std::max(most, histogram.unknown);
    }
    set->setColor(QColor(0x3d, 0x7e, 0xc6));
    auto *series = new QBarSeries();
    series->append(set);
    series->setBarWidth(0.85);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    c->addSeries(series);

    auto *x = new QBarCategoryAxis();
    x->append(categories);
    x->setTitleText(m_unit);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis();
    setCountAxisRange(y, most);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

int HistogramChartView::shownTotal() const
{
    int total = 0;
    for (QAbstractSeries *series : chart()->series())
        if (auto *bars = qobject_cast<QBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                total += static_cast<int>(set->sum());
    return total;
}

} // namespace as::ui
