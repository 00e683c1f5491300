#include "core/train/runweightsexport.h"

#include <filesystem>
#include <sstream>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/config/configio.h"
#include "core/models/modelregistry.h"
#include "core/models/weightexport.h"
#include "core/project/trainingvideotiming.h"
#include "core/train/checkpoint.h"

namespace as {

namespace fs = std::filesystem;

RunWeightsExport exportRunWeights(const std::string &runDir, bool preferBest,
                                  const std::string &outPath)
{
    if (!fs::exists(runDir + "/config.yaml"))
        throw Error("run.notfound", "Not a run folder (no config.yaml): " + runDir, runDir);
    const ExperimentConfig config = loadConfig(runDir + "/config.yaml");
    const std::string checkpoint = runCheckpoint(runDir, preferBest);

    ModelBuildOptions build;
    build.name = config.model.name;
    build.numClasses = config.model.numClasses;
    build.clipLengthFrames = config.input.clipLengthFrames;
    build.cropSize = config.input.cropSize;
    build.dropout = config.model.dropout;
    const std::shared_ptr<VideoModelImpl> model = createModel(build);
    loadCheckpoint(checkpoint, *model, nullptr);

    ModelCard card;
    card.model = config.model.name;
    if (fs::exists(runDir + "/classes.txt")) {
        std::istringstream lines(readFile(runDir + "/classes.txt"));
        for (std::string line; std::getline(lines, line);) {
            if (!line.empty())
                card.classes.push_back(line);
        }
    }
    if (card.classes.empty()) { // an old run without classes.txt: numbered classes
        for (int i = 0; i < config.model.numClasses; ++i)
            card.classes.push_back("class_" + std::to_string(i));
    }
    card.input = referenceInputSpec(config.model.name);
    card.input.clipLengthFrames = config.input.clipLengthFrames;
    card.input.frameInterval = config.input.frameInterval;
    card.input.shortSide = config.input.shortSide;
    card.input.cropSize = config.input.cropSize;
    card.input.mean = config.input.mean;
    card.input.std = config.input.std;
    // What live recognition needs to take frames as training did, without the project.
    const TrainingVideoTiming timing = trainingVideoTiming(config.data.project);
    if (timing.known) {
        card.trainingFps = timing.fps;
        card.trainingMedianSeconds = timing.medianSeconds;
    }
    card.frameShortSide = config.data.cacheShortSide;
    card.sourceRun = fs::absolute(runDir).lexically_normal().string();
    card.checkpoint = fs::path(checkpoint).filename().string();
    card = exportModelWeights(*model, outPath, card);

    RunWeightsExport result;
    result.weightsPath = outPath;
    result.cardPath = outPath + ".json";
    result.checkpoint = checkpoint;
    result.model = card.model;
    result.numClasses = config.model.numClasses;
    result.keyCount = card.keyCount;
    return result;
}

} // namespace as
