#include "core/models/modelregistry.h"

#include <algorithm>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/c3d.h"
#include "core/models/mobilenetv2.h"
#include "core/models/resnet.h"
#include "core/models/slowfast.h"
#include "core/models/tsn.h"
#include "core/models/vgg16.h"
#include "core/models/x3d.h"

namespace as {

namespace {

/** A registered architecture: how it is fed in its reference recipe, and how it is built. */
struct ModelEntry
{
    std::string name;
    InputSpec spec;
    std::function<std::shared_ptr<VideoModelImpl>(const ModelBuildOptions &)> build;
};

InputSpec kineticsSpec(int frames, int interval, int crop, int shortSide)
{
    InputSpec spec; // mean 0.45, std 0.225 (pytorchvideo's Kinetics recipe)
    spec.clipLengthFrames = frames;
    spec.frameInterval = interval;
    spec.cropSize = crop;
    spec.shortSide = shortSide;
    return spec;
}

std::shared_ptr<VideoModelImpl> buildX3D(X3DOptions options, const ModelBuildOptions &build)
{
    if (build.clipLengthFrames > 0)
        options.clipLengthFrames = build.clipLengthFrames;
    if (build.cropSize > 0)
        options.cropSize = build.cropSize;
    options.dropout = build.dropout;
    options.zeroInitFinalBn = build.zeroInitFinalBn;
    options.depthwiseAsConv2d = build.depthwiseAsConv2d;
    return std::make_shared<X3DImpl>(options);
}

/**
 * Segment sampling (TSN, PP-TSN, TSM): `segments` segments of one frame, ImageNet mean/std
 * (the 2-D backbones are ImageNet networks), short side 256, crop 224, corner/scale jitter.
 */
InputSpec segmentSpec(int segments, int testClips, int testCrops)
{
    InputSpec spec;
    spec.sampling = "segments";
    spec.numSegments = segments;
    spec.framesPerSegment = 1;
    spec.clipLengthFrames = segments; // numSegments × framesPerSegment
    spec.frameInterval = 1;
    spec.cropSize = 224;
    spec.shortSide = 256;
    spec.trainCrop = "multiscale";
    spec.mean = {0.485, 0.456, 0.406};
    spec.std = {0.229, 0.224, 0.225};
    spec.testClips = testClips;
    spec.testCrops = testCrops;
    return spec;
}

/** A TSN-style model around `backbone`, taking T = the build's clip length or `frames`. */
std::shared_ptr<VideoModelImpl> buildSegmentModel(std::shared_ptr<TsnBackboneImpl> backbone,
                                                  const std::string &displayName, int frames,
                                                  TSNOptions::Consensus consensus,
                                                  const ModelBuildOptions &build,
                                                  bool anyFrameCount = true)
{
    TSNOptions options;
    options.displayName = displayName;
    options.anyFrameCount = anyFrameCount;
    options.clipLengthFrames = build.clipLengthFrames > 0 ? build.clipLengthFrames : frames;
    options.dropout = build.dropout;
    options.consensus = consensus;
    return std::make_shared<TSNImpl>(std::move(backbone), options);
}

std::shared_ptr<VideoModelImpl> buildC3D(const ModelBuildOptions &build)
{
    // fc6 is fixed at 8192 inputs, so C3D only takes the clip it was designed for.
    if ((build.clipLengthFrames > 0 && build.clipLengthFrames != 16)
        || (build.cropSize > 0 && build.cropSize != 112)) {
        throw Error("model.options",
                    "C3D only accepts 16-frame clips cropped to 112x112 (fc6 expects 8192 "
                    "features), but " + std::to_string(build.clipLengthFrames) + " frames at " +
                        std::to_string(build.cropSize) + " pixels were asked for",
                    "input");
    }
    C3DOptions options;
    options.numClasses = build.numClasses;
    options.dropout = build.dropout;
    return std::make_shared<C3DImpl>(options);
}

InputSpec slowFastSpec(int alpha)
{
    InputSpec spec = kineticsSpec(32, 2, 224, 256);
    spec.slowFastAlpha = alpha;
    spec.testClips = 10;
    spec.testCrops = 3;
    return spec;
}

std::shared_ptr<VideoModelImpl> buildSlowFast(SlowFastOptions options,
                                              const ModelBuildOptions &build)
{
    if (build.clipLengthFrames > 0)
        options.fastFrames = build.clipLengthFrames; // must be a multiple of alpha (checked)
    if (build.cropSize > 0)
        options.cropSize = build.cropSize;
    options.dropout = build.dropout;
    options.zeroInitFinalBn = build.zeroInitFinalBn;
    return std::make_shared<SlowFastImpl>(options);
}

const std::vector<ModelEntry> &registry()
{
    static const std::vector<ModelEntry> entries = [] {
        std::vector<ModelEntry> e;
        // X3D recipes of pytorchvideo's model zoo: frames × interval, crop, short side.
        e.push_back({"x3d_xs", kineticsSpec(4, 12, 160, 182), [](const ModelBuildOptions &b) {
                         return buildX3D(X3DOptions::xs(b.numClasses), b);
                     }});
        e.push_back({"x3d_s", kineticsSpec(13, 6, 160, 182), [](const ModelBuildOptions &b) {
                         return buildX3D(X3DOptions::s(b.numClasses), b);
                     }});
        e.push_back({"x3d_m", kineticsSpec(16, 5, 224, 256), [](const ModelBuildOptions &b) {
                         return buildX3D(X3DOptions::m(b.numClasses), b);
                     }});
        e.push_back({"x3d_l", kineticsSpec(16, 5, 312, 356), [](const ModelBuildOptions &b) {
                         return buildX3D(X3DOptions::l(b.numClasses), b);
                     }});
        // TSN (Wang 2016, UCF101 recipe): 3 segments × 1 frame, frames 340×256, 224 crop with
        // corner/scale jitter; tested on 25 frames × 10 crops. Average consensus of the class
        // scores. Dropout comes from the build options (the paper's RGB value is 0.8).
        e.push_back({"tsn_vgg16", segmentSpec(3, 25, 10), [](const ModelBuildOptions &b) {
                         return buildSegmentModel(std::make_shared<Vgg16Impl>(b.numClasses),
                                                  "TSN-VGG16", 3,
                                                  TSNOptions::Consensus::AverageScores, b);
                     }});
        e.push_back({"tsn_r50", segmentSpec(3, 25, 10), [](const ModelBuildOptions &b) {
                         return buildSegmentModel(
                             std::make_shared<ResNetImpl>(ResNetOptions{b.numClasses, false}),
                             "TSN-R50", 3, TSNOptions::Consensus::AverageScores, b);
                     }});
        // PP-TSN (PaddleVideo): ResNet-50-vd, 3 segments in training (8 in the distilled
        // variant), 25 frames × TenCrop in test; frame features are averaged before the fc
        // (recipe dropout 0.4, set through the build options).
        e.push_back({"pptsn_r50vd", segmentSpec(3, 25, 10), [](const ModelBuildOptions &b) {
                         return buildSegmentModel(
                             std::make_shared<ResNetImpl>(ResNetOptions{b.numClasses, true}),
                             "PP-TSN-R50vd", 3, TSNOptions::Consensus::AverageFeatures, b);
                     }});
        // TSM-MobileNetV2 as mmaction2 configs/recognition/tsm/
        // tsm_imagenet-pretrained-mobilenetv2_8xb16-1x1x8-100e_kinetics400-rgb.py: train
        // SampleFrames(clip_len=1, num_clips=8) + MultiScaleCrop to 224; test the same 8
        // segments (test_mode, 1 clip) with ThreeCrop (mmaction2 crops 256 there; we keep 224).
        // Head dropout 0.5 there; the shift is built for the T the model gets, so testClips 0:
        // tested on as many segments as it was trained on.
        e.push_back({"tsm_mobilenetv2", segmentSpec(8, 0, 3), [](const ModelBuildOptions &b) {
                         const int frames = b.clipLengthFrames > 0 ? b.clipLengthFrames : 8;
                         return buildSegmentModel(std::make_shared<MobileNetV2Impl>(
                                                      MobileNetV2Options{b.numClasses, frames, 8}),
                                                  "TSM-MobileNetV2", frames,
                                                  TSNOptions::Consensus::AverageScores, b,
                                                  false);
                     }});
        // C3D (Sports-1M/UCF101 recipe): 16 consecutive frames, frames resized to 171×128 (short
        // side 128), 112 crop, raw 0..255 pixels minus the BGR mean (90, 98, 102). In our RGB
        // [0,1] convention that is mean (102, 98, 90)/255 and std 1/255: (x - mean)/std then
        // equals the raw pixel value minus the mean, as in the reference.
        InputSpec c3d;
        c3d.clipLengthFrames = 16;
        c3d.frameInterval = 1;
        c3d.cropSize = 112;
        c3d.shortSide = 128;
        c3d.mean = {102.0 / 255.0, 98.0 / 255.0, 90.0 / 255.0};
        c3d.std = {1.0 / 255.0, 1.0 / 255.0, 1.0 / 255.0};
        e.push_back({"c3d", c3d, buildC3D});
        // SlowFast R50 (PySlowFast Kinetics recipes): one dense clip of 32 frames 2 apart feeds
        // the fast pathway, the model picks T/alpha of them for the slow one as PackPathway does
        // (4x16: 4 slow frames about 16 apart; 8x8: 8 about 8 apart). 10 clips x 3 crops in test.
        e.push_back({"slowfast_r50_4x16", slowFastSpec(8), [](const ModelBuildOptions &b) {
                         return buildSlowFast(SlowFastOptions::r50_4x16(b.numClasses), b);
                     }});
        e.push_back({"slowfast_r50_8x8", slowFastSpec(4), [](const ModelBuildOptions &b) {
                         return buildSlowFast(SlowFastOptions::r50_8x8(b.numClasses), b);
                     }});
        return e;
    }();
    return entries;
}

const ModelEntry *findModel(const std::string &name)
{
    const auto &entries = registry();
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&name](const ModelEntry &e) { return e.name == name; });
    return it == entries.end() ? nullptr : &*it;
}

