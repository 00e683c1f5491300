#include "core/data/datapipeline.h"

#include <algorithm>

#include "core/common/error.h"

namespace as {

namespace {

/** The test views: the config's `eval` where set, else the model's reference protocol. */
int testClipsOf(const InputSpec &spec, const ExperimentConfig &config)
{
    return config.eval.testClips > 0 ? config.eval.testClips : spec.testClips;
}

ClipSampling samplingFor(const InputSpec &spec, const ExperimentConfig &config)
{
    const int testClips = testClipsOf(spec, config);
    if (spec.sampling == "dense")
        return ClipSampling(DenseClipSampler(config.input.clipLengthFrames, config.input.frameInterval),
                            std::max(1, testClips));
    if (spec.sampling == "segments") {
        const int perSegment = std::max(1, spec.framesPerSegment);
        const int trainSegments = std::max(1, config.input.clipLengthFrames / perSegment);
        const int testSegments = testClips > 0 ? testClips : trainSegments;
        return ClipSampling(TsnSegmentSampler(trainSegments, perSegment),
                            TsnSegmentSampler(testSegments, perSegment));
    }
    throw Error("config.sampling",
                "Unknown sampling '" + spec.sampling + "' in the model's input spec (dense, segments)",
                "input.sampling");
}

} // namespace

DataPipeline buildDataPipeline(const InputSpec &spec, const ExperimentConfig &config, bool train)
{
    if (spec.trainCrop != "random" && spec.trainCrop != "multiscale")
        throw Error("config.train_crop",
                    "Unknown training crop '" + spec.trainCrop + "' (random, multiscale)",
                    "input.trainCrop");
    DataPipeline pipeline{samplingFor(spec, config), {}, 1, 1};
    ClipTransformOptions &t = pipeline.transform;
    t.shortSide = config.input.shortSide;
    t.cropSize = config.input.cropSize;
    t.randomCrop = train && config.augment.randomCrop;
    t.multiScaleCrop = train && config.augment.randomCrop && spec.trainCrop == "multiscale";
    t.horizontalFlip = train && config.augment.horizontalFlip;
    if (train) {
        t.colourJitter.brightness = config.augment.jitterBrightness;
        t.colourJitter.contrast = config.augment.jitterContrast;
        t.colourJitter.saturation = config.augment.jitterSaturation;
        t.colourJitter.hue = config.augment.jitterHue;
    }
    t.mean = config.input.mean;
    t.std = config.input.std;
    pipeline.testClips = spec.sampling == "segments" ? 1 : std::max(1, testClipsOf(spec, config));
    pipeline.testCrops = config.eval.testCrops > 0 ? config.eval.testCrops : spec.testCrops;
    return pipeline;
}

} // namespace as
