#include "ui/live/livepalette.h"

#include <array>

namespace as::ui {

QColor liveClassColor(int index)
{
    // Tableau 10: distinct, readable on light and dark backgrounds.
    static const std::array<QRgb, 10> colors = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                                0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x8c8c8c};
    if (index < 0)
        return QColor(0xc8, 0xc8, 0xc8);
    const QColor base(colors[static_cast<size_t>(index) % colors.size()]);
    // Past ten classes, vary the lightness so neighbours stay apart.
    const int round = index / static_cast<int>(colors.size());
    return round == 0 ? base : base.darker(100 + 25 * (round % 3));
}

} // namespace as::ui
