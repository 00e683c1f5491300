#include "core/models/c3d.h"

#include <string>

#include <torch/torch.h>

#include "core/common/error.h"

namespace as {

namespace {

// pool5's output for the one input C3D accepts, [N, 3, 16, 112, 112]: 512 × 1 × 4 × 4.
constexpr int64_t kFc6Features = 8192;

torch::nn::Conv3d conv3x3x3(int64_t in, int64_t out)
{
    return torch::nn::Conv3d(torch::nn::Conv3dOptions(in, out, 3).padding(1));
}

} // namespace

C3DImpl::C3DImpl(const C3DOptions &options)
    : m_options(options)
{
    if (options.numClasses < 1)
        throw Error("model.options", "C3D: numClasses must be at least 1, got " +
                                         std::to_string(options.numClasses));
    // Registration order is the reference's, so state_dict keys come out in its order.
    m_conv1 = register_module("conv1", conv3x3x3(3, 64));
    m_conv2 = register_module("conv2", conv3x3x3(64, 128));
    m_conv3a = register_module("conv3a", conv3x3x3(128, 256));
    m_conv3b = register_module("conv3b", conv3x3x3(256, 256));
    m_conv4a = register_module("conv4a", conv3x3x3(256, 512));
    m_conv4b = register_module("conv4b", conv3x3x3(512, 512));
    m_conv5a = register_module("conv5a", conv3x3x3(512, 512));
    m_conv5b = register_module("conv5b", conv3x3x3(512, 512));
    m_fc6 = register_module("fc6", torch::nn::Linear(kFc6Features, 4096));
    m_fc7 = register_module("fc7", torch::nn::Linear(4096, 4096));
    m_fc8 = register_module("fc8", torch::nn::Linear(4096, options.numClasses));

    // The reference's __init_weight: Kaiming-normal conv weights; the rest keeps the defaults.
    torch::NoGradGuard noGrad;
    for (auto *conv : {&m_conv1, &m_conv2, &m_conv3a, &m_conv3b, &m_conv4a, &m_conv4b, &m_conv5a,
                       &m_conv5b})
        torch::nn::init::kaiming_normal_((*conv)->weight);
}

torch::Tensor C3DImpl::forward(torch::Tensor clips)
{
    if (clips.dim() != 5 || clips.size(1) != 3 || clips.size(2) != 16 || clips.size(3) != 112
        || clips.size(4) != 112) {
        throw Error("model.input", "C3D expects clips shaped [N, 3, 16, 112, 112], got " +
                                       c10::str(clips.sizes()));
    }
    namespace F = torch::nn::functional;
    const auto pool = [](const torch::Tensor &x, bool keepTime) {
        const int64_t kt = keepTime ? 1 : 2;
        return F::max_pool3d(x, F::MaxPool3dFuncOptions({kt, 2, 2}).stride({kt, 2, 2}));
    };

    torch::Tensor x = pool(torch::relu(m_conv1->forward(clips)), true);
    x = pool(torch::relu(m_conv2->forward(x)), false);
    x = torch::relu(m_conv3a->forward(x));
    x = pool(torch::relu(m_conv3b->forward(x)), false);
    x = torch::relu(m_conv4a->forward(x));
    x = pool(torch::relu(m_conv4b->forward(x)), false);
    x = torch::relu(m_conv5a->forward(x));
    x = torch::relu(m_conv5b->forward(x));
    // pool5 pads H and W by 1: [N, 512, 2, 7, 7] → [N, 512, 1, 4, 4].
    x = F::max_pool3d(x, F::MaxPool3dFuncOptions(2).stride(2).padding({0, 1, 1}));
    x = x.reshape({-1, kFc6Features}); // [N, 8192]

    const bool training = is_training();
    x = F::dropout(torch::relu(m_fc6->forward(x)),
                   F::DropoutFuncOptions().p(m_options.dropout).training(training));
    x = F::dropout(torch::relu(m_fc7->forward(x)),
                   F::DropoutFuncOptions().p(m_options.dropout).training(training));
    return m_fc8->forward(x); // [N, classes]
}

} // namespace as
