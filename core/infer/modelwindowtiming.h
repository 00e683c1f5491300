#pragma once

#include <string>

#include "core/infer/livewindowsampler.h"
#include "core/project/trainingvideotiming.h"

namespace as {

class Recognizer;

/** Which frames a window of a trained model takes, and the timing of its training videos. */
struct ModelWindowTiming
{
    LiveWindowSpec spec;
    TrainingVideoTiming training;
};

/**
 * The window a recognizer's run (or model card) samples in its single-view test pipeline — a
 * dense clip, or TSN segments over the training videos' median length — and the frame rate of
 * its training videos, so that windows over any video are spaced in time as training clips
 * were. `source` (the run folder or weights file) names where the timing came from. The same
 * rule as LiveSession's.
 */
ModelWindowTiming modelWindowTiming(const Recognizer &recognizer, const std::string &source);

} // namespace as
