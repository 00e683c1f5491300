#include "ui/prerun/classbalancechartview.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QValueAxis>

#include "ui/prerun/countaxis.h"
#include "ui/widgets/chartstyle.h"

namespace as::ui {

ClassBalanceChartView::ClassBalanceChartView(QWidget *parent)
    : QChartView(makeStyledChart(tr("Videos per class")), parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 220);
}

void ClassBalanceChartView::setBalance(const std::vector<as::SubsetBalance> &balance)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    if (balance.empty())
        return;

    auto *series = new QBarSeries();
    int most = 0;
    for (const as::SubsetBalance &subset : balance) {
        auto *set = new QBarSet(subset.subset == as::Subset::Train ? tr("Train") : tr("Test"));
        set->setColor(subset.subset == as::Subset::Train ? QColor(0x3d, 0x7e, 0xc6)
                                                         : QColor(0xe0, 0x8a, 0x2e));
        for (const int count : subset.counts) {
            *set << count;
            most = std::max(most, count);
        }
        series->append(set);
    }
    c->addSeries(series);

    QStringList classes;
    for (const std::string &name : balance.front().classNames)
        classes << QString::fromStdString(name);
    auto *x = new QBarCategoryAxis();
    x->append(classes);
    // Many classes (UCF101 has 101) only fit with their names on end.
    if (classes.size() > 6) {
        x->setLabelsAngle(-60);
        QFont font = x->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        x->setLabelsFont(font);
    }
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis();
    setCountAxisRange(y, most);
    y->setTitleText(tr("videos"));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace as::ui
