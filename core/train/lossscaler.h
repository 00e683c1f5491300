#pragma once

#include <vector>

#include <torch/types.h>

namespace as {

/**
 * Dynamic loss scaling for float16 mixed precision (what torch.cuda.amp.GradScaler does;
 * LibTorch 1.13 has no C++ GradScaler): the loss is multiplied by a large scale before
 * backward so small gradients survive float16; before the step the gradients are divided back
 * and checked. A step with an inf/NaN gradient is skipped and the scale halved; after
 * `growthInterval` good steps in a row the scale doubles. Disabled, it changes nothing.
 */
class LossScaler
{
public:
    explicit LossScaler(bool enabled, double initialScale = 65536.0, int growthInterval = 2000);

    bool enabled() const { return m_enabled; }
    double scale() const { return m_enabled ? m_scale : 1.0; }
    /** The loss to call backward on. */
    torch::Tensor scaled(const torch::Tensor &loss) const;
    /**
     * Divides the gradients of `parameters` by the scale; false when one is not finite (the
     * gradients are then zeroed and the optimiser step must be skipped).
     */
    bool unscaleGradients(const std::vector<torch::Tensor> &parameters);

private:
    bool m_enabled;
    double m_scale;
    int m_growthInterval;
    int m_goodSteps = 0;
};

} // namespace as
