#include "core/train/modelema.h"

#include <algorithm>
#include <utility>

#include <torch/torch.h>

#include "core/common/error.h"

namespace as {

namespace {

using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;

/** The model's parameters then its buffers, recursively, in the model's order. */
NamedTensors namedTensors(const torch::nn::Module &model, std::size_t *parameterCount = nullptr)
{
    NamedTensors out;
    for (const auto &item : model.named_parameters(/*recurse=*/true))
        out.emplace_back(item.key(), item.value());
    if (parameterCount)
        *parameterCount = out.size();
    for (const auto &item : model.named_buffers(/*recurse=*/true))
        out.emplace_back(item.key(), item.value());
    return out;
}

std::string archiveKey(const std::string &name)
{
    return "ema/" + name;
}

/**
 * The model's tensors, checked against the averaged ones entry by entry; a model of another
 * architecture fails on the first name (or shape) that differs.
 */
NamedTensors matchingTensors(const torch::nn::Module &model, const std::vector<std::string> &names,
                             const std::vector<torch::Tensor> &values)
{
    NamedTensors tensors = namedTensors(model);
    const std::size_t common = std::min(tensors.size(), names.size());
    for (std::size_t i = 0; i < common; ++i) {
        const std::string &name = tensors[i].first;
        if (name != names[i])
            throw Error("ema.mismatch",
                        "The model's weight '" + name + "' does not match the averaged weight '"
                            + names[i] + "'",
                        name);
        if (tensors[i].second.defined() != values[i].defined()
            || (values[i].defined() && tensors[i].second.sizes() != values[i].sizes()))
            throw Error("ema.mismatch",
                        "The model's weight '" + name + "' has another shape than its average",
                        name);
    }
    if (tensors.size() != names.size()) {
        const std::string &extra
            = tensors.size() > names.size() ? tensors[common].first : names[common];
        throw Error("ema.mismatch",
                    "The weight '" + extra + "' exists only in the model or only in its average",
                    extra);
    }
    return tensors;
}

} // namespace

ModelEma::ModelEma(const torch::nn::Module &model, double decay)
    : m_decay(decay)
{
    torch::NoGradGuard noGrad;
    for (auto &[name, tensor] : namedTensors(model, &m_parameterCount)) {
        m_names.push_back(name);
        // A BatchNorm without running statistics registers undefined buffers: keep them so.
        m_values.push_back(tensor.defined() ? tensor.detach().clone() : torch::Tensor());
    }
}

void ModelEma::update(const torch::nn::Module &model)
{
    torch::NoGradGuard noGrad;
    const NamedTensors tensors = matchingTensors(model, m_names, m_values);
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        torch::Tensor &ema = m_values[i];
        if (!ema.defined())
            continue;
        const torch::Tensor weight = tensors[i].second.detach().to(ema.device());
        if (i < m_parameterCount)
            ema.mul_(m_decay).add_(weight, 1.0 - m_decay);
        else
            ema.copy_(weight);
    }
}

void ModelEma::copyTo(torch::nn::Module &model) const
{
    torch::NoGradGuard noGrad;
    NamedTensors tensors = matchingTensors(model, m_names, m_values);
    for (std::size_t i = 0; i < m_values.size(); ++i)
        if (m_values[i].defined())
            tensors[i].second.copy_(m_values[i]);
}

void ModelEma::swapWith(torch::nn::Module &model)
{
    torch::NoGradGuard noGrad;
    NamedTensors tensors = matchingTensors(model, m_names, m_values);
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        if (!m_values[i].defined())
            continue;
        // Swap contents, not handles: the optimiser keeps pointing at the model's tensors.
        torch::Tensor &weight = tensors[i].second;
        const torch::Tensor saved = weight.detach().clone();
        weight.copy_(m_values[i]);
        m_values[i].copy_(saved);
    }
}

void ModelEma::save(torch::serialize::OutputArchive &archive) const
{
    archive.write(archiveKey("decay"), c10::IValue(m_decay));
    for (std::size_t i = 0; i < m_values.size(); ++i)
        if (m_values[i].defined())
            archive.write(archiveKey(m_names[i]), m_values[i], /*is_buffer=*/i >= m_parameterCount);
}

void ModelEma::load(torch::serialize::InputArchive &archive)
{
    c10::IValue decay;
    if (!archive.try_read(archiveKey("decay"), decay) || !decay.isDouble())
        throw Error("ema.missing", "The checkpoint has no EMA decay ('ema/decay')",
                    archiveKey("decay"));
    // Read everything before changing anything, so that a failed load leaves the EMA intact.
    std::vector<torch::Tensor> loaded(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        if (!m_values[i].defined())
            continue;
        const std::string key = archiveKey(m_names[i]);
        if (!archive.try_read(key, loaded[i], /*is_buffer=*/i >= m_parameterCount))
            throw Error("ema.missing", "The checkpoint has no EMA weight '" + key + "'", key);
        if (loaded[i].sizes() != m_values[i].sizes())
            throw Error("ema.mismatch",
                        "The checkpoint's EMA weight '" + key
                            + "' has another shape than the model's",
                        key);
    }
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < m_values.size(); ++i)
        if (m_values[i].defined())
            m_values[i].copy_(loaded[i]);
    m_decay = decay.toDouble();
}

} // namespace as
