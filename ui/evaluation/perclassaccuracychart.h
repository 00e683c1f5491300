#pragma once

#include <QChartView>
#include <QStringList>
#include <QVector>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

namespace as::ui {

/**
 * Test top-1 accuracy of each class as horizontal bars, best class at the top, so the weak
 * classes gather at the bottom. Grows taller with the number of classes (about 16 px a bar):
 * with 101 classes put it in a QScrollArea. A class without test clips shows 0 and says so in
 * its name.
 */
class PerClassAccuracyChart final : public QChartView
{
    Q_OBJECT

public:
    explicit PerClassAccuracyChart(QWidget *parent = nullptr);

    /** `accuracy` per class in [0,1], NaN for a class without test clips. */
    void setAccuracies(const QStringList &classNames, const QVector<double> &accuracy);
    void clear();

    QHorizontalBarSeries *series() const { return m_series; }
    /** Class names in the order drawn, from the bottom bar up. */
    QStringList categories() const;

private:
    QHorizontalBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};

} // namespace as::ui
