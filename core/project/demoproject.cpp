#include "core/project/demoproject.h"

#include <filesystem>

#include "core/common/error.h"
#include "core/project/project.h"
#include "core/project/projectimporter.h"
#include "core/video/frameextractor.h"

namespace as {

namespace fs = std::filesystem;

namespace {

std::string synthDir(const std::string &projectDir)
{
    return projectDir + "/synthmotion";
}

/** Marker written last, so a demo interrupted half-way is completed on the next start. */
std::string readyMarker(const std::string &projectDir)
{
    return projectDir + "/.demo-ready";
}

} // namespace

bool isDemoProjectReady(const std::string &projectDir)
{
    return fs::exists(readyMarker(projectDir)) && Project::exists(projectDir);
}

void prepareDemoProject(const DemoProjectOptions &options, ProgressObserver &observer,
                        const CancellationToken &token)
{
    if (options.projectDir.empty())
        throw Error("demo.dir", "No folder given for the demo project");
    fs::create_directories(options.projectDir);
    const std::string videos = synthDir(options.projectDir);

    if (!fs::exists(videos + "/testlist01.txt")) {
        SynthMotionOptions synth = options.synth;
        synth.outputDir = videos;
        generateSynthMotion(synth, observer, token);
    }
    token.throwIfCancelled();

    Project project = Project::openOrCreate(options.projectDir);
    if (project.videos().empty()) {
        const ImportReport report =
            importUcf101Split(project, videos + "/classInd.txt", videos + "/trainlist01.txt",
                              videos + "/testlist01.txt", videos, 1, observer, token);
        for (const ErrorInfo &problem : report.problems)
            observer.onIssue(problem);
    }
    token.throwIfCancelled();

    extractProjectFrames(project, options.cacheShortSide, options.threads, observer, token);
    std::FILE *marker = std::fopen(readyMarker(options.projectDir).c_str(), "w");
    if (marker)
        std::fclose(marker);
}

ExperimentConfig demoExperimentConfig(const std::string &projectDir)
{
    // "SynthMotion quick" (resources/presets/x3d_xs_synthmotion.yaml): the real X3D-XS on small
    // crops. SynthMotion's classes differ only by motion, so no flip (it swaps left and right).
    ExperimentConfig c;
    c.model.name = "x3d_xs";
    c.model.numClasses = 10;
    c.model.dropout = 0.5;
    // 6 frames 4 apart (span 21 of SynthMotion's 32): no blink period aliases with the step.
    // Crop 64 trains twice as fast as 80 on 2 CPU cores (actionstudio-cli bench train-step).
    c.input.clipLengthFrames = 6;
    c.input.frameInterval = 4;
    c.input.shortSide = kDemoCacheShortSide;
    c.input.cropSize = 64;
    c.augment.randomCrop = true;
    c.augment.horizontalFlip = false;
    c.data.project = projectDir;
    c.data.split = 1;
    c.data.cacheShortSide = kDemoCacheShortSide;
    // From scratch, higher rates (0.1-0.4 at batch 16) stay at chance for the first epochs;
    // 0.01-0.02 start learning (measured on the demo data, see issue 2's notes).
    c.optim.epochs = 20;
    c.optim.batchSize = 16;
    c.optim.lr = 0.02;
    c.optim.momentum = 0.9;
    c.optim.weightDecay = 5e-5;
    c.optim.warmupEpochs = 1.0;
    c.optim.warmupStartLr = 0.002;
    c.optim.minLr = 0.0;
    c.run.seed = 42;
    c.run.workers = 2;
    return c;
}

} // namespace as
