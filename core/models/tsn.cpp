#include "core/models/tsn.h"

#include <string>
#include <utility>

#include <torch/torch.h>

#include "core/common/error.h"

namespace as {

TSNImpl::TSNImpl(std::shared_ptr<TsnBackboneImpl> backbone, const TSNOptions &options)
    : m_backbone(std::move(backbone))
    , m_options(options)
{
    if (!m_backbone || options.clipLengthFrames < 1 || options.dropout < 0.0
        || options.dropout >= 1.0) {
        throw Error("model.options", options.displayName +
                                         ": needs a frame network, at least 1 frame per clip "
                                         "and a dropout in [0, 1)");
    }
    // Same module objects, registered under the frame network's own names (see the header).
    for (const auto &child : m_backbone->named_children())
        register_module(child.key(), child.value());
}

torch::Tensor TSNImpl::forward(torch::Tensor clips)
{
    const bool anyT = m_options.anyFrameCount && clips.dim() == 5 && clips.size(2) >= 1;
    const int64_t frames = anyT ? clips.size(2) : m_options.clipLengthFrames;
    if (clips.dim() != 5 || clips.size(1) != 3 || clips.size(2) != frames) {
        const std::string t = m_options.anyFrameCount ? std::string("T")
                                                      : std::to_string(frames);
        throw Error("model.input", m_options.displayName + " expects clips shaped [N, 3, " + t +
                                       ", H, W] (" +
                                       (m_options.anyFrameCount
                                            ? std::string("any number of frames")
                                            : t + " frames, the segments it was built for") +
                                       "), got " + c10::str(clips.sizes()),
                    "input");
    }
    namespace F = torch::nn::functional;
    const auto dropout = F::DropoutFuncOptions().p(m_options.dropout).training(is_training());
    const int64_t n = clips.size(0);
    // [N, 3, T, H, W] → [N, T, 3, H, W] → [N·T, 3, H, W]: the frames of a clip consecutive.
    const torch::Tensor perFrame =
        clips.transpose(1, 2).reshape({n * frames, 3, clips.size(3), clips.size(4)});
    const torch::Tensor features = m_backbone->features(perFrame).view({n, frames, -1}); // [N, T, D]
    if (m_options.consensus == TSNOptions::Consensus::AverageFeatures)
        return m_backbone->classify(F::dropout(features.mean(1), dropout)); // [N, classes]
    return m_backbone->classify(F::dropout(features, dropout)).mean(1); // [N, T, C] → [N, C]
}

} // namespace as
