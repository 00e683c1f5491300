#include "core/train/trainer.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/common/progress.h"
#include "core/config/configio.h"
#include "core/data/cliploader.h"
#include "core/data/mixup.h"
#include "core/models/modelregistry.h"
#include "core/models/statedict.h"
#include "core/models/weightloader.h"
#include "core/project/project.h"
#include "core/train/autocastscope.h"
#include "core/train/checkpoint.h"
#include "core/train/evaluator.h"
#include "core/train/lossscaler.h"
#include "core/train/losses.h"
#include "core/train/lrschedule.h"
#include "core/train/metricslog.h"
#include "core/train/modelema.h"
#include "core/train/optimizerfactory.h"
#include "core/train/precisebn.h"
#include "core/train/runevaluation.h"
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

/** Weights of 3-D (5-D tensor) and 2-D (4-D) layers in channels-last order, as oneDNN prefers. */
void toChannelsLast(torch::nn::Module &model)
{
    torch::NoGradGuard noGrad;
    for (torch::Tensor &p : model.parameters()) {
        if (p.dim() == 5)
            p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast3d));
        else if (p.dim() == 4)
            p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
    }
}

/** The distillation teacher of `loss.distill`, frozen in eval mode; null when there is none. */
std::shared_ptr<VideoModelImpl> makeTeacher(const ExperimentConfig &config, const torch::Device &device)
{
    if (config.loss.teacherModel.empty())
        return nullptr;
    ExperimentConfig teacherConfig = config;
    teacherConfig.model.name = config.loss.teacherModel;
    std::shared_ptr<VideoModelImpl> teacher = createModel(modelBuildOptions(teacherConfig));
    // Strict: a teacher with missing or misfit weights would teach noise.
    loadCheckpointInto(*teacher, config.loss.teacherWeights, true);
    for (torch::Tensor &p : teacher->parameters())
        p.set_requires_grad(false);
    teacher->eval();
    teacher->to(device);
    return teacher;
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
    // The project's classes, plus "background" when data.background_class adds it (one
    // action against no action is a model worth training).
    const std::vector<std::string> classNames = runClassNames(project, config);
    if (classNames.size() < 2)
        throw Error("project.classes",
                    "Project " + config.data.project + " has " + std::to_string(classes.size()) +
                        " classes; training needs at least 2 (or 1 with data.background_class)",
                    config.data.project);
    ClipLabelMaps trainLabelMaps = labelMaps(config, classes); // bad class names fail early
    if (!params.resume && config.model.numClasses != static_cast<int>(classNames.size())) {
        observer.onMessage("model.num_classes set to " + std::to_string(classNames.size()) +
                           (classNames.size() > classes.size()
                                ? ", the number of classes in the project plus background"
                                : ", the number of classes in the project"));
        config.model.numClasses = static_cast<int>(classNames.size());
    }

    fs::create_directories(runDir + "/checkpoints");
    if (!params.resume) {
        saveConfig(config, runDir + "/config.yaml");
        std::string names;
        for (const std::string &name : classNames)
            names += name + "\n";
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
    const std::shared_ptr<const ClipDataset> trainDataset =
        makeDataset(trainSamples, config, true, std::move(trainLabelMaps));
    ClipLoader trainLoader(trainDataset, trainOptions);

    ClipLoader::Options testOptions = trainOptions;
    testOptions.shuffle = false;
    testOptions.dropLast = false;
    std::unique_ptr<ClipLoader> testLoader;
    if (!testSamples.empty())
        testLoader = std::make_unique<ClipLoader>(makeDataset(testSamples, config, false), testOptions);
    else
        observer.onMessage("The split has no test videos: validation is skipped");

    // --- model, teacher, optimiser, tricks ---
    torch::manual_seed(config.run.seed);
    std::shared_ptr<VideoModelImpl> model = createModel(modelBuildOptions(config));
    if (!config.model.pretrained.empty() && !params.resume) {
        // Non-strict: a classifier for another class count is replaced (fine-tuning); the
        // report lists whatever else did not fit.
        const WeightLoadReport report = loadCheckpointInto(*model, config.model.pretrained, false);
        observer.onMessage(report.summary());
    }
    model->to(device);
    if (config.tricks.channelsLast)
        toChannelsLast(*model);
    const std::shared_ptr<VideoModelImpl> teacher = makeTeacher(config, device);
    if (teacher)
        observer.onMessage("Distilling from " + config.loss.teacherModel + " (" +
                           config.loss.teacherWeights + ")");

    OptimizerSetup optimizerSetup = makeOptimizer(*model, config.model.numClasses, config.optim);
    torch::optim::Optimizer &optimizer = *optimizerSetup.optimizer;
    std::unique_ptr<ModelEma> ema;
    if (config.tricks.emaDecay > 0.0)
        ema = std::make_unique<ModelEma>(*model, config.tricks.emaDecay);
    if (params.resume) {
        state = loadCheckpoint(runDir + "/checkpoints/last.pt", *model, &optimizer, ema.get());
        model->to(device);
        observer.onMessage("Resuming at epoch " + std::to_string(state.nextEpoch + 1) + " of " +
                           std::to_string(config.optim.epochs));
    }
    const bool mixedPrecision = config.tricks.mixedPrecision && device.is_cuda();
    if (config.tricks.mixedPrecision && !mixedPrecision)
        observer.onMessage("tricks.mixed_precision is for CUDA devices; training in float32 on " +
                           device.str());
    LossScaler scaler(mixedPrecision);
    const std::vector<torch::Tensor> parameters = model->parameters();
    summary.epochsCompleted = state.nextEpoch;
    summary.bestValTop1 = state.bestValTop1;

    // One optimiser step per `accumulate` batches; an epoch's last, shorter group steps too.
    const int accumulate = std::max(1, config.optim.accumulateSteps);
    const std::int64_t batchesPerEpoch = static_cast<std::int64_t>(trainLoader.batchesPerEpoch());
    const std::int64_t stepsPerEpoch = (batchesPerEpoch + accumulate - 1) / accumulate;
    const LrSchedule schedule = scheduleFromConfig(config.optim, stepsPerEpoch);
    MetricsLog metrics(runDir + "/metrics.jsonl", params.resume ? state.nextEpoch : -1);
    const std::string protocol = validationProtocol(config);
    const int numClasses = config.model.numClasses;
    const double smoothing = config.loss.labelSmoothing;

    observer.onMessage("Training " + config.model.name + " on " + std::to_string(trainSamples.size()) +
                       " clips (" + std::to_string(testSamples.size()) + " for validation), " +
                       std::to_string(config.optim.epochs) + " epochs, " + device.str());

    std::int64_t globalStep = state.globalStep;
    for (int epoch = state.nextEpoch; epoch < config.optim.epochs; ++epoch) {
        // Per-epoch seeding: dropout, Mix-up and every data draw depend only on (seed, epoch),
        // so a resumed run repeats exactly what the uninterrupted run would have done.
        const std::uint64_t epochSeed = config.run.seed * 1000003ULL + static_cast<std::uint64_t>(epoch);
        torch::manual_seed(epochSeed);
        std::mt19937_64 mixRng(epochSeed ^ 0x9e3779b97f4a7c15ULL);
        model->train();
        trainLoader.startEpoch(epoch);
        const auto epochStart = Clock::now();
        double lossSum = 0.0;
        std::int64_t correct = 0;
        std::int64_t correct5 = 0;
        std::int64_t seen = 0;
        int iteration = 0;
        double lr = 0.0;
        auto stepStart = Clock::now();
        while (true) {
            token.throwIfCancelled();
            std::optional<ClipBatch> batch = trainLoader.next();
            if (!batch)
                break;
            const std::int64_t groupStart = (iteration / accumulate) * accumulate;
            const std::int64_t groupSize = std::min<std::int64_t>(accumulate, batchesPerEpoch - groupStart);
            if (iteration == groupStart) {
                lr = schedule.at(epoch * stepsPerEpoch + iteration / accumulate);
                setLearningRate(optimizerSetup, lr);
                optimizer.zero_grad();
            }

            torch::Tensor data = batch->data.to(device);                // [N, 3, T, H, W]
            const torch::Tensor labels = batch->labels.to(device);      // [N]
            MixedBatch mixed;
            const bool mix = config.augment.mixupAlpha > 0.0 && data.size(0) > 1;
            if (mix) {
                mixed = mixupBatch(data, labels, config.augment.mixupAlpha, mixRng);
                data = mixed.data;
            }
            if (config.tricks.channelsLast)
                data = data.contiguous(torch::MemoryFormat::ChannelsLast3d);
            torch::Tensor logits;
            {
                AutocastScope autocast(mixedPrecision);
                logits = model->forward(data);                          // [N, classes]
            }
            logits = logits.to(torch::kFloat32);
            torch::Tensor loss = mix ? softTargetCrossEntropy(
                                           logits, mixupSoftTargets(mixed, numClasses, smoothing))
                                     : smoothedCrossEntropy(logits, labels, smoothing);
            if (teacher) {
                torch::Tensor teacherLogits;
                {
                    torch::NoGradGuard noGrad;
                    AutocastScope autocast(mixedPrecision);
                    teacherLogits = teacher->forward(data).to(torch::kFloat32);
                }
                loss = (1.0 - config.loss.distillWeight) * loss +
                       config.loss.distillWeight *
                           distillationLoss(logits, teacherLogits, config.loss.distillTemperature);
            }
            scaler.scaled(loss / static_cast<double>(groupSize)).backward();
            if (iteration + 1 == groupStart + groupSize) {
                if (scaler.unscaleGradients(parameters)) {
                    if (config.optim.gradClipNorm > 0.0)
                        torch::nn::utils::clip_grad_norm_(parameters, config.optim.gradClipNorm);
                    optimizer.step();
                    if (ema)
                        ema->update(*model);
                } else {
                    observer.onMessage("Skipped a step with an overflowing float16 gradient; loss "
                                       "scale now " + std::to_string(scaler.scale()));
                }
            }

            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue))
                throw Error("train.diverged",
                            "The loss became " + std::to_string(lossValue) + " at epoch " +
                                std::to_string(epoch + 1) + "; lower optim.lr",
                            "optim.lr");
            lossSum += lossValue * static_cast<double>(data.size(0));
            const torch::Tensor &trueLabels = mix ? mixed.labelsA : labels;
            correct += countTopK(logits.detach(), trueLabels, 1);
            correct5 += countTopK(logits.detach(), trueLabels, 5);
            seen += data.size(0);

            const auto now = Clock::now();
            IterationMetrics it;
            it.epoch = epoch;
            it.iteration = iteration;
            it.iterationsPerEpoch = static_cast<int>(batchesPerEpoch);
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
        const double trainSeconds = std::chrono::duration<double>(Clock::now() - epochStart).count();

        EpochMetrics em;
        em.epoch = epoch;
        em.epochs = config.optim.epochs;
        em.trainLoss = seen ? lossSum / static_cast<double>(seen) : 0.0;
        em.trainTop1 = seen ? static_cast<double>(correct) / static_cast<double>(seen) : 0.0;
        em.trainTop5 = seen ? static_cast<double>(correct5) / static_cast<double>(seen) : 0.0;
        em.learningRate = lr;
        em.clipsPerSecond = static_cast<double>(seen) / std::max(1e-6, trainSeconds);

        // The weights that are evaluated and kept as best: the average when there is one,
        // with precise BN statistics when asked; swapped back for training afterwards.
        if (ema)
            ema->swapWith(*model);
        if (config.tricks.preciseBnBatches > 0) {
            observer.onStage("precise BN", 0, 1);
            ClipLoader::Options bnOptions = trainOptions;
            bnOptions.seed = config.run.seed + 7919;
            ClipLoader bnLoader(trainDataset, bnOptions);
            bnLoader.startEpoch(epoch);
            updatePreciseBn(
                *model,
                [&]() -> std::optional<torch::Tensor> {
                    token.throwIfCancelled();
                    std::optional<ClipBatch> b = bnLoader.next();
                    if (!b)
                        return std::nullopt;
                    return config.tricks.channelsLast
                               ? b->data.to(device).contiguous(torch::MemoryFormat::ChannelsLast3d)
                               : b->data.to(device);
                },
                [&](const torch::Tensor &input) { model->forward(input); },
                config.tricks.preciseBnBatches);
        }
        const bool lastEpoch = epoch + 1 == config.optim.epochs;
        if (testLoader && ((epoch + 1) % config.run.validateEvery == 0 || lastEpoch)) {
            observer.onStage("validate", 0, 1);
            const EvalResult val = evaluateModel(*model, *testLoader, numClasses, device,
                                                 protocol, token);
            em.validated = true;
            em.valLoss = val.loss;
            em.valTop1 = val.top1;
            em.valTop5 = val.top5;
            em.valMeanClassAccuracy = val.meanClassAccuracy;
            summary.lastValTop1 = val.top1;
            summary.lastValTop5 = val.top5;
        }
        em.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();

        const bool best = config.checkpoint.keepBest && em.validated &&
                          (em.valTop1 > summary.bestValTop1 || !fs::exists(runDir + "/checkpoints/best.pt"));
        if (em.validated)
            summary.bestValTop1 = std::max(summary.bestValTop1, em.valTop1);
        CheckpointState next{epoch + 1, globalStep, summary.bestValTop1};
        if (best)
            saveCheckpoint(runDir + "/checkpoints/best.pt", *model, nullptr, next);
        if (ema)
            ema->swapWith(*model);
        if (isCheckpointEpoch(epoch + 1, config.checkpoint.every, config.optim.epochs)) {
            saveCheckpoint(runDir + "/checkpoints/last.pt", *model, &optimizer, next, ema.get());
            if (config.checkpoint.keepLast > 0) {
                // Copied under a temporary name and renamed: a kill mid-copy leaves no
                // half-written epoch file behind a complete-looking name.
                const std::string kept = runDir + "/checkpoints/" + epochCheckpointName(epoch + 1);
                const std::string tmp = tempPathFor(kept);
                fs::copy_file(runDir + "/checkpoints/last.pt", tmp, fs::copy_options::overwrite_existing);
                commitTempFile(tmp, kept);
                pruneEpochCheckpoints(runDir + "/checkpoints", config.checkpoint.keepLast);
            }
        }
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

    // --- the final test: the kept weights, every view of the reference protocol ---
    if (config.eval.finalTest && !testSamples.empty()) {
        observer.onStage("test", 0, 1);
        const TestOutcome test = testRun(runDir, TestRunOptions{}, token);
        summary.testTop1 = test.result.top1;
        summary.testTop5 = test.result.top5;
        summary.testProtocol = test.result.protocol;
        observer.onMessage("Test (" + test.result.protocol + "): top-1 " +
                           fmtPercent(test.result.top1) + ", top-5 " + fmtPercent(test.result.top5) +
                           ", mean class accuracy " + fmtPercent(test.result.meanClassAccuracy) +
                           "; results in " + test.folder);
    }
    summary.outcome = RunOutcome::Finished;
}

} // namespace as
