#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/config/experimentconfig.h"

namespace as {

/** One model input frame as a picture: RGB888, `width` × `height`, rows without padding. */
struct PreviewFrame
{
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb; // width × height × 3 bytes, R G B
    int sourceIndex = 0; // the video frame it was cut from
};

/**
 * Where the crop was cut, as fractions of the source frame (0..1, so the rectangle can be drawn
 * over the video at any resolution), and whether the cut was mirrored.
 */
struct PreviewCrop
{
    double x = 0.0;
    double y = 0.0;
    double width = 1.0;
    double height = 1.0;
    bool flipped = false;
    bool scaledToCrop = false; // multi-scale crop: the window was resized to the crop size
};

/**
 * A clip exactly as the model of a config is fed it, for the sample inspector: which video
 * frames were sampled, in the model's order, and the input frames after the transforms,
 * de-normalised back to pictures. Plain standard types only, so the UI can hold it.
 */
struct ClipPreview
{
    int sourceFrameCount = 0; // frames of the video (its frame cache)
    std::vector<int> indices; // sampled video frame indices, in model order (may repeat)
    /**
     * Segment sampling (TSN): [start, end) in video frames of each segment a clip frame was
     * drawn from, in model order (segments[k] holds the k-th framesPerSegment indices).
     * Empty for dense sampling.
     */
    std::vector<std::pair<int, int>> segments;
    /** SlowFast: the slow pathway's video frame indices (a subset of `indices`); else empty. */
    std::vector<int> slowIndices;
    /** SlowFast: positions in `indices` / `frames` of the slow pathway frames; else empty. */
    std::vector<int> slowPositions;
    /** The model's input frames, one per index, after crop, flip, jitter; normalisation undone. */
    std::vector<PreviewFrame> frames;
    PreviewCrop crop;
    int label = 0; // the label given, after the swaps of `classNames` (request)
    bool reversed = false; // training only: played backwards (augment.time_reverse)
    bool flipped = false; // training only: mirrored (augment.horizontal_flip)
    /** What was done, in English, e.g. "train: 3 segments x 1 frame, multi-scale crop 224". */
    std::string description;
};

/** Which clip to preview and how. */
struct ClipPreviewRequest
{
    std::string packPath; // the video's frame-cache pack (FrameCache::packPath)
    /**
     * true: the training sampling and augmentation, every random draw from `seed` (another seed
     * = another draw, "resample"); false: the single-view test, the centred clip (dense) or
     * the middle of each test segment (segments), centre crop.
     */
    bool train = false;
    std::uint64_t seed = 0;
    int label = 0;
    /**
     * The project's class names in label order. When given, `label` follows the config's
     * flip and reverse label swaps as training does; unknown names in the swaps are an Error.
     */
    std::vector<std::string> classNames;
};

/**
 * The clip the config's model would be fed from the pack. The sampling and transforms are the
 * real ones (buildDataPipeline over the model's input spec, then ClipDataset::get with a
 * std::mt19937_64 seeded with `seed`), so the frames are what the model sees for that draw.
 * The training loader seeds each sample from (run seed, epoch, index) instead, so a preview
 * seed is a draw of the same distribution, not a given epoch's draw.
 * Throws `Error` naming the pack when it cannot be read, and naming the field for a config
 * the data pipeline rejects. Decodes and transforms: call it off the UI thread.
 */
ClipPreview previewClip(const ExperimentConfig &config, const ClipPreviewRequest &request);

/** previewClip for a pack with label 0 and no label swaps. */
ClipPreview previewClip(const ExperimentConfig &config, const std::string &packPath, bool train,
                        std::uint64_t seed);

} // namespace as
