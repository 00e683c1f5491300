#include "core/models/modelregistry.h"

#include <algorithm>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/c3d.h"
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
