#pragma once

#include <vector>

namespace as {

/** When a change between two frames counts as a cut (see detectShotCuts). */
struct ShotCutOptions
{
    /** A cut changes the frame at least this many times as much as the median change. */
    double relativeThreshold = 6.0;
    /** And by at least this mean absolute difference (grey levels of 0-255) per pixel. */
    double absoluteThreshold = 12.0;
};

/**
 * The frames that start a new shot: frame t (≥ 1) when `differences[t]`, the mean absolute
 * difference between frames t − 1 and t (`differences[0]` is ignored), exceeds both
 * thresholds. A cut jumps the whole picture (place, size, background) at once, which motion
 * between two frames 40 ms apart does not; the median keeps the rule independent of how much
 * a video moves or how noisy its compression is. Ascending.
 */
std::vector<int> detectShotCuts(const std::vector<double> &differences,
                                const ShotCutOptions &options = {});

} // namespace as
