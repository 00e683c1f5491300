#pragma once

class QValueAxis;

namespace as::ui {

/**
 * Sets `axis` to count from 0 past `largest` in whole steps of 1, 2, 5, 10, 20, 50, ... with
 * at most about six ticks and integer labels, so a bar of 3 videos ends on the tick "3".
 */
void setCountAxisRange(QValueAxis *axis, int largest);

} // namespace as::ui
