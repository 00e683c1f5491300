#pragma once

#include <memory>
#include <string>
#include <vector>

#include <torch/nn/module.h>
#include <torch/optim/optimizer.h>

#include "core/config/experimentconfig.h"

namespace as {

/**
 * An optimiser with its parameter groups, each with a learning-rate multiplier (the
 * schedule's rate × multiplier is the group's rate) and a name for reports.
 * Groups, in this order, only those that have parameters:
 *   "backbone" (×1, weight decay), "norm_bias" (×1, no weight decay; only with
 *   optim.no_weight_decay_norm_bias), "classifier_weight" (× classifier_lr_mult),
 *   "classifier_bias" (× classifier_bias_lr_mult; weight decay 0 with no_weight_decay_norm_bias).
 */
struct OptimizerSetup
{
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    std::vector<std::string> groupNames;
    std::vector<double> lrMultipliers;
};

/**
 * The classifier's parameter names in `model`: the last weight (and its bias) in registration
 * order whose first dimension is `numClasses` (every registry model registers its classifier
 * last: X3D blocks.5.proj, TSN fc / classifier.6, C3D fc8, SlowFast blocks.6.proj, TSM
 * classifier.1). Empty when none is found.
 */
std::vector<std::string> classifierParameterNames(const torch::nn::Module &model, int numClasses);

/** True for parameters that get no weight decay: biases and norm layers' affine weights (1-D). */
bool isNormOrBias(const std::string &name, const torch::Tensor &parameter);

/**
 * The optimiser named by `optim.optimizer` over the trainable parameters of `model`: SGD with
 * momentum, Nesterov and weight decay, or AdamW (`optim.momentum` is its beta1, weight decay
 * decoupled as in Loshchilov & Hutter), with the parameter groups above.
 */
OptimizerSetup makeOptimizer(torch::nn::Module &model, int numClasses, const OptimConfig &optim);

/** Sets every group's rate to `lr` × its multiplier. */
void setLearningRate(OptimizerSetup &setup, double lr);

} // namespace as
