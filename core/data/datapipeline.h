#pragma once

#include "core/config/experimentconfig.h"
#include "core/data/clipsampling.h"
#include "core/data/cliptransform.h"
#include "core/models/inputspec.h"

namespace as {

/** What a dataset needs to turn a video's cached frames into model input. */
struct DataPipeline
{
    ClipSampling sampling;
    ClipTransformOptions transform;
    int testClips = 1;  // temporal views of the multi-view test (segments: 1 clip of testClips)
    int testCrops = 1;  // spatial views: 1, 3 or 10
};

/**
 * The training (`train`) or test pipeline of a model, derived from its InputSpec with the
 * experiment's resolved values taking precedence:
 *  - from the config: clip length, frame interval, short side, crop size, mean/std, and the
 *    augmentations (random crop, flip, colour jitter);
 *  - from the spec: the sampling ("dense" | "segments"), frames per segment, the training
 *    crop ("random" | "multiscale": TSN's scales 1, .875, .75, .66, max distortion 1, fixed
 *    corners) and the test views (testClips × testCrops).
 * Segment sampling trains on config clipLengthFrames / framesPerSegment segments and tests on
 * spec.testClips segments (TSN: 3 and 25), one test clip; dense sampling tests on testClips
 * evenly spaced clips. The single-view test (ClipDataset::get) is the centred clip and centre
 * crop in both cases.
 */
DataPipeline buildDataPipeline(const InputSpec &spec, const ExperimentConfig &config, bool train);

} // namespace as
