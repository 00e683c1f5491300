#include "core/train/lossscaler.h"

#include <torch/torch.h>

namespace as {

LossScaler::LossScaler(bool enabled, double initialScale, int growthInterval)
    : m_enabled(enabled)
    , m_scale(initialScale)
    , m_growthInterval(growthInterval)
{
}

torch::Tensor LossScaler::scaled(const torch::Tensor &loss) const
{
    return m_enabled ? loss * m_scale : loss;
}

bool LossScaler::unscaleGradients(const std::vector<torch::Tensor> &parameters)
{
    if (!m_enabled)
        return true;
    torch::NoGradGuard noGrad;
    bool finite = true;
    for (const torch::Tensor &p : parameters) {
        if (!p.grad().defined())
            continue;
        if (!torch::isfinite(p.grad()).all().item<bool>()) {
            finite = false;
            break;
        }
    }
    if (!finite) {
        for (const torch::Tensor &p : parameters)
            if (p.grad().defined())
                p.grad().zero_();
        m_scale = std::max(1.0, m_scale * 0.5);
        m_goodSteps = 0;
        return false;
    }
    for (const torch::Tensor &p : parameters)
        if (p.grad().defined())
            p.grad().div_(m_scale);
    if (++m_goodSteps >= m_growthInterval) {
        m_scale *= 2.0;
        m_goodSteps = 0;
    }
    return true;
}

} // namespace as
