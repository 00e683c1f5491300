#include "ui/training/accuracychartview.h"
#include "ui/widgets/chartstyle.h"

#include <algorithm>

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace as::ui {

namespace {

QLineSeries *makeSeries(QObject *parent, const QString &name, const QColor &color,
                        Qt::PenStyle style)
{
    auto *series = new QLineSeries(parent);
    series->setName(name);
    QPen pen(color, 2.0);
    pen.setStyle(style);
    series->setPen(pen);
    series->setPointsVisible(true);
    series->setMarkerSize(6.0);
    return series;
}

} // namespace

AccuracyChartView::AccuracyChartView(QWidget *parent)
    : QChartView(parent)
    , m_trainTop1(makeSeries(this, tr("Train top-1"), QColor(0x2e, 0x7d, 0x32), Qt::DashLine))
    , m_trainTop5(makeSeries(this, tr("Train top-5"), QColor(0xef, 0x6c, 0x00), Qt::DashLine))
    , m_valTop1(makeSeries(this, tr("Val top-1"), QColor(0x2e, 0x7d, 0x32), Qt::SolidLine))
    , m_valTop5(makeSeries(this, tr("Val top-5"), QColor(0xef, 0x6c, 0x00), Qt::SolidLine))
    , m_xAxis(new QValueAxis(this))
    , m_yAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("accuracyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);

    QChart *chart = makeStyledChart(tr("Accuracy per epoch"));
    chart->addSeries(m_trainTop1);
    chart->addSeries(m_trainTop5);
    chart->addSeries(m_valTop1);
    chart->addSeries(m_valTop5);

    m_xAxis->setTitleText(tr("Epoch"));
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(1);
    m_yAxis->setTitleText(tr("Accuracy (%)"));
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setRange(0, 100);
    m_yAxis->setTickCount(6);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_trainTop1, m_trainTop5, m_valTop1, m_valTop5}) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    setChart(chart);
    reset(10);
}

void AccuracyChartView::addEpoch(const as::EpochMetrics &metrics)
{
    const double x = metrics.epoch + 1;
    m_trainTop1->append(x, metrics.trainTop1 * 100.0);
    m_trainTop5->append(x, metrics.trainTop5 * 100.0);
    if (metrics.validated) {
        m_valTop1->append(x, metrics.valTop1 * 100.0);
        m_valTop5->append(x, metrics.valTop5 * 100.0);
    }
    // A resumed or extended run can go past the planned epochs.
    setEpochRange(std::max({m_epochs, metrics.epochs, metrics.epoch + 1}));
}

void AccuracyChartView::reset(int epochs)
{
    m_trainTop1->clear();
    m_trainTop5->clear();
    m_valTop1->clear();
    m_valTop5->clear();
    setEpochRange(epochs);
}

void AccuracyChartView::setOverlays(const QVector<RunCurve> &curves)
{
    for (QLineSeries *series : std::as_const(m_overlays)) {
        chart()->removeSeries(series);
        delete series;
    }
    m_overlays.clear();
    m_overlayEpochs = 0;
    for (const RunCurve &curve : curves) {
        QLineSeries *series = makeSeries(this, tr("%1 val top-1").arg(curve.name), curve.color,
                                         Qt::SolidLine);
        series->setMarkerSize(4.0);
        series->setPen(QPen(curve.color, 1.5));
        series->append(curve.valTop1);
        chart()->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        for (const QPointF &p : curve.valTop1)
            m_overlayEpochs = std::max(m_overlayEpochs, static_cast<int>(p.x()));
        m_overlays.append(series);
    }
    setEpochRange(m_epochs);
}

void AccuracyChartView::setEpochRange(int epochs)
{
    m_epochs = std::max(1, epochs);
    // Half an epoch of room on both sides, so the markers of the first and last epochs are
    // not cut by the plot's edge; at least two epochs wide; overlaid runs fit too.
    const int upper = std::max({2, m_epochs, m_overlayEpochs});
    m_xAxis->setRange(0.5, upper + 0.5);
    // About ten labelled ticks at most, on whole epochs.
    const int interval = std::max(1, (upper - 1 + 9) / 10);
    m_xAxis->setTickInterval(interval);
}

} // namespace as::ui
