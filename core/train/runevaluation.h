#pragma once

#include <string>

#include "core/common/cancellation.h"
#include "core/train/trainingtypes.h"

namespace as {

/**
 * Evaluates a finished (or interrupted) run on its project's test subset with the run's own
 * test protocol, from its best (or last) checkpoint. Throws `Error` naming the run folder.
 */
EvalResult evaluateRun(const std::string &runDir, bool preferBest, const CancellationToken &token);

} // namespace as
