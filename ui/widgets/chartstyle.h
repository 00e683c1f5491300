#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace as::ui {

/** A new chart in the app's style: bold title, legend below, tight margins, no animation. */
QChart *makeStyledChart(const QString &title);

} // namespace as::ui
