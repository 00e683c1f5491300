#pragma once

#include <QColor>

namespace as::ui {

/** The colour of class `index` in the live view (overlay, bars, timeline); grey below 0. */
QColor liveClassColor(int index);

} // namespace as::ui
