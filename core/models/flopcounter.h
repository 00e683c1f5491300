#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace as {

/**
 * Counts the multiply-adds of convolutions and linear layers that run on this thread while
 * the counter exists, the way shared/fixtures/README.md counts them: a convolution costs
 * out.numel × C_in/groups × kernel volume, a linear layer out.numel × in_features, bias not
 * counted. It watches the ATen operators themselves (a thread-local RecordFunction callback
 * on the convolution operators (the generic ones and the CPU/CUDA backends a model may call
 * directly), linear, addmm, mm and matmul, counting only the outermost one of nested
 * calls), so it needs no knowledge of the model: a depthwise 3-D convolution computed as
 * three 2-D ones, as X3D does on the CPU, costs the same as the conv3d it replaces.
 *
 * Counters nest: an inner one counts, the outer one pauses until it is destroyed.
 */
class FlopCounter final
{
public:
    FlopCounter();
    ~FlopCounter();
    FlopCounter(const FlopCounter &) = delete;
    FlopCounter &operator=(const FlopCounter &) = delete;

    std::int64_t convolutionMultiplyAdds() const { return m_convolution; }
    std::int64_t linearMultiplyAdds() const { return m_linear; }
    std::int64_t multiplyAdds() const { return m_convolution + m_linear; }

private:
    friend struct FlopCounterCallbacks;

    std::uint64_t m_handle = 0;
    FlopCounter *m_outer = nullptr;
    int m_depth = 0; // nesting of counted operators in progress
    std::int64_t m_convolution = 0;
    std::int64_t m_linear = 0;
};

/** What a registered model costs at its reference input (see `measureModelCost`). */
struct ModelCost
{
    std::string name;
    int numClasses = 0;
    std::int64_t parameters = 0;   // trainable
    std::int64_t multiplyAdds = 0; // conv + linear, for one clip
    int clipLengthFrames = 0;      // T of the input; SlowFast: the fast pathway's
    int cropSize = 0;
    std::string sampling;          // "dense" | "segments"
};

/**
 * Builds the registered model `name` with `numClasses`, runs one no-grad forward of a
 * single clip [1, 3, T, crop, crop] at its reference input spec, and counts parameters and
 * multiply-adds. The model is freed before returning. Throws `Error` for unknown names.
 */
ModelCost measureModelCost(const std::string &name, int numClasses);

/**
 * `measureModelCost` for every registered model in display order, one model alive at a time;
 * `report` gets each result as soon as it is known (building VGG16 or C3D takes seconds).
 */
void measureAllModelCosts(int numClasses, const std::function<void(const ModelCost &)> &report);

} // namespace as
