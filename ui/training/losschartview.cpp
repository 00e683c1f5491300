#include "ui/training/losschartview.h"
#include "ui/widgets/chartstyle.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace as::ui {

LossChartView::LossChartView(QWidget *parent)
    : QChartView(parent)
    , m_raw(new QLineSeries(this))
    , m_smoothed(new QLineSeries(this))
    , m_xAxis(new QValueAxis(this))
    , m_yAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("lossChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);

    QChart *chart = makeStyledChart(tr("Training loss"));

    m_raw->setName(tr("Loss"));
    m_raw->setPen(QPen(QColor(0x90, 0xca, 0xf9), 1.0));
    m_smoothed->setName(tr("Smoothed (EMA %1)").arg(m_smoothing));
    m_smoothed->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2.0));
    chart->addSeries(m_raw);
    chart->addSeries(m_smoothed);

    m_xAxis->setTitleText(tr("Iteration"));
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setTitleText(tr("Cross-entropy loss"));
    m_yAxis->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_raw, m_smoothed}) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    setChart(chart);
    clear();
}

void LossChartView::addPoints(const QVector<IterationPoint> &points)
{
    if (points.isEmpty())
        return;
    QList<QPointF> raw;
    QList<QPointF> smoothed;
    raw.reserve(points.size());
    smoothed.reserve(points.size());
    for (const IterationPoint &p : points) {
        if (!std::isfinite(p.loss))
            continue;
        const double x = static_cast<double>(p.globalStep + 1);
        ++m_count;
        m_ema = m_smoothing * m_ema + (1.0 - m_smoothing) * p.loss;
        // Debias: the average starts at 0 and would otherwise lag far below the first losses.
        const double debiased = m_ema / (1.0 - std::pow(m_smoothing, m_count));
        raw.append(QPointF(x, p.loss));
        smoothed.append(QPointF(x, debiased));
        m_maxLoss = std::max(m_maxLoss, p.loss);
        m_maxStep = std::max(m_maxStep, x);
    }
    m_raw->append(raw);
    m_smoothed->append(smoothed);
    rescale();
}

void LossChartView::clear()
{
    m_raw->clear();
    m_smoothed->clear();
    m_ema = 0.0;
    m_count = 0;
    m_maxLoss = 0.0;
    m_maxStep = 0.0;
    if (m_overlays.isEmpty()) {
        m_xAxis->setRange(0, 10);
        m_yAxis->setRange(0, 2.5);
    } else {
        rescale();
    }
}

void LossChartView::setOverlays(const QVector<RunCurve> &curves)
{
    for (QLineSeries *series : std::as_const(m_overlays)) {
        chart()->removeSeries(series);
        delete series;
    }
    m_overlays.clear();
    m_overlayMaxLoss = 0.0;
    m_overlayMaxStep = 0.0;
    for (const RunCurve &curve : curves) {
        auto *series = new QLineSeries(this);
        series->setName(curve.name);
        // Dashed: a compared run never reads as the live one.
        series->setPen(QPen(curve.color, 2.0, Qt::DashLine));
        series->append(curve.loss);
        chart()->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        for (const QPointF &p : curve.loss) {
            m_overlayMaxLoss = std::max(m_overlayMaxLoss, p.y());
            m_overlayMaxStep = std::max(m_overlayMaxStep, p.x());
        }
        m_overlays.append(series);
    }
    rescale();
}

void LossChartView::rescale()
{
    m_xAxis->setRange(0, std::max({10.0, m_maxStep, m_overlayMaxStep}));
    m_xAxis->applyNiceNumbers();
    m_yAxis->setRange(0, std::max(0.1, std::max(m_maxLoss, m_overlayMaxLoss) * 1.05));
    m_yAxis->applyNiceNumbers();
}

} // namespace as::ui
