#include "core/models/inputconstraints.h"

#include "core/models/modelregistry.h"

namespace as {

std::vector<InputProblem> modelInputProblems(const std::string &name, int clipLengthFrames,
                                             int cropSize, int testClips)
{
    std::vector<InputProblem> problems;
    if (name == "c3d") {
        // fc6 has 8192 = 512 × 1 × 4 × 4 inputs: pool5's output for 16 × 112 × 112 only.
        if (clipLengthFrames != 16)
            problems.push_back({"input.clip_length_frames",
                                "C3D takes 16-frame clips only (its fc6 expects the 8192 "
                                "features of 16 x 112 x 112), not " +
                                    std::to_string(clipLengthFrames)});
        if (cropSize != 112)
            problems.push_back({"input.crop_size",
                                "C3D takes 112 x 112 crops only (its fc6 expects the 8192 "
                                "features of 16 x 112 x 112), not " + std::to_string(cropSize)});
    }
    if (isKnownModel(name)) {
        const int alpha = referenceInputSpec(name).slowFastAlpha;
        if (alpha > 0 && (clipLengthFrames < alpha || clipLengthFrames % alpha != 0))
            problems.push_back({"input.clip_length_frames",
                                "SlowFast's fast clip must be a multiple of alpha (" +
                                    std::to_string(alpha) + ") frames, not " +
                                    std::to_string(clipLengthFrames)});
    }
    if (name == "tsm_mobilenetv2" && testClips != 0 && testClips != clipLengthFrames)
        problems.push_back({"eval.test_clips",
                            "TSM shifts channels across the " + std::to_string(clipLengthFrames) +
                                " segments it is trained on: test on the same number (0), not " +
                                std::to_string(testClips)});
    return problems;
}

} // namespace as
