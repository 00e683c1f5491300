#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace as {

/** One optimisation step, reported to observers. */
struct IterationMetrics
{
    int epoch = 0;              // 0-based
    int iteration = 0;          // 0-based within the epoch
    int iterationsPerEpoch = 0;
    std::int64_t globalStep = 0;
    double loss = 0.0;
    double learningRate = 0.0;
    double clipsPerSecond = 0.0;
};

/** End-of-epoch summary: training and validation numbers. */
struct EpochMetrics
{
    int epoch = 0;              // 0-based
    int epochs = 0;
    double trainLoss = 0.0;
    double trainTop1 = 0.0;     // fraction in [0,1]
    double trainTop5 = 0.0;     // fraction in [0,1]; for Mix-up batches, of the first labels
    bool validated = false;
    double valLoss = 0.0;
    double valTop1 = 0.0;
    double valTop5 = 0.0;
    double valMeanClassAccuracy = 0.0;
    double seconds = 0.0;       // wall time of the epoch
    double learningRate = 0.0;  // at the epoch's last iteration
    double clipsPerSecond = 0.0;  // training throughput over the epoch
};

/** How a run ended. */
enum class RunOutcome { Finished, Cancelled, Failed };

/** Result of a training job. */
struct RunSummary
{
    RunOutcome outcome = RunOutcome::Finished;
    std::string runDir;
    std::string error;          // when Failed
    int epochsCompleted = 0;
    double bestValTop1 = 0.0;
    double lastValTop1 = 0.0;
    double lastValTop5 = 0.0;
    double trainSeconds = 0.0;
    double testTop1 = 0.0;      // the final multi-view test, when it ran
    double testTop5 = 0.0;
    std::string testProtocol;   // empty when there was no final test
};

/** Accuracy of a model on a subset, with the protocol named. */
struct EvalResult
{
    int samples = 0;
    double top1 = 0.0;
    double top5 = 0.0;
    double loss = 0.0;
    double meanClassAccuracy = 0.0;  // mean over classes with samples of per-class top-1
    std::string protocol;       // e.g. "1 clip x 1 centre crop, 4 frames every 5th, 112 px"
    std::vector<std::vector<int>> confusion;  // [true][predicted]
    std::vector<int> labels;                  // per sample, in loader order
    std::vector<std::vector<float>> scores;   // per sample: view-averaged softmax, [classes]
};

/** One class score of a prediction. */
struct ClassScore
{
    int index = 0;
    std::string name;
    double probability = 0.0;
};

} // namespace as
