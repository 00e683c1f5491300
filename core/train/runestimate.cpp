#include "core/train/runestimate.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <new>
#include <optional>
#include <sstream>
#include <vector>

#include <torch/torch.h>

#if __has_include(<cuda_runtime_api.h>) && __has_include(<c10/cuda/CUDACachingAllocator.h>)
#include <c10/cuda/CUDACachingAllocator.h>
#define AS_ESTIMATE_CUDA_STATS 1
#endif

#include "core/common/error.h"
#include "core/common/statistics.h"
#include "core/project/project.h"
#include "core/train/autocastscope.h"
#include "core/train/losses.h"
#include "core/train/lossscaler.h"
#include "core/train/optimizerfactory.h"
#include "core/train/trainingsetup.h"
#include "core/video/framecache.h"

namespace as {

namespace {

/** A field of /proc/self/status or /proc/meminfo in bytes ("VmHWM:  1234 kB"); 0 if absent. */
std::int64_t procKilobytesField(const char *file, const std::string &field)
{
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(field + ":", 0) != 0)
            continue;
        std::istringstream value(line.substr(field.size() + 1));
        std::int64_t kb = 0;
        value >> kb;
        return kb * 1024;
    }
    return 0;
}

/** Restarts the process's peak resident set (VmHWM) at its current size (Linux ≥ 4.0). */
void resetPeakResidentSet()
{
    std::ofstream clearRefs("/proc/self/clear_refs");
    clearRefs << "5";
}

bool isOutOfMemory(const c10::Error &e)
{
    const std::string what = e.what();
    return what.find("out of memory") != std::string::npos
        || what.find("can't allocate memory") != std::string::npos;
}

/** Halves the batch, shrinks the crop by a quarter, and on CUDA offers mixed precision. */
std::string memorySuggestion(const ExperimentConfig &config, bool cuda)
{
    std::string text = "Set optim.batch_size to "
        + std::to_string(std::max(1, config.optim.batchSize / 2))
        + " (raise optim.accumulate_steps to "
        + std::to_string(std::max(1, config.optim.accumulateSteps) * 2)
        + " to keep the effective batch)";
    const int smallerCrop = std::max(32, config.input.cropSize * 3 / 4 / 8 * 8);
    if (smallerCrop < config.input.cropSize)
        text += ", or input.crop_size to " + std::to_string(smallerCrop);
    if (cuda && !config.tricks.mixedPrecision)
        text += ", or turn on tricks.mixed_precision";
    return text + ".";
}

/**
 * The first `wanted` training samples whose frames are in the cache, extracting the packs that
 * are missing (videos that fail to decode are passed over; training will report them).
 */
std::vector<ClipSample> cachedSamples(const Project &project, const ExperimentConfig &config,
                                      std::vector<ClipSample> samples, std::size_t wanted,
                                      ProgressObserver &observer, const CancellationToken &token)
{
    std::vector<ClipSample> ready;
    const auto total = static_cast<std::int64_t>(std::min(wanted, samples.size()));
    observer.onProgress("extract", 0, total);
    for (ClipSample &sample : samples) {
        if (ready.size() >= wanted)
            break;
        token.throwIfCancelled();
        std::error_code ec;
        if (!std::filesystem::is_regular_file(sample.packPath, ec)) {
            const std::optional<VideoRecord> video = project.video(sample.videoId);
            if (!video)
                continue;
            try {
                FrameCache::extract(video->path, sample.packPath, config.data.cacheShortSide,
                                    [&token] { return token.isCancelled(); });
            } catch (const Error &) {
                continue;
            }
        }
        ready.push_back(std::move(sample));
        observer.onProgress("extract", static_cast<std::int64_t>(ready.size()), total);
    }
    return ready;
}

std::string deviceDescription(const torch::Device &device)
{
    if (device.is_cpu())
        return "cpu (" + std::to_string(torch::get_num_threads()) + " threads)";
    return device.str();
}

} // namespace

