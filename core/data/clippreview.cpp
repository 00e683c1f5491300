#include "core/data/clippreview.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/data/clipdataset.h"
#include "core/data/datapipeline.h"
#include "core/data/slowfastsampling.h"
#include "core/models/modelregistry.h"
#include "core/video/framecache.h"

namespace as {

namespace {

/** The model's input spec; an unknown model is fed densely, as the trainer does. */
InputSpec specOf(const ExperimentConfig &config)
{
    return isKnownModel(config.model.name) ? referenceInputSpec(config.model.name) : InputSpec {};
}

/** Label `i` → label of the transformed clip, over `classNames` (as the trainer's maps). */
std::vector<int> swapMap(const std::vector<ClassSwap> &swaps,
                         const std::vector<std::string> &classNames, const std::string &field)
{
    std::map<std::string, int> indexOf;
    for (std::size_t i = 0; i < classNames.size(); ++i)
        indexOf[classNames[i]] = static_cast<int>(i);
    std::vector<int> map(classNames.size());
    for (std::size_t i = 0; i < map.size(); ++i)
        map[i] = static_cast<int>(i);
    for (const ClassSwap &swap : swaps) {
        for (const std::string &name : {swap.first, swap.second})
            if (!indexOf.count(name))
                throw Error("config.unknown_class",
                            field + " names the class '" + name
                                + "', which the project does not have",
                            field);
        map[static_cast<std::size_t>(indexOf.at(swap.first))] = indexOf.at(swap.second);
        map[static_cast<std::size_t>(indexOf.at(swap.second))] = indexOf.at(swap.first);
    }
    return map;
}

ClipLabelMaps labelMapsOf(const ExperimentConfig &config, const std::vector<std::string> &names)
{
    ClipLabelMaps maps;
    // The reversal draw must happen whenever training reverses, labels known or not: it
    // consumes the generator before the crop is drawn.
    maps.timeReverse = config.augment.timeReverse;
    if (!names.empty()) {
        maps.underFlip = swapMap(config.augment.flipLabelSwaps, names, "augment.flip_label_swaps");
        maps.underReverse
            = swapMap(config.augment.reverseLabelSwaps, names, "augment.reverse_label_swaps");
    }
    return maps;
}

/**
 * The segments (TSN) the indices were drawn from, with TsnSegmentSampler's rules: training
 * cuts the valid starts into parts of avg = floor((N − L + 1) / K) frames, testing into K
 * equal (fractional) parts. `starts` are the drawn segment starts, in temporal order; a
 * segment is widened to hold its start where the short-video rules place it outside.
 */
std::vector<std::pair<int, int>> segmentRanges(const std::vector<int> &starts, int numFrames,
                                               int perSegment, bool train)
{
    const int segments = static_cast<int>(starts.size());
    const int validStarts = numFrames - perSegment + 1;
    std::vector<std::pair<int, int>> ranges;
    for (int k = 0; k < segments; ++k) {
        int begin = starts[static_cast<std::size_t>(k)];
        int end = begin + perSegment;
        if (train && validStarts / segments > 0) {
            const int avg = validStarts / segments;
            begin = k * avg;
            end = (k + 1) * avg + perSegment - 1;
        } else if (!train && validStarts > 0) {
            const double avg = static_cast<double>(validStarts) / segments;
            begin = static_cast<int>(std::floor(k * avg));
            end = static_cast<int>(std::floor((k + 1) * avg)) + perSegment - 1;
        }
        const int start = starts[static_cast<std::size_t>(k)];
        ranges.emplace_back(std::min(begin, start), std::max(end, start + perSegment));
    }
    return ranges;
}

/** [3, T, H, W] normalised floats back to RGB8 pictures. */
std::vector<PreviewFrame> toPictures(const torch::Tensor &clip, const std::vector<int> &indices,
                                     const ClipTransformOptions &options)
{
    const torch::Tensor c = clip.contiguous();
    const auto frames = static_cast<int>(c.size(1));
    const auto height = static_cast<int>(c.size(2));
    const auto width = static_cast<int>(c.size(3));
    const float *data = c.data_ptr<float>();
    const std::size_t plane = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    std::vector<PreviewFrame> pictures(static_cast<std::size_t>(frames));
    for (int t = 0; t < frames; ++t) {
        PreviewFrame &picture = pictures[static_cast<std::size_t>(t)];
        picture.width = width;
        picture.height = height;
        picture.sourceIndex = indices.at(static_cast<std::size_t>(t));
        picture.rgb.resize(plane * 3);
        for (int ch = 0; ch < 3; ++ch) {
            const float *src = data + (static_cast<std::size_t>(ch) * frames + t) * plane;
            const double scale = options.std[static_cast<std::size_t>(ch)] * 255.0;
            const double shift = options.mean[static_cast<std::size_t>(ch)] * 255.0;
            for (std::size_t p = 0; p < plane; ++p) {
                const double value = std::round(src[p] * scale + shift); // x·std + mean
                picture.rgb[p * 3 + static_cast<std::size_t>(ch)]
                    = static_cast<std::uint8_t>(std::clamp(value, 0.0, 255.0));
            }
        }
    }
    return pictures;
}

std::string describe(const InputSpec &spec, const ExperimentConfig &config,
                     const DataPipeline &pipeline, bool train)
{
    const ClipTransformOptions &t = pipeline.transform;
    std::string text = train ? "train: " : "test: ";
    const int frames = pipeline.sampling.clipLengthFrames(train);
    if (pipeline.sampling.segments()) {
        const int perSegment = std::max(1, spec.framesPerSegment);
        text += std::to_string(frames / perSegment) + " segments x " + std::to_string(perSegment)
            + (perSegment == 1 ? " frame" : " frames") + (train ? " (random offset)" : " (middle)");
    } else {
        text += std::string(train ? "random" : "centred") + " clip of " + std::to_string(frames)
            + " frames every " + std::to_string(config.input.frameInterval);
        if (spec.slowFastAlpha > 0)
            text += ", slow pathway " + std::to_string(std::max(1, frames / spec.slowFastAlpha))
                + " of them (alpha " + std::to_string(spec.slowFastAlpha) + ")";
    }
    text += "; short side " + std::to_string(t.shortSide) + ", ";
    text += t.multiScaleCrop ? "multi-scale crop " : t.randomCrop ? "random crop " : "centre crop ";
    text += std::to_string(t.cropSize);
    if (t.horizontalFlip)
        text += ", random flip";
    if (t.colourJitter.enabled())
        text += ", colour jitter";
    if (train && config.augment.timeReverse)
        text += ", random time reversal";
    return text;
}

ClipPreview buildPreview(const ExperimentConfig &config, const ClipPreviewRequest &request)
{
    const InputSpec spec = specOf(config);
    const DataPipeline pipeline = buildDataPipeline(spec, config, request.train);
    const ClipTransform transform(pipeline.transform);
    const FrameCache cache(request.packPath); // throws naming the pack

    ClipSample sample;
    sample.packPath = request.packPath;
    sample.label = request.label;
    const ClipDataset dataset({sample}, pipeline.sampling, transform, request.train,
                              labelMapsOf(config, request.classNames));
    std::mt19937_64 rng(request.seed);
    ClipDraw draw;
    const LabelledClip clip = dataset.get(0, rng, &draw);

    ClipPreview preview;
    preview.sourceFrameCount = cache.frameCount();
    preview.indices = draw.indices;
    preview.reversed = draw.reversed;
    preview.flipped = draw.geometry.window.flip;
    preview.label = clip.label;
    preview.frames = toPictures(clip.clip, preview.indices, pipeline.transform);

    const cv::Size resized = transform.resizedSize(cv::Size(cache.width(), cache.height()));
    const CropWindow &window = draw.geometry.window;
    preview.crop.x = static_cast<double>(window.x) / resized.width;
    preview.crop.y = static_cast<double>(window.y) / resized.height;
    preview.crop.width = static_cast<double>(window.width) / resized.width;
    preview.crop.height = static_cast<double>(window.height) / resized.height;
    preview.crop.flipped = window.flip;
    preview.crop.scaledToCrop = draw.geometry.scaleToCrop;

    if (pipeline.sampling.segments()) {
        const int perSegment = std::max(1, spec.framesPerSegment);
        // Segment starts in temporal order: undo a reversal, then give them in model order.
        std::vector<int> temporal = preview.indices;
        if (preview.reversed)
            std::reverse(temporal.begin(), temporal.end());
        std::vector<int> starts;
        for (std::size_t i = 0; i < temporal.size(); i += static_cast<std::size_t>(perSegment))
            starts.push_back(temporal[i]);
        preview.segments
            = segmentRanges(starts, preview.sourceFrameCount, perSegment, request.train);
        if (preview.reversed)
            std::reverse(preview.segments.begin(), preview.segments.end());
    }
    if (spec.slowFastAlpha > 0 && !preview.indices.empty()) {
        // The model packs its slow pathway from the clip it gets, reversed or not.
        preview.slowPositions
            = slowPathwayPositions(static_cast<int>(preview.indices.size()), spec.slowFastAlpha);
        preview.slowIndices = slowPathwayIndices(preview.indices, spec.slowFastAlpha);
    }
    preview.description = describe(spec, config, pipeline, request.train);
    return preview;
}

} // namespace

ClipPreview previewClip(const ExperimentConfig &config, const ClipPreviewRequest &request)
{
    try {
        return buildPreview(config, request);
    } catch (const Error &) {
        throw;
    } catch (const cv::Exception &e) {
        throw Error("data.preview", "Cannot preview " + request.packPath + ": " + e.what(),
                    request.packPath);
    } catch (const c10::Error &e) {
        throw Error("data.preview",
                    "Cannot preview " + request.packPath + ": " + e.what_without_backtrace(),
                    request.packPath);
    }
}

ClipPreview previewClip(const ExperimentConfig &config, const std::string &packPath, bool train,
                        std::uint64_t seed)
{
    ClipPreviewRequest request;
    request.packPath = packPath;
    request.train = train;
    request.seed = seed;
    return previewClip(config, request);
}

} // namespace as
