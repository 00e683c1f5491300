#pragma once

#include <cstddef>
#include <vector>

#include "core/data/clipdataset.h"
#include "core/project/projecttypes.h"

namespace as {

/**
 * The name of the class the unlabelled stretches of reviewed videos train
 * (`data.background_class`). Live recognition shows a top class of this name as "no action",
 * so a model trained with it stays quiet between actions without any setting.
 */
inline constexpr const char *kBackgroundClassName = "background";

/**
 * How the unlabelled stretches of one reviewed video become background samples:
 *  - a stretch is what no segment covers (of any source: an unassigned segment or a pending
 *    proposal may still be an action), shrunk by `marginFrames` at every segment edge (where
 *    the person's boundary may be a little off), not at the video's ends;
 *  - it counts only when at least `minFrames` long (the model's clip span), so a background
 *    clip never loops into a repeated frame;
 *  - a long stretch is cut into equal pieces of at least `pieceFrames` each (one sample per
 *    piece), so an hour of idle footage weighs more than a two-second pause.
 */
struct BackgroundRule
{
    int minFrames = 1;
    int marginFrames = 0;
    int pieceFrames = 1;
};

/** Seconds kept between a background piece and a segment's edge. */
inline constexpr double kBackgroundMarginSeconds = 0.25;
/** Seconds of an unlabelled stretch per background sample (at least the clip span). */
inline constexpr double kBackgroundPieceSeconds = 4.0;

/**
 * The rule for a video at `fps` frames per second (unknown, <= 0: 25) and a model whose clip
 * spans `spanFrames` source frames.
 */
BackgroundRule backgroundRule(double fps, int spanFrames);

/** A frame range [first, end) of a video. */
struct FrameSpan
{
    int first = 0;
    int end = 0;
    bool operator==(const FrameSpan &other) const
    {
        return first == other.first && end == other.end;
    }
};

/**
 * The background pieces of a video of `frameCount` frames holding `segments` (any order),
 * in temporal order, following `rule`.
 */
std::vector<FrameSpan> backgroundPieces(const std::vector<SegmentRecord> &segments, int frameCount,
                                        const BackgroundRule &rule);

/**
 * At most `cap` of `samples`, spread evenly over the list (which is in video and frame
 * order, so the kept pieces come from every video rather than the first ones); all of them
 * when there are no more than `cap`.
 */
std::vector<ClipSample> keepEvenly(std::vector<ClipSample> samples, std::size_t cap);

/**
 * The cap on background samples of one subset: the mean number of samples of the action
 * classes that have any (rounded up), so background is about as frequent as a typical
 * class and never swamps the rest; 0 when no action class has a sample.
 */
std::size_t backgroundCap(const std::vector<ClipSample> &actionSamples);

} // namespace as
