#include "core/train/loaderbenchmark.h"
#include "core/common/statistics.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <regex>
#include <vector>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/modelregistry.h"
#include "core/project/project.h"
#include "core/train/trainingsetup.h"

namespace as {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/** The short side most packs of the cache were extracted at (packs are `<id>_s<N>.asfc`). */
int commonCacheShortSide(const std::string &cacheDir)
{
    std::map<int, int> counts;
    const std::regex name(R"(\d+_s(\d+)\.asfc)");
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(cacheDir, ec)) {
        std::smatch match;
        const std::string file = entry.path().filename().string();
        if (std::regex_match(file, match, name))
            ++counts[std::stoi(match[1].str())];
    }
    if (counts.empty())
        throw Error("bench.nocache",
                    "The project has no frame cache in " + cacheDir + " (run extract first)", cacheDir);
    return std::max_element(counts.begin(), counts.end(),
                            [](const auto &a, const auto &b) { return a.second < b.second; })
        ->first;
}

/** The experiment a model's reference recipe implies, sized by the options. */
ExperimentConfig configFor(const LoaderBenchmarkOptions &options, const Project &project)
{
    const InputSpec spec = referenceInputSpec(options.model);  // throws for unknown models
    ExperimentConfig config;
    config.model.name = options.model;
    config.model.numClasses = std::max<int>(1, static_cast<int>(project.classes().size()));
    config.input.clipLengthFrames =
        options.clipLengthFrames > 0 ? options.clipLengthFrames : spec.clipLengthFrames;
    config.input.frameInterval = spec.frameInterval;
    config.input.cropSize = options.cropSize > 0 ? options.cropSize : spec.cropSize;
    // Keep the reference ratio of short side to crop when the crop is overridden.
    config.input.shortSide = options.cropSize > 0
                                 ? std::max(config.input.cropSize,
                                            spec.shortSide * config.input.cropSize / spec.cropSize)
                                 : spec.shortSide;
    config.input.mean = spec.mean;
    config.input.std = spec.std;
    config.data.split = options.split;
    config.data.cacheShortSide = options.cacheShortSide > 0 ? options.cacheShortSide
                                                            : commonCacheShortSide(project.cacheDir());
    config.optim.batchSize = options.batchSize;
    return config;
}

} // namespace

LoaderBenchmarkResult benchmarkLoader(const LoaderBenchmarkOptions &options)
{
    applyThreadCount(options.threads);
    const Project project = Project::open(options.projectDir);
    const ExperimentConfig config = configFor(options, project);
    std::vector<ClipSample> samples = projectSamples(project, config, Subset::Train);
    samples.erase(std::remove_if(samples.begin(), samples.end(),
                                 [](const ClipSample &s) {
                                     std::error_code ec;
                                     return !std::filesystem::is_regular_file(s.packPath, ec);
                                 }),
                  samples.end());
    if (samples.size() < static_cast<std::size_t>(std::max(1, options.batchSize)))
        throw Error("bench.nosamples",
                    "Split " + std::to_string(config.data.split) + " of " + options.projectDir +
                        " has " + std::to_string(samples.size()) + " training videos cached at short side " +
                        std::to_string(config.data.cacheShortSide) + ", fewer than one batch",
                    options.projectDir);

    LoaderBenchmarkResult result;
    result.samples = static_cast<int>(samples.size());
    result.cacheShortSide = config.data.cacheShortSide;
    result.cropSize = config.input.cropSize;
    const auto dataset = makeDataset(std::move(samples), config, true);
    ClipLoader::Options loaderOptions;
    loaderOptions.batchSize = options.batchSize;
    loaderOptions.workers = options.workers;
    loaderOptions.seed = 1;
    // Each phase has its own loader, destroyed (workers joined) before the next phase, so no
    // prefetching from one phase steals cores from the next. One batch per phase is warm-up.
    const int batchesPerEpoch = static_cast<int>(ClipLoader(dataset, loaderOptions).batchesPerEpoch());
    const int iters = std::max(1, std::min(options.iters, batchesPerEpoch - 1));
    result.timedBatches = iters;

    // 1. The loader alone: how fast it fills batches with the cores to itself.
    {
        ClipLoader loader(dataset, loaderOptions);
        loader.startEpoch(0);
        std::optional<ClipBatch> first = loader.next();
        result.clipLengthFrames = first ? static_cast<int>(first->data.size(2)) : 0;
        std::vector<double> waits;
        int clips = 0;
        const auto start = Clock::now();
        for (int i = 0; i < iters; ++i) {
            const auto t0 = Clock::now();
            std::optional<ClipBatch> batch = loader.next();
            waits.push_back(msSince(t0));
            clips += batch ? static_cast<int>(batch->data.size(0)) : 0;
        }
        result.loaderClipsPerSecond = 1000.0 * clips / std::max(1e-9, msSince(start));
        result.loaderBatchMs = median(waits);
    }
    if (!options.compareStep)
        return result;

    // 2. Training steps: on batches held in memory, then fed by the running loader.
    torch::manual_seed(0);
    ModelBuildOptions build;
    build.name = config.model.name;
    build.numClasses = config.model.numClasses;
    build.clipLengthFrames = config.input.clipLengthFrames;
    build.cropSize = config.input.cropSize;
    std::shared_ptr<VideoModelImpl> model = createModel(build);
    model->train();
    torch::optim::SGD optimiser(model->parameters(),
                                torch::optim::SGDOptions(0.01).momentum(0.9).weight_decay(5e-5));
    const auto step = [&](const ClipBatch &batch) {
        optimiser.zero_grad();
        torch::nn::functional::cross_entropy(model->forward(batch.data), batch.labels).backward();
        optimiser.step();
    };

    std::vector<ClipBatch> inMemory;
    {
        ClipLoader loader(dataset, loaderOptions);
        loader.startEpoch(1);
        while (static_cast<int>(inMemory.size()) < iters + 1) {
            std::optional<ClipBatch> batch = loader.next();
            if (!batch)
                break;
            inMemory.push_back(std::move(*batch));
        }
    }
    // On a shared machine the background load drifts, so the two kinds of step alternate in
    // rounds and the medians are taken over all rounds. A loader-fed step is the step plus
    // the wait for the next batch, with the loader's workers prefetching meanwhile.
    constexpr int kRounds = 2;
    std::vector<double> memoryMs;
    std::vector<double> loaderMs;
    step(inMemory.front());  // warm-up
    for (int round = 0; round < kRounds; ++round) {
        for (std::size_t i = 1; i < inMemory.size(); ++i) {
            const auto t0 = Clock::now();
            step(inMemory[i]);
            memoryMs.push_back(msSince(t0));
        }
        ClipLoader loader(dataset, loaderOptions);
        loader.startEpoch(2 + round);
        std::optional<ClipBatch> current = loader.next();  // the first fill is start-up, untimed
        for (int i = 0; i < iters && current; ++i) {
            const auto t0 = Clock::now();
            step(*current);
            current = loader.next();
            loaderMs.push_back(msSince(t0));
        }
    }
    result.stepInMemoryMs = median(memoryMs);
    result.stepWithLoaderMs = median(loaderMs);
    result.stepRatio = result.stepInMemoryMs > 0 ? result.stepWithLoaderMs / result.stepInMemoryMs : 0.0;
    return result;
}

} // namespace as
