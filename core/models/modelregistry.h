#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/models/inputspec.h"
#include "core/models/videomodel.h"

namespace as {

/** How to build a model: registry name, classes, and the spatial/temporal size it gets. */
struct ModelBuildOptions
{
    std::string name;            // "x3d_xs", "x3d_s", "x3d_m", "x3d_l", "c3d"
    int numClasses = 10;
    int clipLengthFrames = 0;    // 0 = the model's reference value
    int cropSize = 0;            // 0 = the model's reference value
    double dropout = 0.5;
    bool zeroInitFinalBn = true;  // X3D only: see X3DOptions
    bool depthwiseAsConv2d = true; // X3D only: see X3DOptions
};

/** Registered model names, in display order. */
std::vector<std::string> modelNames();
bool isKnownModel(const std::string &name);
/** The reference input spec of a registered model; throws `Error` for unknown names. */
InputSpec referenceInputSpec(const std::string &name);
/** Builds a model; throws `Error` naming the model for unknown names. */
std::shared_ptr<VideoModelImpl> createModel(const ModelBuildOptions &options);
/** Number of trainable parameters. */
std::int64_t countParameters(const torch::nn::Module &module);

} // namespace as
