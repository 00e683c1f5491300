#include "core/models/weightfile.h"

#include <algorithm>

#include <torch/torch.h>

#include "core/models/modelregistry.h"
#include "core/models/weightloader.h"

namespace as {

namespace {

std::string pythonDtype(torch::ScalarType type)
{
    switch (type) {
    case torch::kFloat:
        return "float32";
    case torch::kDouble:
        return "float64";
    case torch::kHalf:
        return "float16";
    case torch::kBFloat16:
        return "bfloat16";
    case torch::kLong:
        return "int64";
    case torch::kInt:
        return "int32";
    case torch::kShort:
        return "int16";
    case torch::kChar:
        return "int8";
    case torch::kByte:
        return "uint8";
    case torch::kBool:
        return "bool";
    case torch::kComplexFloat:
        return "complex64";
    case torch::kComplexDouble:
        return "complex128";
    default:
        return c10::toString(type);
    }
}

} // namespace

WeightFileInfo inspectWeightFile(const std::string &path, bool withStats)
{
    const CheckpointTensors file = readCheckpointTensors(path);
    WeightFileInfo info;
    info.path = path;
    info.wrapperKey = file.wrapperKey;
    info.skippedEntries = file.skippedEntries;
    for (const auto &[key, tensor] : file.tensors) {
        WeightTensorInfo t {key, tensor.sizes().vec(), pythonDtype(tensor.scalar_type()), 0.0, {}};
        if (withStats && !tensor.is_complex()) {
            const torch::Tensor flat = tensor.reshape({-1}).to(torch::kDouble);
            t.sum = flat.sum().item<double>();
            for (std::int64_t i = 0; i < std::min<std::int64_t>(4, flat.numel()); ++i)
                t.firstValues.push_back(flat[i].item<double>());
        }
        info.tensors.push_back(std::move(t));
        info.totalValues += tensor.numel();
    }
    return info;
}

WeightLoadReport checkWeightFile(const std::string &path, const std::string &modelName,
                                 int numClasses)
{
    ModelBuildOptions build;
    build.name = modelName;
    build.numClasses = numClasses;
    const std::shared_ptr<VideoModelImpl> model = createModel(build);
    return loadCheckpointInto(*model, path, /*strict=*/false);
}

} // namespace as
