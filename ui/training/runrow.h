#pragma once

#include <QDateTime>
#include <QMetaType>

#include "core/train/runinfo.h"

namespace as::ui {

/** One run of the project as the run list shows it: what its folder says, and when it last changed. */
struct RunRow
{
    as::RunInfo info;
    QDateTime modified;
};

} // namespace as::ui
