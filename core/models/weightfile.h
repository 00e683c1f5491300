#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/models/weightloadreport.h"

namespace as {

/** One tensor of a checkpoint as listed by `inspectWeightFile`. */
struct WeightTensorInfo
{
    std::string key;
    std::vector<std::int64_t> shape;
    std::string dtype; // Python's name: float32, int64, float16 ...
    double sum = 0.0; // to compare with Python: t.double().sum()
    std::vector<double> firstValues; // up to 4, in flattened (row-major) order
};

/** What a checkpoint file holds, without LibTorch types (for the CLI and the UI). */
struct WeightFileInfo
{
    std::string path;
    std::string wrapperKey; // where the state dict sat ("" = top level)
    int skippedEntries = 0; // non-tensor entries of the state dict
    std::vector<WeightTensorInfo> tensors; // file order
    std::int64_t totalValues = 0; // sum of numel
};

/**
 * Lists the state dict of a `torch.save` checkpoint, with each tensor's sum and first values
 * when `withStats`; throws `Error` naming the file.
 */
WeightFileInfo inspectWeightFile(const std::string &path, bool withStats = false);

/**
 * Loads a checkpoint non-strictly into a fresh registry model `modelName` with `numClasses`
 * classes and returns the report (nothing is kept). Throws `Error` when the file cannot be read,
 * the model is unknown, or no tensor fits.
 */
WeightLoadReport checkWeightFile(const std::string &path, const std::string &modelName,
                                 int numClasses);

} // namespace as
