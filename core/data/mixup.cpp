#include "core/data/mixup.h"

#include <algorithm>
#include <numeric>
#include <vector>

#include <torch/torch.h>

namespace as {

namespace {

/** Beta(α, α) from two Gamma(α, 1) draws. */
double drawBeta(double alpha, std::mt19937_64 &rng)
{
    std::gamma_distribution<double> gamma(alpha, 1.0);
    const double x = gamma(rng);
    const double y = gamma(rng);
    return x + y > 0.0 ? x / (x + y) : 0.5;
}

torch::Tensor oneHot(const torch::Tensor &labels, int numClasses, double smoothing)
{
    const auto options = labels.options().dtype(torch::kFloat32);
    torch::Tensor targets = torch::full({labels.size(0), numClasses}, smoothing / numClasses, options);
    targets.scatter_add_(1, labels.to(torch::kInt64).unsqueeze(1),
                         torch::full({labels.size(0), 1}, 1.0 - smoothing, options));
    return targets;
}

} // namespace

MixedBatch mixupBatch(const torch::Tensor &data, const torch::Tensor &labels, double alpha,
                      std::mt19937_64 &rng)
{
    const auto n = static_cast<std::size_t>(data.size(0));
    std::vector<std::int64_t> order(n);
    std::iota(order.begin(), order.end(), std::int64_t{0});
    MixedBatch out;
    if (alpha <= 0.0 || n == 0) {
        out.data = data;
        out.labelsA = labels;
        out.labelsB = labels;
        out.partner = torch::tensor(order, torch::kInt64);
        return out;
    }
    out.lambda = drawBeta(alpha, rng);
    std::shuffle(order.begin(), order.end(), rng);
    out.partner = torch::tensor(order, torch::kInt64).to(data.device());
    out.data = data * out.lambda + data.index_select(0, out.partner) * (1.0 - out.lambda);
    out.labelsA = labels;
    out.labelsB = labels.index_select(0, out.partner.to(labels.device()));
    return out;
}

torch::Tensor mixupSoftTargets(const MixedBatch &batch, int numClasses, double labelSmoothing)
{
    return oneHot(batch.labelsA, numClasses, labelSmoothing) * batch.lambda +
           oneHot(batch.labelsB, numClasses, labelSmoothing) * (1.0 - batch.lambda);
}

} // namespace as