RunEstimate estimateRun(const ExperimentConfig &inputConfig, const std::string &projectDir,
                        int iterations, ProgressObserver &observer, const CancellationToken &token)
{
    ExperimentConfig config = inputConfig;
    if (!projectDir.empty())
        config.data.project = projectDir;
    iterations = std::max(1, iterations);
    applyThreadCount(config.run.threads);
    const torch::Device device = resolveDevice(config.run.device);
    const Project project = Project::open(config.data.project);
    const std::vector<ClassInfo> classes = project.classes();
    config.model.numClasses =
        std::max<int>(2, static_cast<int>(runClassNames(project, config).size()));
    ClipLabelMaps maps = labelMaps(config, classes);

    RunEstimate estimate;
    estimate.device = deviceDescription(device);
    estimate.batchSize = std::max(1, config.optim.batchSize);
    estimate.epochs = config.optim.epochs;
    std::vector<ClipSample> samples = projectSamples(project, config, Subset::Train);
    estimate.trainVideos = static_cast<int>(samples.size());
    if (samples.empty())
        throw Error("data.empty",
                    "Split " + std::to_string(config.data.split) + " of project "
                        + config.data.project + " has no usable training videos",
                    config.data.project);

    // The trainer's loader options, so an epoch has as many iterations here as there.
    ClipLoader::Options options;
    options.batchSize = estimate.batchSize;
    options.shuffle = true;
    options.dropLast = samples.size() > static_cast<std::size_t>(estimate.batchSize);
    options.workers = config.run.workers;
    options.seed = config.run.seed;
    estimate.iterationsPerEpoch = static_cast<int>(
        ClipLoader(makeDataset(samples, config, true, maps), options).batchesPerEpoch());

    // Enough cached videos for the warm-up and the timed iterations.
    const std::size_t wanted = static_cast<std::size_t>(estimate.batchSize) * (iterations + 1);
    std::vector<ClipSample> measured
        = cachedSamples(project, config, std::move(samples), wanted, observer, token);
    if (measured.empty())
        throw Error("data.empty",
                    "No training video of " + config.data.project
                        + " could be decoded to measure a training step",
                    config.data.project);
    options.dropLast = false;
    ClipLoader loader(makeDataset(std::move(measured), config, true, std::move(maps)), options);

    const bool cuda = device.is_cuda();
    estimate.availableMemoryBytes = cuda ? 0 : procKilobytesField("/proc/meminfo", "MemAvailable");
    const std::int64_t residentBefore = procKilobytesField("/proc/self/status", "VmRSS");
    resetPeakResidentSet();
#ifdef AS_ESTIMATE_CUDA_STATS
    if (cuda)
        c10::cuda::CUDACachingAllocator::resetPeakStats(device.has_index() ? device.index() : 0);
#endif

    std::vector<double> seconds;
    try {
        torch::manual_seed(config.run.seed);
        std::shared_ptr<VideoModelImpl> model = createModel(modelBuildOptions(config));
        model->to(device);
        model->train();
        if (config.tricks.channelsLast) { // as the trainer: 3-D and 2-D weights
            torch::NoGradGuard noGrad;
            for (torch::Tensor &p : model->parameters()) {
                if (p.dim() == 5)
                    p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast3d));
                else if (p.dim() == 4)
                    p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
            }
        }
        OptimizerSetup optimizer = makeOptimizer(*model, config.model.numClasses, config.optim);
        setLearningRate(optimizer, config.optim.lr);
        const bool mixedPrecision = config.tricks.mixedPrecision && cuda;
        LossScaler scaler(mixedPrecision);
        const std::vector<torch::Tensor> parameters = model->parameters();

        int epoch = 0;
        loader.startEpoch(epoch);
        observer.onProgress("measure", 0, iterations + 1);
        for (int i = 0; i <= iterations; ++i) {
            token.throwIfCancelled();
            const auto start = std::chrono::steady_clock::now();
            std::optional<ClipBatch> batch = loader.next();
            if (!batch) { // fewer cached videos than iterations need: go round again
                loader.startEpoch(++epoch);
                batch = loader.next();
            }
            torch::Tensor data = batch->data.to(device); // [N, 3, T, H, W]
            const torch::Tensor labels = batch->labels.to(device);
            if (config.tricks.channelsLast)
                data = data.contiguous(torch::MemoryFormat::ChannelsLast3d);
            optimizer.optimizer->zero_grad();
            torch::Tensor logits;
            {
                AutocastScope autocast(mixedPrecision);
                logits = model->forward(data); // [N, classes]
            }
            const torch::Tensor loss = smoothedCrossEntropy(logits.to(torch::kFloat32), labels,
                                                            config.loss.labelSmoothing);
            scaler.scaled(loss).backward();
            if (scaler.unscaleGradients(parameters)) {
                if (config.optim.gradClipNorm > 0.0)
                    torch::nn::utils::clip_grad_norm_(parameters, config.optim.gradClipNorm);
                optimizer.optimizer->step();
            }
            (void)loss.item<double>(); // waits for the device
            if (i > 0) // the first iteration allocates and tunes: not typical
                seconds.push_back(
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                        .count());
            observer.onProgress("measure", i + 1, iterations + 1);
        }
    } catch (const std::bad_alloc &) {
        estimate.fits = false;
    } catch (const c10::Error &e) {
        if (!isOutOfMemory(e))
            throw Error("estimate.failed",
                        std::string("A training step failed: ") + e.what_without_backtrace(),
                        config.model.name);
        estimate.fits = false;
    }

#ifdef AS_ESTIMATE_CUDA_STATS
    if (cuda) {
        const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(
            device.has_index() ? device.index() : 0);
        estimate.peakMemoryBytes = stats
                                       .allocated_bytes[static_cast<std::size_t>(
                                           c10::cuda::CUDACachingAllocator::StatType::AGGREGATE)]
                                       .peak;
    }
#endif
    if (!cuda)
        estimate.peakMemoryBytes = std::max<std::int64_t>(
            0, procKilobytesField("/proc/self/status", "VmHWM") - residentBefore);
    if (estimate.fits && estimate.availableMemoryBytes > 0
        && estimate.peakMemoryBytes > estimate.availableMemoryBytes)
        estimate.fits = false; // it ran, but only by pushing other programs into swap

    estimate.measuredIterations = static_cast<int>(seconds.size());
    estimate.secondsPerIteration = seconds.empty() ? 0.0 : median(seconds);
    estimate.secondsPerEpoch = estimate.secondsPerIteration * estimate.iterationsPerEpoch;
    estimate.totalSeconds = estimate.secondsPerEpoch * estimate.epochs;
    if (!estimate.fits)
        estimate.suggestion = memorySuggestion(config, cuda);
    return estimate;
}

} // namespace as
