#include "core/train/stepbenchmark.h"
#include "core/common/statistics.h"

#include <algorithm>
#include <chrono>
#include <vector>

#include <torch/torch.h>

#include "core/models/modelregistry.h"
#include "core/train/trainingsetup.h"

namespace as {

namespace {

template<typename Fn> std::vector<double> timeSteps(int warmup, int steps, Fn &&step)
{
    for (int i = 0; i < warmup; ++i)
        step();
    std::vector<double> ms;
    for (int i = 0; i < steps; ++i) {
        const auto start = std::chrono::steady_clock::now();
        step();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                         .count());
    }
    return ms;
}

} // namespace

StepBenchmarkResult benchmarkSteps(const StepBenchmarkOptions &options)
{
    applyThreadCount(options.threads);
    torch::manual_seed(0);
    ModelBuildOptions build;
    build.name = options.model;
    build.numClasses = options.numClasses;
    build.clipLengthFrames = options.clipLengthFrames;
    build.cropSize = options.cropSize;
    build.depthwiseAsConv2d = options.depthwiseAsConv2d;
    std::shared_ptr<VideoModelImpl> model = createModel(build);

    const torch::Tensor data = torch::randn(
        {options.batchSize, 3, options.clipLengthFrames, options.cropSize, options.cropSize});
    const torch::Tensor labels = torch::randint(options.numClasses, {options.batchSize}, torch::kInt64);
    torch::optim::SGD optimiser(model->parameters(),
                                torch::optim::SGDOptions(0.01).momentum(0.9).weight_decay(5e-5));

    StepBenchmarkResult result;
    result.parameters = countParameters(*model);
    model->train();
    result.trainStepMs = median(timeSteps(options.warmupSteps, options.steps, [&] {
        optimiser.zero_grad();
        torch::nn::functional::cross_entropy(model->forward(data), labels).backward();
        optimiser.step();
    }));
    model->eval();
    torch::NoGradGuard noGrad;
    result.inferenceStepMs = median(timeSteps(options.warmupSteps, options.steps,
                                              [&] { (void)model->forward(data); }));
    result.trainClipsPerSecond = 1000.0 * options.batchSize / result.trainStepMs;
    result.inferenceClipsPerSecond = 1000.0 * options.batchSize / result.inferenceStepMs;
    return result;
}

} // namespace as
