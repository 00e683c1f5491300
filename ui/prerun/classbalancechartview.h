#pragma once

#include <vector>

#include <QChartView>

#include "core/project/datasethealth.h"

namespace as::ui {

/**
 * The class balance of a split as a grouped bar chart: per class, a bar for its training
 * videos and one for its test videos (a QBarSet per subset).
 */
class ClassBalanceChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit ClassBalanceChartView(QWidget *parent = nullptr);

    void setBalance(const std::vector<as::SubsetBalance> &balance);
};

} // namespace as::ui
