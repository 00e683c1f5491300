#pragma once

#include <torch/types.h>

namespace as {

/**
 * TSM's temporal shift (Lin 2019, as mmaction2 `TemporalShift.shift`), on frames folded into
 * the batch: `x` is [N · numSegments, C, H, W] with the segments of one clip consecutive.
 * With fold = C / shiftDiv, channels [0, fold) of frame t take the values of frame t + 1,
 * channels [fold, 2·fold) those of frame t − 1, the rest stay; frames shifted in from outside
 * the clip are zero. No parameters. Returns a new tensor; `x` is not modified.
 */
torch::Tensor temporalShift(const torch::Tensor &x, int64_t numSegments, int64_t shiftDiv = 8);

} // namespace as
