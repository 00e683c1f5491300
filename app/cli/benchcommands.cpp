#include "clicommands.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <random>

#include <fmt/core.h>

#include "core/data/cacheformatbenchmark.h"
#include "core/train/loaderbenchmark.h"
#include "core/train/stepbenchmark.h"
#include "core/video/readaheadplan.h"
#include "core/video/seekbenchmark.h"
#include "core/video/seektestvideo.h"

namespace as::cli {

namespace {

void addLoaderBenchmark(CLI::App &bench)
{
    auto options = std::make_shared<LoaderBenchmarkOptions>();
    CLI::App *loader = bench.add_subcommand(
        "loader", "Clips/s of a model's training pipeline on a project's frame cache, and a "
                  "training step fed by the loader vs from memory");
    loader->add_option("--model,-m", options->model, "Model name")->capture_default_str();
    loader->add_option("--project,-p", options->projectDir, "Project folder (frames extracted)")
        ->required();
    loader->add_option("--batch,-b", options->batchSize, "Clips per batch")->capture_default_str();
    loader->add_option("--workers,-w", options->workers, "Loader threads")->capture_default_str();
    loader->add_option("--iters,-n", options->iters, "Timed batches (and steps)")
        ->capture_default_str();
    loader->add_option("--frames,-t", options->clipLengthFrames,
                       "Frames per clip (0: the model's input spec)")->capture_default_str();
    loader->add_option("--crop,-s", options->cropSize, "Crop size (0: the model's input spec)")
        ->capture_default_str();
    loader->add_option("--cache-short-side", options->cacheShortSide,
                       "Frame cache to read (0: the one most videos have)")->capture_default_str();
    loader->add_option("--split", options->split, "Project split")->capture_default_str();
    loader->add_option("--threads", options->threads, "Torch threads (0: all cores)")
        ->capture_default_str();
    auto loaderOnly = std::make_shared<bool>(false);
    loader->add_flag("--loader-only", *loaderOnly, "Skip the training-step comparison");
    loader->callback([options, loaderOnly] {
        options->compareStep = !*loaderOnly;
        const LoaderBenchmarkResult r = benchmarkLoader(*options);
        fmt::print("model {}: {} training videos, cache short side {}, clips of {} frames at "
                   "{}x{} px, batch {}, {} workers, {} timed batches\n",
                   options->model, r.samples, r.cacheShortSide, r.clipLengthFrames, r.cropSize,
                   r.cropSize, options->batchSize, options->workers, r.timedBatches);
        fmt::print("loader alone:        {:8.1f} clips/s  (median wait per batch {:.1f} ms)\n",
                   r.loaderClipsPerSecond, r.loaderBatchMs);
        if (options->compareStep) {
            fmt::print("train step, memory:  median {:8.1f} ms\n", r.stepInMemoryMs);
            fmt::print("train step, loader:  median {:8.1f} ms  (wait for the batch + step)\n",
                       r.stepWithLoaderMs);
            fmt::print("ratio loader/memory: {:.3f}  ({})\n", r.stepRatio,
                       r.stepRatio <= 1.05 ? "within 5 %" : "the loader stalls training");
            // What the ratio cannot show on a busy machine: the loader's own cost per batch,
            // taken from the loader-alone run (all workers busy), against one step.
            fmt::print("loader CPU per batch <= {:.1f} ms = {:.1f} % of an in-memory step\n",
                       r.loaderBatchMs * options->workers,
                       100.0 * r.loaderBatchMs * options->workers / std::max(1e-9, r.stepInMemoryMs));
        }
    });
}

void addCacheFormatBenchmark(CLI::App &bench)
{
    auto options = std::make_shared<CacheFormatBenchmarkOptions>();
    CLI::App *formats = bench.add_subcommand(
        "cache-formats", "Read speed of random clips: JPEG frame pack vs decoded frames vs "
                         "decoding the video on the fly (one thread)");
    formats->add_option("videos", options->videos, "Video files")->required();
    formats->add_option("--short-side", options->shortSide, "Short side of the stored frames")
        ->capture_default_str();
    formats->add_option("--frames,-t", options->clipLengthFrames, "Frames per clip")
        ->capture_default_str();
    formats->add_option("--interval", options->frameInterval, "Frame interval")
        ->capture_default_str();
    formats->add_option("--clips", options->clipsPerVideo, "Clips read per video")
        ->capture_default_str();
    formats->callback([options] {
        fmt::print("{} videos, short side {}, {} clips of {} frames every {}\n",
                   options->videos.size(), options->shortSide,
                   options->videos.size() * static_cast<std::size_t>(options->clipsPerVideo),
                   options->clipLengthFrames, options->frameInterval);
        for (const CacheFormatResult &r : benchmarkCacheFormats(*options))
            fmt::print("{:<10} {:9.1f} clips/s  {:10.0f} bytes/frame on disk\n", r.format,
                       r.clipsPerSecond, r.bytesPerFrame);
    });
}

void printLatency(const char *what, const LatencyStats &s)
{
    fmt::print("{:<34} median {:7.1f} ms  p90 {:7.1f} ms  max {:7.1f} ms  (n={})\n", what,
               s.medianMs, s.p90Ms, s.maxMs, s.count);
}

/** A fresh folder under the system's temp folder for a generated video. */
std::filesystem::path scratchFolder()
{
    const auto tag = std::to_string(std::random_device{}()) + "-"
        + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count() % 100000);
    auto dir = std::filesystem::temp_directory_path() / ("actionstudio-seek-" + tag);
    std::filesystem::create_directories(dir);
    return dir;
}

void addSeekBenchmark(CLI::App &bench)
{
    struct Args
    {
        SeekBenchmarkOptions options;
        std::string file;
        bool make1080p = false;
        bool keep = false;
        double thresholdMs = 30.0;
    };
    auto args = std::make_shared<Args>();
    CLI::App *seek = bench.add_subcommand(
        "seek", "How fast the video player shows a frame after a step or a seek (medians); "
                "without FILE, on a generated 1080p H.264 video");
    seek->add_option("file", args->file, "Video file (default: generate a 1080p H.264 one)");
    seek->add_option("--steps,-n", args->options.steps, "Timed steps of each kind")
        ->capture_default_str();
    seek->add_option("--interval-ms", args->options.stepIntervalMs,
                     "Pause between the simulated user's key presses")->capture_default_str();
    seek->add_option("--max-frames", args->options.maxFrames,
                     "Use only the first frames of a long video")->capture_default_str();
    seek->add_option("--threshold-ms", args->thresholdMs,
                     "PASS when the median step forward is under this")->capture_default_str();
    seek->add_flag("--make-1080p", args->make1080p,
                   "Generate the 1080p test video (and benchmark it unless FILE is given)");
    seek->add_flag("--keep", args->keep, "Keep the generated video (its path is printed)");
    seek->callback([args] {
        SeekBenchmarkOptions options = args->options;
        options.path = args->file;
        std::filesystem::path scratch;
        if (args->file.empty() || args->make1080p) {
            scratch = scratchFolder();
            SeekTestVideoOptions video;
            video.path = (scratch / "seek-1080p.mp4").string();
            fmt::print("writing {}x{}, {} frames at {} fps (x264 defaults: key frame every 250 "
                       "frames at most)...\n",
                       video.width, video.height, video.frameCount, video.fps);
            const auto start = std::chrono::steady_clock::now();
            const SeekTestVideo written = SeekTestVideo::write(video);
            fmt::print("wrote {} in {:.1f} s, codec {}\n", written.path,
                       std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                           .count(),
                       written.codec);
            if (!written.isH264)
                fmt::print("NOTE: no H.264 encoder in OpenCV's FFmpeg here: measuring {} "
                           "instead\n",
                           written.codec);
            if (options.path.empty())
                options.path = written.path;
        }
        const SeekBenchmarkResult r = benchmarkSeeking(options);
        fmt::print("{}: {}x{}, {:.2f} fps, {} frames ({} used), {} steps of each kind, "
                   "key presses {} ms apart\n",
                   options.path, r.width, r.height, r.fps, r.frameCount, r.framesUsed,
                   options.steps, options.stepIntervalMs);
        fmt::print("player (read-ahead {} frames; {} behind a jump, {} when stepping back; "
                   "request -> frame decoded):\n",
                   ReadAheadPlan::kAheadFrames, ReadAheadPlan::kBehindFrames,
                   ReadAheadPlan::kBehindSteppingBack);
        printLatency("  step forward, paused", r.stepForward);
        printLatency("  step back, paused", r.stepBack);
        printLatency(fmt::format("  key held ({} ms repeat)", options.heldKeyIntervalMs).c_str(),
                     r.stepForwardHeld);
        printLatency("  jump to a random frame", r.playerSeek);
        fmt::print("decoder alone (no read-ahead):\n");
        printLatency("  next frame, sequential decode", r.sequential);
        printLatency("  random seek", r.randomSeek);
        printLatency("  step back (a seek)", r.stepBackRaw);
        fmt::print("frame accuracy: {} of {} frames reached by seeks and steps equal the "
                   "sequential decode{}\n",
                   r.verifiedFrames - static_cast<int>(r.mismatchedFrames.size()),
                   r.verifiedFrames,
                   r.mismatchedFrames.empty()
                       ? std::string()
                       : fmt::format(" (first wrong: frame {})", r.mismatchedFrames.front()));
        if (!scratch.empty() && !args->keep) {
            std::error_code ec;
            std::filesystem::remove_all(scratch, ec);
        }
        const bool pass = r.stepForward.medianMs < args->thresholdMs
            && r.mismatchedFrames.empty();
        fmt::print("{}: step forward median {:.1f} ms {} {:.0f} ms{}\n", pass ? "PASS" : "FAIL",
                   r.stepForward.medianMs, r.stepForward.medianMs < args->thresholdMs ? "<" : ">=",
                   args->thresholdMs, r.mismatchedFrames.empty() ? "" : ", but seeking is not "
                                                                        "frame-accurate");
        if (!pass)
            throw CLI::RuntimeError(1);
    });
}

} // namespace

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

    addLoaderBenchmark(*bench);
    addCacheFormatBenchmark(*bench);
    addSeekBenchmark(*bench);
}

} // namespace as::cli
