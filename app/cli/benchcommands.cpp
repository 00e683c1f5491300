#include "clicommands.h"

#include <memory>

#include <fmt/core.h>

#include "core/train/stepbenchmark.h"

namespace as::cli {

void addBenchCommand(CLI::App &app)
{
    CLI::App *bench = app.add_subcommand("bench", "Measure speed on this machine (medians)");
    bench->require_subcommand(1);

    auto options = std::make_shared<StepBenchmarkOptions>();
    CLI::App *step = bench->add_subcommand(
        "train-step", "Time training and inference steps of a model on in-memory random clips");
    step->add_option("--model,-m", options->model, "Model name")->capture_default_str();
    step->add_option("--batch,-b", options->batchSize, "Clips per step")->capture_default_str();
    step->add_option("--frames,-t", options->clipLengthFrames, "Frames per clip")->capture_default_str();
    step->add_option("--crop,-s", options->cropSize, "Crop size in pixels")->capture_default_str();
    step->add_option("--classes", options->numClasses, "Classes")->capture_default_str();
    step->add_option("--steps", options->steps, "Timed steps")->capture_default_str();
    step->add_option("--warmup", options->warmupSteps, "Untimed steps first")->capture_default_str();
    step->add_option("--threads", options->threads, "Torch threads (0: all cores)")
        ->capture_default_str();
    auto compare = std::make_shared<bool>(false);
    step->add_flag("--compare-depthwise", *compare,
                   "X3D: also time the reference conv3d depthwise path, in the same run");
    step->callback([options, compare] {
        const StepBenchmarkResult r = benchmarkSteps(*options);
        fmt::print("model {} ({} parameters), batch {} x {} frames x {}x{} px, {} timed steps\n",
                   options->model, r.parameters, options->batchSize, options->clipLengthFrames,
                   options->cropSize, options->cropSize, options->steps);
        fmt::print("train step:     median {:8.1f} ms  {:7.1f} clips/s\n", r.trainStepMs,
                   r.trainClipsPerSecond);
        fmt::print("inference step: median {:8.1f} ms  {:7.1f} clips/s\n", r.inferenceStepMs,
                   r.inferenceClipsPerSecond);
        if (*compare) {
            StepBenchmarkOptions reference = *options;
            reference.depthwiseAsConv2d = false;
            const StepBenchmarkResult ref = benchmarkSteps(reference);
            fmt::print("reference conv3d depthwise path:\n");
            fmt::print("train step:     median {:8.1f} ms  {:7.1f} clips/s  (fast path {:.2f}x)\n",
                       ref.trainStepMs, ref.trainClipsPerSecond, ref.trainStepMs / r.trainStepMs);
            fmt::print("inference step: median {:8.1f} ms  {:7.1f} clips/s  (fast path {:.2f}x)\n",
                       ref.inferenceStepMs, ref.inferenceClipsPerSecond,
                       ref.inferenceStepMs / r.inferenceStepMs);
        }
    });
}

} // namespace as::cli
