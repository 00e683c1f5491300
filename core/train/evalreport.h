#pragma once

#include <string>
#include <vector>

#include "core/train/trainingtypes.h"

namespace as {

/**
 * Writes an evaluation's results into `folder` (created when needed), each file atomically:
 *  - summary.json: protocol, samples, top-1, top-5, mean class accuracy, loss, per-class accuracy;
 *  - confusion.csv: one row per true class, one column per predicted class (counts);
 *  - predictions.csv (when `result` kept its scores): per sample the video, true class,
 *    predicted class, its probability, the top-5 classes, and every class's probability.
 * `videos` names the samples in the result's order (may be empty: rows are numbered).
 * Throws `Error` naming the file that cannot be written.
 */
void writeEvalReport(const std::string &folder, const EvalResult &result,
                     const std::vector<std::string> &classNames,
                     const std::vector<std::string> &videos);

} // namespace as
