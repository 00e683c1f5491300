#include "core/train/runevaluation.h"

#include <filesystem>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/config/configio.h"
#include "core/data/cliploader.h"
#include "core/models/modelregistry.h"
#include "core/project/project.h"
#include "core/train/checkpoint.h"
#include "core/train/evaluator.h"
#include "core/train/trainingsetup.h"

namespace as {

namespace fs = std::filesystem;

EvalResult evaluateRun(const std::string &runDir, bool preferBest, const CancellationToken &token)
{
    if (!fs::exists(runDir + "/config.yaml"))
        throw Error("run.notfound", "Not a run folder (no config.yaml): " + runDir, runDir);
    const ExperimentConfig config = loadConfig(runDir + "/config.yaml");
    std::string checkpoint = runDir + "/checkpoints/" + (preferBest ? "best.pt" : "last.pt");
    if (!fs::exists(checkpoint))
        checkpoint = runDir + "/checkpoints/last.pt";
    if (!fs::exists(checkpoint))
        throw Error("run.nocheckpoint", "Run " + runDir + " has no checkpoint yet", runDir);

    applyThreadCount(config.run.threads);
    const torch::Device device = resolveDevice(config.run.device);
    const Project project = Project::open(config.data.project);
    std::vector<ClipSample> samples = projectSamples(project, config, Subset::Test);
    if (samples.empty())
        throw Error("data.empty", "Project " + config.data.project + " has no test videos in split " +
                                      std::to_string(config.data.split),
                    config.data.project);
    for (const ClipSample &s : samples)
        if (!fs::exists(s.packPath))
            throw Error("data.notextracted",
                        "Frames of the test videos are not extracted (missing " + s.packPath +
                            "); run 'actionstudio-cli extract' first",
                        s.packPath);

    ModelBuildOptions build;
    build.name = config.model.name;
    build.numClasses = config.model.numClasses;
    build.clipLengthFrames = config.input.clipLengthFrames;
    build.cropSize = config.input.cropSize;
    build.dropout = config.model.dropout;
    std::shared_ptr<VideoModelImpl> model = createModel(build);
    loadCheckpoint(checkpoint, *model, nullptr);
    model->to(device);

    ClipLoader::Options options;
    options.batchSize = config.optim.batchSize;
    options.shuffle = false;
    options.dropLast = false;
    options.workers = config.run.workers;
    options.seed = config.run.seed;
    ClipLoader loader(makeDataset(std::move(samples), config, false), options);
    return evaluateModel(*model, loader, config.model.numClasses, device, testProtocol(config),
                         token);
}

} // namespace as
