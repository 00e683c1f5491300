#include "core/train/trainer.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <sstream>

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/common/progress.h"
#include "core/config/configio.h"
#include "core/data/cliploader.h"
#include "core/models/modelregistry.h"
#include "core/models/statedict.h"
#include "core/models/weightloader.h"
#include "core/project/project.h"
#include "core/train/checkpoint.h"
#include "core/train/evaluator.h"
#include "core/train/lrschedule.h"
#include "core/train/metricslog.h"
#include "core/train/optimizerfactory.h"
#include "core/train/trainingsetup.h"
#include "core/video/frameextractor.h"

namespace as {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

/** Forwards extraction progress to the training observer as a stage. */
class StageForwarder final : public ProgressObserver
{
public:
    explicit StageForwarder(TrainingObserver &observer)
        : m_observer(observer)
    {
    }
    void onProgress(const std::string &stage, std::int64_t done, std::int64_t total) override
    {
        m_observer.onStage(stage, static_cast<int>(done), static_cast<int>(total));
    }
    void onIssue(const ErrorInfo &issue) override { m_observer.onMessage(issue.message); }

private:
    TrainingObserver &m_observer;
};

std::string timestampName(const std::string &model)
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    std::ostringstream out;
    out << model << "-" << std::put_time(&local, "%Y%m%d-%H%M%S");
    return out.str();
}

std::string fmtPercent(double fraction)
{
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << fraction * 100.0 << " %";
    return out.str();
}

} // namespace

struct Trainer::Impl
{
    TrainerParams params;
    TrainingObserver &observer;
    CancellationToken token;
    std::string runDir;
    RunSummary summary;

    Impl(TrainerParams p, TrainingObserver &o, CancellationToken t)
        : params(std::move(p))
        , observer(o)
        , token(std::move(t))
    {
    }

    void writeStatus(const std::string &status, const ExperimentConfig &config)
    {
        nlohmann::json j{{"status", status},
                         {"model", config.model.name},
                         {"epochs", config.optim.epochs},
                         {"epochs_completed", summary.epochsCompleted},
                         {"best_val_top1", summary.bestValTop1},
                         {"last_val_top1", summary.lastValTop1},
                         {"train_seconds", summary.trainSeconds},
                         {"error", summary.error}};
        writeFileAtomically(runDir + "/status.json", j.dump(2) + "\n");
    }

    RunSummary run();
    void train();
};

Trainer::Trainer(TrainerParams params, TrainingObserver &observer, CancellationToken token)
    : m_impl(std::make_unique<Impl>(std::move(params), observer, std::move(token)))
{
}

Trainer::~Trainer() = default;

RunSummary Trainer::run()
{
    return m_impl->run();
}

RunSummary Trainer::Impl::run()
{
    // A job never lets an exception escape its thread: every failure becomes the summary.
    try {
        train();
    } catch (const Cancelled &) {
        summary.outcome = RunOutcome::Cancelled;
        observer.onMessage("Training stopped; the last completed epoch is kept in the checkpoint.");
    } catch (const Error &e) {
        summary.outcome = RunOutcome::Failed;
        summary.error = e.what();
    } catch (const c10::Error &e) {
        summary.outcome = RunOutcome::Failed;
        summary.error = std::string("LibTorch error: ") + e.what_without_backtrace();
    } catch (const cv::Exception &e) {
        summary.outcome = RunOutcome::Failed;
        summary.error = std::string("OpenCV error: ") + e.what();
    } catch (const std::exception &e) {
        summary.outcome = RunOutcome::Failed;
        summary.error = e.what();
    }
    summary.runDir = runDir;
    if (summary.outcome == RunOutcome::Failed)
        observer.onMessage("Training failed: " + summary.error);
    if (!runDir.empty() && fs::exists(runDir + "/config.yaml")) {
        try {
            const ExperimentConfig config = loadConfig(runDir + "/config.yaml");
            writeStatus(summary.outcome == RunOutcome::Finished    ? "finished"
                        : summary.outcome == RunOutcome::Cancelled ? "cancelled"
                                                                   : "failed",
                        config);
        } catch (const std::exception &) {
            // The summary already carries the failure; a status file is a convenience.
        }
    }
    return summary;
}

