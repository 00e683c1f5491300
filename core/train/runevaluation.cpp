#include "core/train/runevaluation.h"

#include <filesystem>
#include <map>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/config/configio.h"
#include "core/data/cliploader.h"
#include "core/models/modelregistry.h"
#include "core/project/project.h"
#include "core/train/checkpoint.h"
#include "core/train/evalreport.h"
#include "core/train/evaluator.h"
#include "core/train/trainingsetup.h"

namespace as {

namespace fs = std::filesystem;

namespace {

/** What evaluating a run needs: its config, test samples and model on the device. */
struct LoadedRun
{
    ExperimentConfig config;
    torch::Device device = torch::kCPU;
    std::vector<ClipSample> samples;
    std::vector<std::string> classNames;
    std::vector<std::string> videoNames;
    std::shared_ptr<VideoModelImpl> model;
};

LoadedRun loadRun(const std::string &runDir, bool preferBest)
{
    if (!fs::exists(runDir + "/config.yaml"))
        throw Error("run.notfound", "Not a run folder (no config.yaml): " + runDir, runDir);
    LoadedRun run;
    run.config = loadConfig(runDir + "/config.yaml");
    const ExperimentConfig &config = run.config;
    const std::string checkpoint = runCheckpoint(runDir, preferBest);

    applyThreadCount(config.run.threads);
    run.device = resolveDevice(config.run.device);
    const Project project = Project::open(config.data.project);
    run.samples = projectSamples(project, config, Subset::Test);
    if (run.samples.empty())
        throw Error("data.empty", "Project " + config.data.project + " has no test videos in split " +
                                      std::to_string(config.data.split),
                    config.data.project);
    std::map<std::int64_t, std::string> paths;
    for (const VideoRecord &video : project.videos())
        paths[video.id] = video.path;
    for (const ClipSample &s : run.samples) {
        if (!fs::exists(s.packPath))
            throw Error("data.notextracted",
                        "Frames of the test videos are not extracted (missing " + s.packPath +
                            "); run 'actionstudio-cli extract' first",
                        s.packPath);
        std::string name = paths.count(s.videoId) ? paths[s.videoId] : s.packPath;
        if (s.endFrame >= 0)  // a segment or background stretch: which frames of the video
            name += "#frames=" + std::to_string(s.firstFrame) + "-" + std::to_string(s.endFrame);
        run.videoNames.push_back(std::move(name));
    }
    run.classNames = runClassNames(project, config);

    run.model = createModel(modelBuildOptions(config));
    loadCheckpoint(checkpoint, *run.model, nullptr);
    run.model->to(run.device);
    return run;
}

ClipLoader::Options evalLoaderOptions(const ExperimentConfig &config)
{
    ClipLoader::Options options;
    options.batchSize = config.optim.batchSize;
    options.shuffle = false;
    options.dropLast = false;
    options.workers = config.run.workers;
    options.seed = config.run.seed;
    return options;
}

} // namespace

EvalResult evaluateRun(const std::string &runDir, bool preferBest, const CancellationToken &token)
{
    LoadedRun run = loadRun(runDir, preferBest);
    ClipLoader loader(makeDataset(std::move(run.samples), run.config, false),
                      evalLoaderOptions(run.config));
    return evaluateModel(*run.model, loader, run.config.model.numClasses, run.device,
                         validationProtocol(run.config), token);
}

TestOutcome testRun(const std::string &runDir, const TestRunOptions &options,
                    const CancellationToken &token)
{
    LoadedRun run = loadRun(runDir, options.preferBest);
    ExperimentConfig &config = run.config;
    if (options.clips > 0)
        config.eval.testClips = options.clips;
    if (options.crops > 0)
        config.eval.testCrops = options.crops;
    const DataPipeline pipeline = modelPipeline(config, false);
    ClipLoader::Options loaderOptions = evalLoaderOptions(config);
    loaderOptions.testViewCrops = pipeline.testCrops;
    // A batch holds clips × crops views per video: fewer videos per batch keep memory as in
    // training.
    const int views = std::max(1, pipeline.testClips * pipeline.testCrops);
    loaderOptions.batchSize = std::max(1, config.optim.batchSize / views);
    ClipLoader loader(makeDataset(run.samples, config, false), loaderOptions);

    TestOutcome outcome;
    outcome.result = evaluateModel(*run.model, loader, config.model.numClasses, run.device,
                                   finalTestProtocol(config), token, true);
    outcome.folder = runDir + "/test";
    writeEvalReport(outcome.folder, outcome.result, run.classNames, run.videoNames);
    return outcome;
}

} // namespace as
