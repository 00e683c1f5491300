#include "ui/evaluation/perclassaccuracychart.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include "ui/widgets/chartstyle.h"

namespace as::ui {

namespace {

constexpr int kBarHeight = 16;
constexpr int kChartChrome = 110;  // title, axis and margins

} // namespace

PerClassAccuracyChart::PerClassAccuracyChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QHorizontalBarSeries(this))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
{
    setObjectName(QStringLiteral("perClassAccuracyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 200);

    QChart *chart = makeStyledChart(tr("Test accuracy per class"));
    chart->legend()->hide();
    chart->addSeries(m_series);
    m_values->setRange(0, 100);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setTickCount(6);
    m_values->setTitleText(tr("Top-1 (%)"));
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_series->setBarWidth(0.75);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPrecision(3);
    setChart(chart);
}

void PerClassAccuracyChart::clear()
{
    m_series->clear();
    m_categories->clear();
    setMinimumHeight(200);
}

void PerClassAccuracyChart::setAccuracies(const QStringList &classNames,
                                          const QVector<double> &accuracy)
{
    clear();
    const int n = std::min<int>(classNames.size(), accuracy.size());
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    auto value = [&](int i) { return std::isnan(accuracy[i]) ? -1.0 : accuracy[i]; };
    // Bars are drawn bottom-up: ascending order puts the best class at the top.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return value(a) != value(b) ? value(a) < value(b) : a > b;
    });

    auto *set = new QBarSet(tr("Top-1"));
    set->setColor(QColor(0x21, 0x71, 0xb5));
    set->setBorderColor(QColor(0x21, 0x71, 0xb5));
    set->setLabelColor(Qt::white);
    QStringList names;
    for (int i : order) {
        const bool empty = std::isnan(accuracy[i]);
        set->append(empty ? 0.0 : std::round(accuracy[i] * 1000.0) / 10.0);
        names << (empty ? tr("%1 (no test clips)").arg(classNames[i]) : classNames[i]);
    }
    m_categories->append(names);
    m_series->append(set);
    // Few classes: fit the view; many: grow and let the scroll area scroll.
    setMinimumHeight(std::max(200, n * kBarHeight + kChartChrome));
}

QStringList PerClassAccuracyChart::categories() const
{
    return m_categories->categories();
}

} // namespace as::ui
