#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace as {

/** A checkpoint tensor whose shape differs from the model's tensor of the same name. */
struct ShapeMismatch
{
    std::string key;
    std::vector<std::int64_t> fileShape;
    std::vector<std::int64_t> modelShape;
};

/**
 * What loading a checkpoint into a model did. Keys are the model's names (after renaming);
 * `unexpected` lists checkpoint keys as they are in the file.
 */
struct WeightLoadReport
{
    std::string path;
    std::string wrapperKey; // where the state dict sat in the file ("" = top level)
    std::string convention; // naming convention the keys were mapped from
    int renamedKeys = 0; // keys whose name changed in the mapping
    std::vector<std::string> loaded;
    std::vector<std::string> missing;
    std::vector<std::string> unexpected;
    std::vector<ShapeMismatch> mismatched;
    /**
     * The only shape mismatches are the final classifier's weight/bias with another class
     * count: the normal fine-tuning case; the model keeps its freshly initialised classifier.
     */
    bool classifierReplaced = false;

    /** Everything fitted, apart from a replaced classifier. */
    bool complete() const
    {
        return missing.empty() && unexpected.empty() && (mismatched.empty() || classifierReplaced);
    }
    /** A few lines for a log: counts, then each problem key. */
    std::string summary() const;
};

} // namespace as