[[noreturn]] void throwUnknown(const std::string &name)
{
    std::string known;
    for (const auto &entry : registry())
        known += (known.empty() ? "" : ", ") + entry.name;
    throw Error("model.unknown", "Unknown model \"" + name + "\" (known: " + known + ")",
                "model.name");
}

} // namespace

std::vector<std::string> modelNames()
{
    std::vector<std::string> names;
    for (const auto &entry : registry())
        names.push_back(entry.name);
    return names;
}

bool isKnownModel(const std::string &name)
{
    return findModel(name) != nullptr;
}

InputSpec referenceInputSpec(const std::string &name)
{
    const ModelEntry *entry = findModel(name);
    if (!entry)
        throwUnknown(name);
    return entry->spec;
}

std::shared_ptr<VideoModelImpl> createModel(const ModelBuildOptions &options)
{
    const ModelEntry *entry = findModel(options.name);
    if (!entry)
        throwUnknown(options.name);
    if (options.numClasses < 1) {
        throw Error("model.options", "Model " + options.name + " needs at least 1 class, got " +
                                         std::to_string(options.numClasses),
                    "model.numClasses");
    }
    return entry->build(options);
}

std::int64_t countParameters(const torch::nn::Module &module)
{
    std::int64_t total = 0;
    for (const auto &p : module.parameters()) {
        if (p.requires_grad())
            total += p.numel();
    }
    return total;
}

} // namespace as