void Trainer::Impl::train()
{
    ExperimentConfig config = params.config;
    CheckpointState state;

    // --- where the run lives, and its resolved config ---
    if (params.resume) {
        if (params.runDir.empty())
            throw Error("run.resume", "Resuming needs the run folder to continue");
        runDir = fs::absolute(params.runDir).lexically_normal().string();
        if (!fs::exists(runDir + "/checkpoints/last.pt"))
            throw Error("run.resume",
                        "Cannot resume " + runDir + ": it has no checkpoints/last.pt (no epoch "
                        "finished yet, or not a run folder)",
                        runDir);
        config = loadConfig(runDir + "/config.yaml");  // a run resumes with its own config
    } else {
        if (!params.projectDir.empty())
            config.data.project = params.projectDir;
        if (config.data.project.empty())
            throw Error("config.field", "No project given: set data.project or pass a project folder",
                        "data.project");
        config.data.project = fs::absolute(config.data.project).lexically_normal().string();
        if (config.run.name.empty())
            config.run.name = timestampName(config.model.name);
        runDir = params.runDir.empty() ? config.data.project + "/runs/" + config.run.name
                                       : fs::absolute(params.runDir).lexically_normal().string();
        if (fs::exists(runDir + "/checkpoints/last.pt"))
            throw Error("run.exists",
                        "Run folder " + runDir + " already has a checkpoint; resume it or choose "
                        "another run.name",
                        runDir);
    }
    applyThreadCount(config.run.threads);
    const torch::Device device = resolveDevice(config.run.device);

    Project project = Project::open(config.data.project);
    const std::vector<ClassInfo> classes = project.classes();
    if (classes.size() < 2)
        throw Error("project.classes",
                    "Project " + config.data.project + " has " + std::to_string(classes.size()) +
                        " classes; training needs at least 2",
                    config.data.project);
    ClipLabelMaps trainLabelMaps = labelMaps(config, classes); // bad class names fail early
    if (!params.resume && config.model.numClasses != static_cast<int>(classes.size())) {
        observer.onMessage("model.num_classes set to " + std::to_string(classes.size()) +
                           ", the number of classes in the project");
        config.model.numClasses = static_cast<int>(classes.size());
    }

    fs::create_directories(runDir + "/checkpoints");
    if (!params.resume) {
        saveConfig(config, runDir + "/config.yaml");
        std::string names;
        for (const ClassInfo &c : classes)
            names += c.name + "\n";
        writeFileAtomically(runDir + "/classes.txt", names);
    }
    writeStatus("running", config);

    // --- data: make sure every frame is cached, then build the loaders ---
    StageForwarder stages(observer);
    const ExtractReport extract = extractProjectFrames(project, config.data.cacheShortSide,
                                                       std::max(1, config.run.workers), stages,
                                                       token);
    if (extract.failed > 0)
        observer.onMessage(std::to_string(extract.failed) +
                           " videos could not be decoded and are left out (see the dataset view)");
    std::vector<ClipSample> trainSamples = projectSamples(project, config, Subset::Train);
    std::vector<ClipSample> testSamples = projectSamples(project, config, Subset::Test);
    if (trainSamples.empty())
        throw Error("data.empty", "Split " + std::to_string(config.data.split) + " of project " +
                                      config.data.project + " has no usable training videos",
                    config.data.project);

    ClipLoader::Options trainOptions;
    trainOptions.batchSize = config.optim.batchSize;
    trainOptions.shuffle = true;
    trainOptions.dropLast = trainSamples.size() > static_cast<std::size_t>(config.optim.batchSize);
    trainOptions.workers = config.run.workers;
    trainOptions.seed = config.run.seed;
    ClipLoader trainLoader(makeDataset(trainSamples, config, true, std::move(trainLabelMaps)),
                           trainOptions);

    ClipLoader::Options testOptions = trainOptions;
    testOptions.shuffle = false;
    testOptions.dropLast = false;
    std::unique_ptr<ClipLoader> testLoader;
    if (!testSamples.empty())
        testLoader = std::make_unique<ClipLoader>(makeDataset(testSamples, config, false), testOptions);
    else
        observer.onMessage("The split has no test videos: validation is skipped");

    // --- model and optimiser ---
    torch::manual_seed(config.run.seed);
    ModelBuildOptions build;
    build.name = config.model.name;
    build.numClasses = config.model.numClasses;
    build.clipLengthFrames = config.input.clipLengthFrames;
    build.cropSize = config.input.cropSize;
    build.dropout = config.model.dropout;
    build.zeroInitFinalBn = config.model.zeroInitFinalBn;
    std::shared_ptr<VideoModelImpl> model = createModel(build);
    if (!config.model.pretrained.empty() && !params.resume) {
        // Non-strict: a classifier for another class count is replaced (fine-tuning); the
        // report lists whatever else did not fit.
        const WeightLoadReport report = loadCheckpointInto(*model, config.model.pretrained, false);
        observer.onMessage(report.summary());
    }
    model->to(device);

    const std::unique_ptr<torch::optim::Optimizer> optimizerPtr =
        makeOptimizer(model->parameters(), config.optim);
    torch::optim::Optimizer &optimizer = *optimizerPtr;
    if (params.resume) {
        state = loadCheckpoint(runDir + "/checkpoints/last.pt", *model, &optimizer);
        model->to(device);
        observer.onMessage("Resuming at epoch " + std::to_string(state.nextEpoch + 1) + " of " +
                           std::to_string(config.optim.epochs));
    }
    summary.epochsCompleted = state.nextEpoch;
    summary.bestValTop1 = state.bestValTop1;

    const std::int64_t itersPerEpoch = static_cast<std::int64_t>(trainLoader.batchesPerEpoch());
    const std::int64_t totalIters = itersPerEpoch * config.optim.epochs;
    const WarmupCosineSchedule schedule(
        config.optim.lr, config.optim.warmupStartLr,
        static_cast<std::int64_t>(config.optim.warmupEpochs * itersPerEpoch), totalIters,
        config.optim.minLr);
    MetricsLog metrics(runDir + "/metrics.jsonl", params.resume ? state.nextEpoch : -1);
    const std::string protocol = testProtocol(config);

    observer.onMessage("Training " + config.model.name + " on " + std::to_string(trainSamples.size()) +
                       " clips (" + std::to_string(testSamples.size()) + " for validation), " +
                       std::to_string(config.optim.epochs) + " epochs, " + device.str());

    std::int64_t globalStep = state.globalStep;
    for (int epoch = state.nextEpoch; epoch < config.optim.epochs; ++epoch) {
        // Per-epoch seeding: dropout and every data draw depend only on (seed, epoch), so a
        // resumed run repeats exactly what the uninterrupted run would have done.
        torch::manual_seed(config.run.seed * 1000003ULL + static_cast<std::uint64_t>(epoch));
        model->train();
        trainLoader.startEpoch(epoch);
        const auto epochStart = Clock::now();
        double lossSum = 0.0;
        std::int64_t correct = 0;
        std::int64_t seen = 0;
        int iteration = 0;
        auto stepStart = Clock::now();
        while (true) {
            token.throwIfCancelled();
            std::optional<ClipBatch> batch = trainLoader.next();
            if (!batch)
                break;
            const double lr = schedule.at(globalStep);
            setLearningRate(optimizer, lr);

            const torch::Tensor data = batch->data.to(device);          // [N, 3, T, H, W]
            const torch::Tensor labels = batch->labels.to(device);      // [N]
            const torch::Tensor logits = model->forward(data);          // [N, classes]
            const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, labels);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();

            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue))
                throw Error("train.diverged",
                            "The loss became " + std::to_string(lossValue) + " at epoch " +
                                std::to_string(epoch + 1) + "; lower optim.lr",
                            "optim.lr");
            lossSum += lossValue * static_cast<double>(data.size(0));
            correct += countTopK(logits.detach(), labels, 1);
            seen += data.size(0);

            const auto now = Clock::now();
            IterationMetrics it;
            it.epoch = epoch;
            it.iteration = iteration;
            it.iterationsPerEpoch = static_cast<int>(itersPerEpoch);
            it.globalStep = globalStep;
            it.loss = lossValue;
            it.learningRate = lr;
            it.clipsPerSecond = static_cast<double>(data.size(0)) /
                                std::max(1e-6, std::chrono::duration<double>(now - stepStart).count());
            stepStart = now;
            metrics.logIteration(it);
            observer.onIteration(it);
            ++iteration;
            ++globalStep;
        }

        EpochMetrics em;
        em.epoch = epoch;
        em.epochs = config.optim.epochs;
        em.trainLoss = seen ? lossSum / static_cast<double>(seen) : 0.0;
        em.trainTop1 = seen ? static_cast<double>(correct) / static_cast<double>(seen) : 0.0;
        const bool lastEpoch = epoch + 1 == config.optim.epochs;
        if (testLoader && ((epoch + 1) % config.run.validateEvery == 0 || lastEpoch)) {
            observer.onStage("validate", 0, 1);
            const EvalResult val = evaluateModel(*model, *testLoader, config.model.numClasses,
                                                 device, protocol, token);
            em.validated = true;
            em.valLoss = val.loss;
            em.valTop1 = val.top1;
            em.valTop5 = val.top5;
            summary.lastValTop1 = val.top1;
            summary.lastValTop5 = val.top5;
        }
        em.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();

        const bool best = em.validated && (em.valTop1 > summary.bestValTop1 || !fs::exists(runDir + "/checkpoints/best.pt"));
        if (best)
            summary.bestValTop1 = std::max(summary.bestValTop1, em.valTop1);
        CheckpointState next{epoch + 1, globalStep, summary.bestValTop1};
        saveCheckpoint(runDir + "/checkpoints/last.pt", *model, &optimizer, next);
        if (best)
            saveCheckpoint(runDir + "/checkpoints/best.pt", *model, nullptr, next);
        metrics.logEpoch(em);
        summary.epochsCompleted = epoch + 1;
        summary.trainSeconds += em.seconds;
        writeStatus("running", config);
        observer.onEpoch(em);
        std::ostringstream line;
        line << "Epoch " << epoch + 1 << "/" << config.optim.epochs << ": loss "
             << std::setprecision(4) << em.trainLoss << ", train top-1 " << fmtPercent(em.trainTop1);
        if (em.validated)
            line << ", val top-1 " << fmtPercent(em.valTop1) << ", top-5 " << fmtPercent(em.valTop5)
                 << " (" << protocol << ")";
        line << ", " << std::setprecision(3) << em.seconds << " s";
        observer.onMessage(line.str());
    }
    summary.outcome = RunOutcome::Finished;
}

} // namespace as
