#pragma once

#include <QColor>
#include <QString>

#include "core/project/projecttypes.h"
#include "ui/live/livepalette.h"

namespace as::ui {

/** The colour a class is drawn in: the one the user chose, else the palette's for its index. */
inline QColor classColor(const ClassInfo &info)
{
    const QColor chosen(QString::fromStdString(info.colour));
    return chosen.isValid() ? chosen : liveClassColor(info.index);
}

} // namespace as::ui
