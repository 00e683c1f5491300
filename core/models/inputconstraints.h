#pragma once

#include <string>
#include <vector>

namespace as {

/** Why a model cannot take an input, and the config field that has to change. */
struct InputProblem
{
    std::string field;    // e.g. "input.crop_size"
    std::string message;
};

/**
 * What stops registry model `name` from training on clips of `clipLengthFrames` frames
 * cropped to `cropSize` pixels and testing on `testClips` (eval.test_clips; 0 = the model's
 * protocol): C3D's fc6 only fits 16 × 112 × 112, SlowFast's fast clip must be a multiple of
 * alpha, TSM shifts channels across exactly the frames it was built for. Empty when it can;
 * unknown names have no constraints here (the registry reports them).
 */
std::vector<InputProblem> modelInputProblems(const std::string &name, int clipLengthFrames,
                                             int cropSize, int testClips);

} // namespace as
