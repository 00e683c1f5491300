#include "ui/training/learningratechartview.h"
#include "ui/widgets/chartstyle.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace as::ui {

LearningRateChartView::LearningRateChartView(QWidget *parent)
    : QChartView(parent)
    , m_series(new QLineSeries(this))
    , m_xAxis(new QValueAxis(this))
    , m_yAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("learningRateChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 220);

    QChart *chart = makeStyledChart(tr("Learning rate"));
    m_series->setName(tr("Learning rate"));
    m_series->setPen(QPen(QColor(0x6a, 0x1b, 0x9a), 2.0));
    chart->addSeries(m_series);

    m_xAxis->setTitleText(tr("Iteration"));
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setTitleText(tr("Learning rate"));
    m_yAxis->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_series->attachAxis(m_xAxis);
    m_series->attachAxis(m_yAxis);
    setChart(chart);
    clear();
}

void LearningRateChartView::addPoints(const QVector<IterationPoint> &points)
{
    if (points.isEmpty())
        return;
    QList<QPointF> rates;
    rates.reserve(points.size());
    for (const IterationPoint &p : points) {
        if (!std::isfinite(p.learningRate))
            continue;
        const double x = static_cast<double>(p.globalStep + 1);
        rates.append(QPointF(x, p.learningRate));
        m_maxRate = std::max(m_maxRate, p.learningRate);
        m_maxStep = std::max(m_maxStep, x);
    }
    m_series->append(rates);
    m_xAxis->setRange(0, std::max(10.0, m_maxStep));
    m_xAxis->applyNiceNumbers();
    m_yAxis->setRange(0, m_maxRate > 0 ? m_maxRate * 1.05 : 0.1);
    m_yAxis->applyNiceNumbers();
}

void LearningRateChartView::clear()
{
    m_series->clear();
    m_maxRate = 0.0;
    m_maxStep = 0.0;
    m_xAxis->setRange(0, 10);
    m_yAxis->setRange(0, 0.1);
}

} // namespace as::ui
