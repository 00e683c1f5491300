#include "core/train/precisebn.h"

#include <memory>
#include <utility>
#include <vector>

#include <torch/torch.h>

namespace as {

namespace {

/** The options of a BatchNorm layer of any dimension, and how to reset its statistics. */
struct BatchNormRef
{
    torch::nn::BatchNormOptions *options = nullptr;
    std::function<void()> resetRunningStats;
};

template<typename Impl> bool asBatchNorm(torch::nn::Module &module, BatchNormRef &ref)
{
    auto *bn = dynamic_cast<Impl *>(&module);
    if (!bn)
        return false;
    ref.options = &bn->options;
    ref.resetRunningStats = [bn] { bn->reset_running_stats(); };
    return true;
}

bool asAnyBatchNorm(torch::nn::Module &module, BatchNormRef &ref)
{
    return asBatchNorm<torch::nn::BatchNorm1dImpl>(module, ref)
        || asBatchNorm<torch::nn::BatchNorm2dImpl>(module, ref)
        || asBatchNorm<torch::nn::BatchNorm3dImpl>(module, ref);
}

/**
 * `model` and all its submodules in pre-order (parents before children); the model itself need
 * not be held by a shared_ptr, which modules(include_self = true) would require.
 */
std::vector<torch::nn::Module *> allModules(torch::nn::Module &model)
{
    std::vector<torch::nn::Module *> out {&model};
    for (const auto &child : model.modules(/*include_self=*/false))
        out.push_back(child.get());
    return out;
}

/**
 * Restores each layer's momentum and each module's train/eval flag when it goes out of scope,
 * so that an exception thrown by `forward` leaves the model as it was found (apart from the
 * running statistics, which are then partial).
 */
class ModelStateGuard
{
public:
    explicit ModelStateGuard(torch::nn::Module &model)
    {
        for (torch::nn::Module *module : allModules(model))
            m_modes.emplace_back(module, module->is_training());
    }
    ~ModelStateGuard()
    {
        for (auto &[options, momentum] : m_momenta)
            options->momentum(momentum);
        // Module::train recurses into children; going parents first (pre-order, as recorded),
        // each module ends with its own flag.
        for (auto &[module, training] : m_modes)
            module->train(training);
    }
    ModelStateGuard(const ModelStateGuard &) = delete;
    ModelStateGuard &operator=(const ModelStateGuard &) = delete;

    void rememberMomentum(torch::nn::BatchNormOptions *options)
    {
        m_momenta.emplace_back(options, options->momentum());
    }

private:
    std::vector<std::pair<torch::nn::Module *, bool>> m_modes;
    std::vector<std::pair<torch::nn::BatchNormOptions *, c10::optional<double>>> m_momenta;
};

} // namespace

int countBatchNorms(const torch::nn::Module &model)
{
    // modules() hands out non-const submodules anyway; nothing is modified here.
    auto &mutableModel = const_cast<torch::nn::Module &>(model);
    int count = 0;
    BatchNormRef ref;
    for (torch::nn::Module *module : allModules(mutableModel))
        if (asAnyBatchNorm(*module, ref))
            ++count;
    return count;
}

int updatePreciseBn(torch::nn::Module &model,
                    const std::function<std::optional<torch::Tensor>()> &nextBatch,
                    const std::function<void(const torch::Tensor &)> &forward, int batches)
{
    if (batches <= 0)
        return 0;
    // Draw the first batch before touching anything: no data leaves the statistics untouched.
    std::optional<torch::Tensor> input = nextBatch();
    if (!input)
        return 0;

    ModelStateGuard guard(model);
    for (torch::nn::Module *module : allModules(model)) {
        BatchNormRef ref;
        if (!asAnyBatchNorm(*module, ref) || !ref.options->track_running_stats())
            continue;
        guard.rememberMomentum(ref.options);
        ref.resetRunningStats();
        // A null momentum makes LibTorch's BatchNorm use the cumulative moving average
        // 1 / num_batches_tracked: the running statistics become the plain mean of the
        // per-batch statistics, as pySlowFast's update_bn_stats computes them.
        ref.options->momentum(c10::nullopt);
    }

    torch::NoGradGuard noGrad;
    model.train(true);
    int used = 0;
    while (input) {
        forward(*input);
        ++used;
        if (used >= batches)
            break;
        input = nextBatch();
    }
    return used;
}

} // namespace as
