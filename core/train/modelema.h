#pragma once

#include <string>
#include <vector>

#include <torch/nn/module.h>
#include <torch/serialize/archive.h>
#include <torch/types.h>

namespace as {

/**
 * Exponential moving average of a model's weights (as timm's ModelEmaV2): after each optimiser
 * step, ema = decay · ema + (1 − decay) · weight for every parameter; buffers (BN running
 * statistics, counters) are copied. Holds detached copies on the model's device.
 */
class ModelEma
{
public:
    ModelEma(const torch::nn::Module &model, double decay);

    double decay() const { return m_decay; }
    /** One update from the model's current weights. */
    void update(const torch::nn::Module &model);
    /** Copies the averaged weights and buffers into `model` (same architecture). */
    void copyTo(torch::nn::Module &model) const;
    /** Swaps the averaged and the model's weights and buffers (call twice to undo). */
    void swapWith(torch::nn::Module &model);

    /** Saves under "ema/<name>" keys of `archive`; `load` reads them back (throws if absent). */
    void save(torch::serialize::OutputArchive &archive) const;
    void load(torch::serialize::InputArchive &archive);

private:
    double m_decay;
    std::vector<std::string> m_names;    // parameters then buffers, in the model's order
    std::vector<torch::Tensor> m_values;
    std::size_t m_parameterCount = 0;    // the first m_parameterCount entries are parameters
};

} // namespace as
