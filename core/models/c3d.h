#pragma once

#include "core/models/videomodel.h"

#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

namespace as {

struct C3DOptions
{
    int numClasses = 101;
    double dropout = 0.5;
};

/**
 * C3D (Tran 2015) as in jfzhang95/pytorch-video-recognition: 8 conv3d, pool5 padding (0,1,1),
 * fc6 8192→4096, fc7, fc8; input [N, 3, 16, 112, 112]. Keys conv1..conv5b, fc6..fc8.
 */
class C3DImpl final : public VideoModelImpl
{
public:
    explicit C3DImpl(const C3DOptions &options);
    torch::Tensor forward(torch::Tensor clips) override;

private:
    C3DOptions m_options;
    torch::nn::Conv3d m_conv1{nullptr}, m_conv2{nullptr}, m_conv3a{nullptr}, m_conv3b{nullptr};
    torch::nn::Conv3d m_conv4a{nullptr}, m_conv4b{nullptr}, m_conv5a{nullptr}, m_conv5b{nullptr};
    torch::nn::Linear m_fc6{nullptr}, m_fc7{nullptr}, m_fc8{nullptr};
};

} // namespace as
