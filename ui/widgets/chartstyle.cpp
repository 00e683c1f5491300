#include "ui/widgets/chartstyle.h"

#include <QChart>
#include <QLegend>

namespace as::ui {

QChart *makeStyledChart(const QString &title)
{
    auto *chart = new QChart();
    chart->setTitle(title);
    // Live curves are redrawn many times a second: animation would only lag behind.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    return chart;
}

} // namespace as::ui
