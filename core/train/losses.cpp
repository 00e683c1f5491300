#include "core/train/losses.h"

#include <torch/torch.h>

namespace as {

torch::Tensor smoothedTargets(const torch::Tensor &labels, int numClasses, double labelSmoothing)
{
    TORCH_CHECK(labels.dim() == 1, "smoothedTargets: labels must be [N]");
    TORCH_CHECK(numClasses > 0, "smoothedTargets: numClasses must be positive");
    const auto options = labels.options().dtype(torch::kFloat32);
    const double offLabel = labelSmoothing / numClasses;
    torch::Tensor targets = torch::full({labels.size(0), numClasses}, offLabel, options); // [N, C]
    targets.scatter_(1, labels.to(torch::kInt64).unsqueeze(1), 1.0 - labelSmoothing + offLabel);
    return targets;
}

torch::Tensor softTargetCrossEntropy(const torch::Tensor &logits, const torch::Tensor &targets)
{
    TORCH_CHECK(logits.dim() == 2 && targets.sizes() == logits.sizes(),
                "softTargetCrossEntropy: logits and targets must both be [N, C], got ",
                logits.sizes(), " and ", targets.sizes());
    const torch::Tensor logProbs = torch::log_softmax(logits, 1); // [N, C]
    const torch::Tensor t = targets.to(logits.options()).detach();
    return -(t * logProbs).sum(1).mean();
}

torch::Tensor smoothedCrossEntropy(const torch::Tensor &logits, const torch::Tensor &labels,
                                   double labelSmoothing)
{
    TORCH_CHECK(logits.dim() == 2 && labels.dim() == 1 && labels.size(0) == logits.size(0),
                "smoothedCrossEntropy: logits must be [N, C] and labels [N], got ", logits.sizes(),
                " and ", labels.sizes());
    // With targets (1 − ε + ε/C on the label, ε/C elsewhere) the soft cross-entropy splits into
    // (1 − ε) · NLL + ε · mean_c(−log p_c), which needs no one-hot tensor.
    const torch::Tensor logProbs = torch::log_softmax(logits, 1); // [N, C]
    const torch::Tensor nll
        = -logProbs.gather(1, labels.to(torch::kInt64).unsqueeze(1)).squeeze(1); // [N]
    if (labelSmoothing == 0.0)
        return nll.mean();
    const torch::Tensor uniform = -logProbs.mean(1); // [N]
    return ((1.0 - labelSmoothing) * nll + labelSmoothing * uniform).mean();
}

torch::Tensor distillationLoss(const torch::Tensor &studentLogits,
                               const torch::Tensor &teacherLogits, double temperature)
{
    TORCH_CHECK(temperature > 0.0, "distillationLoss: the temperature must be positive");
    TORCH_CHECK(studentLogits.dim() == 2 && teacherLogits.sizes() == studentLogits.sizes(),
                "distillationLoss: student and teacher logits must both be [N, C], got ",
                studentLogits.sizes(), " and ", teacherLogits.sizes());
    const torch::Tensor teacherLog
        = torch::log_softmax(teacherLogits.detach().to(studentLogits.options()) / temperature,
                             1); // [N, C]
    const torch::Tensor studentLog = torch::log_softmax(studentLogits / temperature, 1); // [N, C]
    // The T² factor keeps the gradient scale independent of T (Hinton et al., section 2).
    const torch::Tensor kl = (teacherLog.exp() * (teacherLog - studentLog)).sum(1); // [N]
    return kl.mean() * (temperature * temperature);
}

} // namespace as
