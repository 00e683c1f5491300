#pragma once

#include <string>

namespace as {

/** What to measure: one model, one input size, random data already in memory. */
struct StepBenchmarkOptions
{
    std::string model = "x3d_xs";
    int numClasses = 10;
    int batchSize = 16;
    int clipLengthFrames = 8;
    int cropSize = 80;
    int warmupSteps = 2;
    int steps = 10;
    int threads = 0;  // 0: all cores
    bool depthwiseAsConv2d = true;  // X3D: false times the reference conv3d path instead
};

/** Medians over the timed steps, in milliseconds, and the derived throughput. */
struct StepBenchmarkResult
{
    double trainStepMs = 0.0;      // forward + backward + SGD step
    double inferenceStepMs = 0.0;  // forward only, no grad, eval mode
    double trainClipsPerSecond = 0.0;
    double inferenceClipsPerSecond = 0.0;
    long long parameters = 0;
};

/**
 * Times training and inference steps of a model on random tensors (no data loading), so the
 * model's own cost on this machine is known before a recipe's epochs and sizes are chosen.
 */
StepBenchmarkResult benchmarkSteps(const StepBenchmarkOptions &options);

} // namespace as
