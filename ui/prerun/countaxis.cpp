#include "ui/prerun/countaxis.h"

#include <algorithm>

#include <QValueAxis>

namespace as::ui {

void setCountAxisRange(QValueAxis *axis, int largest)
{
    largest = std::max(1, largest);
    int step = 1;
    for (int scale = 1;; scale *= 10) {
        const int steps[] = {scale, 2 * scale, 5 * scale};
        const auto fits = std::find_if(std::begin(steps), std::end(steps),
                                       [largest](int s) { return largest / s < 6; });
        if (fits != std::end(steps)) {
            step = *fits;
            break;
        }
    }
    // One step of headroom above the largest bar keeps its value label inside the plot.
    const int top = (largest / step + 1) * step;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

} // namespace as::ui
