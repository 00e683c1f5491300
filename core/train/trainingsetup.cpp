#include "core/train/trainingsetup.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <thread>

#include <opencv2/core/utility.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/modelregistry.h"
#include "core/project/project.h"
#include "core/train/backgroundsamples.h"
#include "core/video/framecache.h"

namespace as {

torch::Device resolveDevice(const std::string &device)
{
    if (device == "auto")
        return torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    if (device == "cpu")
        return torch::Device(torch::kCPU);
    if (device.rfind("cuda", 0) == 0) {
        if (!torch::cuda::is_available())
            throw Error("device.unavailable",
                        "run.device is '" + device + "' but this LibTorch build has no CUDA or "
                        "no GPU is visible; use 'cpu' or 'auto'",
                        "run.device");
        return torch::Device(device);
    }
    throw Error("device.unknown", "Unknown device '" + device + "' (auto, cpu, cuda, cuda:N)",
                "run.device");
}

void applyThreadCount(int threads)
{
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads > 0 ? threads : cores);
    // Denormal floats (tiny activations and gradients) are up to 100x slower on x86 CPUs;
    // flushing them to zero changes no result that matters and keeps steps at full speed.
    at::globalContext().setFlushDenormal(true);
    // The clip loader's threads call OpenCV (JPEG decode, resize) while torch's OpenMP threads
    // train on every core. OpenCV's own TBB pool would add spinning threads on top and slow
    // the step far more than the decode costs (bench loader: step 1.25x slower with the
    // pool), so OpenCV runs in the calling thread; the loader has its own workers.
    cv::setNumThreads(1);
}

ClipTransformOptions transformOptions(const ExperimentConfig &config, bool train)
{
    return modelPipeline(config, train).transform;
}

std::vector<ClipSample> projectSamples(const Project &project, const ExperimentConfig &config,
                                       Subset subset)
{
    const std::vector<ClassInfo> classes = project.classes();
    std::map<std::int64_t, int> labelOf;
    for (const ClassInfo &c : classes)
        labelOf[c.id] = c.index;
    const bool background = config.data.backgroundClass;
    const int spanFrames = background ? modelPipeline(config, true).sampling.spanFrames(true) : 1;

    std::vector<ClipSample> samples;
    std::vector<ClipSample> backgroundSamples;
    for (const VideoRecord &video : project.videosIn(config.data.split, subset)) {
        if (video.status == VideoStatus::Error)
            continue;
        ClipSample sample;
        sample.packPath = FrameCache::packPath(project.cacheDir(), video.id,
                                               config.data.cacheShortSide);
        sample.videoId = video.id;
        const std::vector<SegmentRecord> segments = project.segments(video.id);
        bool segmentLabels = false;
        for (const SegmentRecord &segment : segments) {
            if (segment.source != SegmentSource::Manual || !labelOf.count(segment.classId))
                continue;
            ClipSample labelled = sample;
            labelled.label = labelOf.at(segment.classId);
            labelled.firstFrame = segment.startFrame;
            labelled.endFrame = segment.endFrame;
            samples.push_back(std::move(labelled));
            segmentLabels = true;
        }
        if (video.classId != 0 && !segmentLabels && labelOf.count(video.classId)) {
            sample.label = labelOf.at(video.classId);
            samples.push_back(sample);
        }
        if (!background || video.classId != 0)
            continue;
        if (!video.reviewed)
            continue;
        sample.label = backgroundLabel(classes);
        const BackgroundRule rule = backgroundRule(video.fps, spanFrames);
        for (const FrameSpan &piece : backgroundPieces(segments, video.frameCount, rule)) {
            sample.firstFrame = piece.first;
            sample.endFrame = piece.end;
            backgroundSamples.push_back(sample);
        }
    }
    if (background) {
        const int label = backgroundLabel(classes);
        std::vector<ClipSample> actions;  // a hand-labelled background class is not an action
        std::copy_if(samples.begin(), samples.end(), std::back_inserter(actions),
                     [label](const ClipSample &s) { return s.label != label; });
        for (ClipSample &s : keepEvenly(std::move(backgroundSamples), backgroundCap(actions)))
            samples.push_back(std::move(s));
    }
    return samples;
}

int backgroundLabel(const std::vector<ClassInfo> &classes)
{
    int next = 0;
    for (const ClassInfo &c : classes) {
        if (c.name == kBackgroundClassName)
            return c.index;
        next = std::max(next, c.index + 1);
    }
    return next;
}

