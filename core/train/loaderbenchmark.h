#pragma once

#include <string>

namespace as {

/** What to measure: a model's training pipeline over a project's frame cache. */
struct LoaderBenchmarkOptions
{
    std::string projectDir;
    std::string model = "x3d_s";
    int batchSize = 8;
    int workers = 2;
    int iters = 10;              // timed batches (capped at one epoch of the project)
    int clipLengthFrames = 0;    // 0: the model's InputSpec
    int cropSize = 0;            // 0: the model's InputSpec
    int cacheShortSide = 0;      // 0: the short side most packs in the project's cache have
    int split = 1;
    int threads = 0;             // torch intra-op threads; 0: all cores
    bool compareStep = true;     // also time training steps fed by the loader vs from memory
};

/** Medians over the timed batches or steps. */
struct LoaderBenchmarkResult
{
    int samples = 0;               // training videos found in the cache
    int cacheShortSide = 0;
    int clipLengthFrames = 0;      // frames per training clip
    int cropSize = 0;
    int timedBatches = 0;
    double loaderClipsPerSecond = 0.0;  // loader alone: clips / wall time
    double loaderBatchMs = 0.0;         // loader alone: median wait per batch
    double stepInMemoryMs = 0.0;        // training step on batches already in memory
    double stepWithLoaderMs = 0.0;      // training step + wait for the loader's next batch
    double stepRatio = 0.0;             // stepWithLoaderMs / stepInMemoryMs
};

/**
 * Measures a model's training data pipeline (frame cache → sampler → transform → batch, in
 * the loader's worker threads) on a project, and, when asked, whether it keeps up with the
 * model: a training step fed by the running loader against the same step on batches already
 * in memory (the target: within 5 %). Throws `Error` for a missing project, an
 * unknown model or an empty cache.
 */
LoaderBenchmarkResult benchmarkLoader(const LoaderBenchmarkOptions &options);

} // namespace as
