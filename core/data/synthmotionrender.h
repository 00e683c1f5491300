#pragma once

// Rendering of single SynthMotion clips in memory, for tests and previews. Kept apart from
// synthmotion.h so that code which only generates the data (the UI's demo project) does not
// pull in OpenCV headers.

#include <vector>

#include <opencv2/core/mat.hpp>

#include "core/data/synthmotion.h"

namespace as {

/**
 * The BGR frames of clip `clipIndex` (0-based) of class `classIndex` exactly as
 * `generateSynthMotion` hands them to the encoder. With `withShape` false the same clip is
 * rendered without its shape (same background and noise): tests subtract it to find the shape.
 */
std::vector<cv::Mat> renderSynthMotionClip(const SynthMotionOptions &options, int classIndex,
                                           int clipIndex, bool withShape = true);

} // namespace as
