#pragma once

#include <string>

#include "core/common/cancellation.h"
#include "core/common/progress.h"
#include "core/config/experimentconfig.h"
#include "core/data/synthmotion.h"

namespace as {

/** Short side of the demo's frame cache, equal to the demo recipe's input short side. */
constexpr int kDemoCacheShortSide = 54;

/** Where and how to build the built-in SynthMotion demo project. */
struct DemoProjectOptions
{
    std::string projectDir;       // the project folder; SynthMotion videos go to <dir>/synthmotion
    SynthMotionOptions synth;     // outputDir is ignored (derived from projectDir)
    int cacheShortSide = kDemoCacheShortSide;
    int threads = 2;
};

/**
 * Job: makes the demo project ready to train: generates SynthMotion (unless already there),
 * creates the project, imports the class folders and split 1, and extracts the frame cache.
 * Idempotent: each step that is already done is skipped. Progress stages "synth", "import",
 * "extract".
 */
void prepareDemoProject(const DemoProjectOptions &options, ProgressObserver &observer,
                        const CancellationToken &token);

/** True when the folder holds a demo project whose frames are extracted. */
bool isDemoProjectReady(const std::string &projectDir);

/** The "SynthMotion quick" recipe for X3D-XS used by the demo (resources/presets too). */
ExperimentConfig demoExperimentConfig(const std::string &projectDir);

} // namespace as