std::vector<std::string> runClassNames(const Project &project, const ExperimentConfig &config)
{
    const std::vector<ClassInfo> classes = project.classes();
    std::vector<std::string> names;
    for (const ClassInfo &c : classes) {
        if (names.size() <= static_cast<std::size_t>(c.index))
            names.resize(static_cast<std::size_t>(c.index) + 1);
        names[static_cast<std::size_t>(c.index)] = c.name;
    }
    if (config.data.backgroundClass
        && backgroundLabel(classes) == static_cast<int>(names.size()))
        names.push_back(kBackgroundClassName);
    return names;
}

namespace {

std::vector<int> swapMap(const std::vector<ClassSwap> &swaps, const std::vector<ClassInfo> &classes,
                         const std::string &field)
{
    std::map<std::string, int> indexOf;
    std::string known;
    int count = 0;
    for (const ClassInfo &c : classes) {
        indexOf[c.name] = c.index;
        known += (known.empty() ? "" : ", ") + c.name;
        count = std::max(count, c.index + 1);
    }
    std::vector<int> map(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        map[static_cast<std::size_t>(i)] = i;
    for (const ClassSwap &swap : swaps) {
        for (const std::string &name : {swap.first, swap.second})
            if (!indexOf.count(name))
                throw Error("config.unknown_class",
                            field + " names the class '" + name +
                                "', which the project does not have (its classes: " + known + ")",
                            field);
        const int a = indexOf.at(swap.first);
        const int b = indexOf.at(swap.second);
        map[static_cast<std::size_t>(a)] = b;
        map[static_cast<std::size_t>(b)] = a;
    }
    return map;
}

} // namespace

ClipLabelMaps labelMaps(const ExperimentConfig &config, const std::vector<ClassInfo> &classes)
{
    ClipLabelMaps maps;
    maps.underFlip = swapMap(config.augment.flipLabelSwaps, classes, "augment.flip_label_swaps");
    maps.timeReverse = config.augment.timeReverse;
    maps.underReverse =
        swapMap(config.augment.reverseLabelSwaps, classes, "augment.reverse_label_swaps");
    return maps;
}

std::shared_ptr<const ClipDataset> makeDataset(std::vector<ClipSample> samples,
                                               const ExperimentConfig &config, bool train,
                                               ClipLabelMaps maps)
{
    DataPipeline pipeline = modelPipeline(config, train);
    return std::make_shared<const ClipDataset>(std::move(samples), std::move(pipeline.sampling),
                                               ClipTransform(pipeline.transform), train,
                                               std::move(maps));
}

DataPipeline modelPipeline(const ExperimentConfig &config, bool train)
{
    // An unknown model name is reported where the model is built; its data is fed densely.
    const InputSpec spec =
        isKnownModel(config.model.name) ? referenceInputSpec(config.model.name) : InputSpec{};
    return buildDataPipeline(spec, config, train);
}

std::string validationProtocol(const ExperimentConfig &config)
{
    const DataPipeline pipeline = modelPipeline(config, false);
    if (pipeline.sampling.segments())
        return "middle frames of " + std::to_string(pipeline.sampling.clipLengthFrames(false)) +
               " segments x 1 centre crop; short side " + std::to_string(config.input.shortSide) +
               ", crop " + std::to_string(config.input.cropSize) + " px";
    return "1 centred clip x 1 centre crop; " + std::to_string(config.input.clipLengthFrames) +
           " frames every " + std::to_string(config.input.frameInterval) + "; short side " +
           std::to_string(config.input.shortSide) + ", crop " +
           std::to_string(config.input.cropSize) + " px";
}

std::string finalTestProtocol(const ExperimentConfig &config)
{
    const DataPipeline pipeline = modelPipeline(config, false);
    const std::string crops = pipeline.testCrops == 10  ? "10 crops (ten-crop)"
                              : pipeline.testCrops == 3 ? "3 crops (three-crop)"
                                                        : "1 centre crop";
    const std::string size = "short side " + std::to_string(config.input.shortSide) + ", crop " +
                             std::to_string(config.input.cropSize) + " px";
    if (pipeline.sampling.segments())
        return "middle frames of " + std::to_string(pipeline.sampling.clipLengthFrames(false)) +
               " segments x " + crops + ", scores averaged; " + size;
    return std::to_string(pipeline.testClips) + " clips x " + crops + ", scores averaged; " +
           std::to_string(config.input.clipLengthFrames) + " frames every " +
           std::to_string(config.input.frameInterval) + "; " + size;
}

ModelBuildOptions modelBuildOptions(const ExperimentConfig &config)
{
    ModelBuildOptions build;
    build.name = config.model.name;
    build.numClasses = config.model.numClasses;
    build.clipLengthFrames = config.input.clipLengthFrames;
    build.cropSize = config.input.cropSize;
    build.dropout = config.model.dropout;
    build.zeroInitFinalBn = config.model.zeroInitFinalBn;
    return build;
}

} // namespace as
