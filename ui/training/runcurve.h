#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

namespace as::ui {

/**
 * A finished (or running) run's curves as read back from its folder, for overlaying on the live
 * charts: the smoothed training loss per iteration (x: global step + 1) and the validation
 * top-1 per validated epoch (x: epoch + 1, y: percent). The panel assigns the colour.
 */
struct RunCurve
{
    QString runDir;
    QString name;
    QColor color;
    QList<QPointF> loss;
    QList<QPointF> valTop1;
};

} // namespace as::ui
