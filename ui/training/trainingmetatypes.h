#pragma once

#include <QMetaType>
#include <QVector>

#include "core/train/trainingtypes.h"

// The core's training results are plain structs without LibTorch in them, so they travel in
// queued signals as they are; these declarations let Qt copy them between threads.
Q_DECLARE_METATYPE(as::IterationMetrics)
Q_DECLARE_METATYPE(as::EpochMetrics)
Q_DECLARE_METATYPE(as::RunSummary)

namespace as::ui {

/** One optimisation step as the UI receives it (a batch of them arrives per signal). */
using IterationPoint = as::IterationMetrics;

} // namespace as::ui
