#include "core/train/optimizerfactory.h"

#include <torch/optim/adamw.h>
#include <torch/optim/sgd.h>

#include "core/common/error.h"

namespace as {

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(std::vector<torch::Tensor> parameters,
                                                       const OptimConfig &optim)
{
    if (optim.optimizer == "sgd")
        return std::make_unique<torch::optim::SGD>(
            std::move(parameters), torch::optim::SGDOptions(optim.lr)
                                       .momentum(optim.momentum)
                                       .weight_decay(optim.weightDecay));
    if (optim.optimizer == "adamw")
        return std::make_unique<torch::optim::AdamW>(
            std::move(parameters), torch::optim::AdamWOptions(optim.lr)
                                       .betas({optim.momentum, 0.999})
                                       .weight_decay(optim.weightDecay));
    throw Error("config.field", "Unknown optimiser '" + optim.optimizer + "' (sgd or adamw)",
                "optim.optimizer");
}

void setLearningRate(torch::optim::Optimizer &optimizer, double lr)
{
    for (auto &group : optimizer.param_groups())
        group.options().set_lr(lr);
}

} // namespace as
