#pragma once

#include <array>
#include <string>

namespace as {

/**
 * What a model expects to be fed, from which the data pipeline is derived: the reference
 * recipe's sampling, clip length, frame interval, crop, resize, normalisation and test views.
 *
 * Every model takes one tensor [N, 3, T, H, W]:
 *  - "dense" sampling: T = clipLengthFrames frames, frameInterval apart (X3D, C3D, TSM).
 *    SlowFast also samples densely: T is the fast pathway's frame count and the model takes
 *    every slowFastAlpha-th frame of it for the slow pathway itself.
 *  - "segments" sampling (TSN, PP-TSN): T = numSegments × framesPerSegment; the video is cut
 *    into numSegments equal parts and framesPerSegment consecutive frames are taken from each
 *    (clipLengthFrames then equals numSegments × framesPerSegment, frameInterval is 1).
 */
struct InputSpec
{
    std::string sampling = "dense";  // "dense" | "segments"
    int clipLengthFrames = 4;
    int frameInterval = 12;
    int numSegments = 0;             // segments sampling only
    int framesPerSegment = 1;        // segments sampling only
    int slowFastAlpha = 0;           // SlowFast: fast/slow frame-rate ratio; 0 = one pathway
    int cropSize = 160;
    int shortSide = 182;
    std::string trainCrop = "random"; // "random" | "multiscale" (TSN's corner/scale jitter)
    std::array<double, 3> mean{0.45, 0.45, 0.45};  // RGB, [0,1] units
    std::array<double, 3> std{0.225, 0.225, 0.225};
    std::string layout = "NCTHW";
    int testClips = 10;              // test protocol: clips (dense) or segments (TSN: 25) ...
    int testCrops = 3;               // ... × spatial crops (3 = three-crop, 10 = ten-crop)
};

} // namespace as
