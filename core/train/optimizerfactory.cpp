#include "core/train/optimizerfactory.h"

#include <utility>

#include <torch/optim/adamw.h>
#include <torch/optim/sgd.h>

#include "core/common/error.h"

namespace as {

namespace {

bool endsWith(const std::string &text, const std::string &suffix)
{
    return text.size() >= suffix.size()
        && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/** One parameter group before it becomes a torch group: its tensors and how it is treated. */
struct GroupPlan
{
    std::string name;
    double lrMultiplier = 1.0;
    bool weightDecay = true;
    std::vector<torch::Tensor> parameters;
};

std::unique_ptr<torch::optim::OptimizerOptions> groupOptions(const OptimConfig &optim,
                                                             const GroupPlan &plan)
{
    const double lr = optim.lr * plan.lrMultiplier;
    const double weightDecay = plan.weightDecay ? optim.weightDecay : 0.0;
    if (optim.optimizer == "sgd")
        return std::make_unique<torch::optim::SGDOptions>(torch::optim::SGDOptions(lr)
                                                              .momentum(optim.momentum)
                                                              .nesterov(optim.nesterov)
                                                              .weight_decay(weightDecay));
    return std::make_unique<torch::optim::AdamWOptions>(
        torch::optim::AdamWOptions(lr).betas({optim.momentum, 0.999}).weight_decay(weightDecay));
}

} // namespace

std::vector<std::string> classifierParameterNames(const torch::nn::Module &model, int numClasses)
{
    if (numClasses < 1)
        return {};
    const auto parameters = model.named_parameters(/*recurse=*/true);
    std::string weightName;
    for (const auto &item : parameters) {
        const torch::Tensor &p = item.value();
        if (endsWith(item.key(), "weight") && p.dim() >= 2 && p.size(0) == numClasses)
            weightName = item.key();
    }
    if (weightName.empty())
        return {};
    std::vector<std::string> names {weightName};
    const std::string biasName
        = weightName.substr(0, weightName.size() - std::string("weight").size()) + "bias";
    if (parameters.contains(biasName))
        names.push_back(biasName);
    return names;
}

bool isNormOrBias(const std::string &name, const torch::Tensor &parameter)
{
    return endsWith(name, "bias") || parameter.dim() == 1;
}

OptimizerSetup makeOptimizer(torch::nn::Module &model, int numClasses, const OptimConfig &optim)
{
    if (optim.optimizer != "sgd" && optim.optimizer != "adamw")
        throw Error("config.field", "Unknown optimiser '" + optim.optimizer + "' (sgd or adamw)",
                    "optim.optimizer");
    // torch's SGD would throw a c10::Error for this; say it in the config's terms instead.
    if (optim.optimizer == "sgd" && optim.nesterov && optim.momentum <= 0.0)
        throw Error("config.field", "Nesterov momentum needs optim.momentum above 0",
                    "optim.nesterov");

    const std::vector<std::string> classifier = classifierParameterNames(model, numClasses);
    const std::string classifierWeight = classifier.empty() ? std::string() : classifier[0];
    const std::string classifierBias = classifier.size() > 1 ? classifier[1] : std::string();

    GroupPlan backbone {"backbone", 1.0, true, {}};
    GroupPlan normBias {"norm_bias", 1.0, false, {}};
    GroupPlan weight {"classifier_weight", optim.classifierLrMult, true, {}};
    GroupPlan bias {
        "classifier_bias", optim.classifierBiasLrMult, !optim.noWeightDecayNormBias, {}};
    for (const auto &item : model.named_parameters(/*recurse=*/true)) {
        const std::string &name = item.key();
        const torch::Tensor &p = item.value();
        if (!p.requires_grad())
            continue;
        if (name == classifierWeight)
            weight.parameters.push_back(p);
        else if (name == classifierBias)
            bias.parameters.push_back(p);
        else if (optim.noWeightDecayNormBias && isNormOrBias(name, p))
            normBias.parameters.push_back(p);
        else
            backbone.parameters.push_back(p);
    }

    OptimizerSetup setup;
    std::vector<torch::optim::OptimizerParamGroup> groups;
    for (GroupPlan *plan : {&backbone, &normBias, &weight, &bias}) {
        if (plan->parameters.empty())
            continue;
        groups.emplace_back(plan->parameters, groupOptions(optim, *plan));
        setup.groupNames.push_back(plan->name);
        setup.lrMultipliers.push_back(plan->lrMultiplier);
    }

    if (optim.optimizer == "sgd") {
        const auto defaults = torch::optim::SGDOptions(optim.lr)
                                  .momentum(optim.momentum)
                                  .nesterov(optim.nesterov)
                                  .weight_decay(optim.weightDecay);
        setup.optimizer = std::make_unique<torch::optim::SGD>(std::move(groups), defaults);
    } else {
        const auto defaults = torch::optim::AdamWOptions(optim.lr)
                                  .betas({optim.momentum, 0.999})
                                  .weight_decay(optim.weightDecay);
        setup.optimizer = std::make_unique<torch::optim::AdamW>(std::move(groups), defaults);
    }
    return setup;
}

void setLearningRate(OptimizerSetup &setup, double lr)
{
    auto &groups = setup.optimizer->param_groups();
    for (std::size_t i = 0; i < groups.size(); ++i)
        groups[i].options().set_lr(lr * setup.lrMultipliers.at(i));
}

} // namespace as
