#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/cancellation.h"
#include "core/common/progress.h"

namespace as {

/** Options of the SynthMotion demo data generator (DESIGN.md). */
struct SynthMotionOptions
{
    std::string outputDir;
    std::uint64_t seed = 1;
    int width = 96;   // square: a centre crop of the short side keeps the whole scene
    int height = 96;
    int frames = 32;
    double fps = 25.0;
    // 60 to train and 20 to test per class: with 30 to train, X3D-XS memorised them (train
    // 95 %, test 86 %); 200 test clips also measure accuracy in half-percent steps.
    int clipsPerClass = 80;
    double testFraction = 0.25;  // the last clips of each class go to testlist01.txt
};

/** The ten SynthMotion classes, in classInd order. */
const std::vector<std::string> &synthMotionClasses();

/**
 * Writes `outputDir/<class>/<class>_NNN.avi` (MJPG) for every class and clip, plus
 * `classInd.txt`, `trainlist01.txt`, `testlist01.txt`. Deterministic from the seed: the same
 * options give byte-identical frames. Progress stage "synth", one unit per clip.
 */
void generateSynthMotion(const SynthMotionOptions &options, ProgressObserver &observer,
                         const CancellationToken &token);

} // namespace as
