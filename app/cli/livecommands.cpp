// `actionstudio-cli live`: run a trained model live on a camera, a video file or a stream, and
// `live --bench` (alias `bench live`): measure it against the live-recognition targets.

#include "clicommands.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "core/common/error.h"
#include "core/infer/livesession.h"
#include "core/infer/predictionlog.h"
#include "core/models/modelcard.h"
#include "core/train/runinfo.h"

namespace as::cli {

namespace fs = std::filesystem;

namespace {

/** The targets of live recognition on 2 CPU cores (issue: live recognition, acceptance). */
constexpr double kTargetDisplayFps = 25.0;
constexpr double kTargetWindowsPerSecond = 5.0;
constexpr double kTargetMedianLatencyMs = 250.0;
/** Windows per second a --bench source offers by default: a margin over the target. */
constexpr double kBenchOfferedWindowsPerSecond = 6.0;

struct LiveArgs
{
    std::string source;
    std::string run;
    std::string csv;
    std::string background;
    bool last = false;
    bool fast = false;
    bool bench = false;
    int strideFrames = 0;
    int smoothWindows = 3;
    int threads = 0;
    double threshold = 0.4;
    double seconds = 0.0;
};

std::string labelOrNone(const std::string &label)
{
    return label.empty() ? std::string("(no action)") : label;
}

/** One line per window: source time span, label, confidence, smoothed top-3, latency. */
std::string formatPrediction(const LivePrediction &p)
{
    std::string top;
    const std::size_t n = std::min<std::size_t>(3, p.smoothed.size());
    for (std::size_t i = 0; i < n; ++i)
        top += fmt::format("{}{} {:.0f}%", i > 0 ? ", " : "", p.smoothed[i].name,
                           p.smoothed[i].probability * 100);
    return fmt::format("[{:8.2f} - {:8.2f} s]  {:<20} {:5.1f} %  | {:<48} | {:6.1f} ms",
                       p.startSeconds, p.endSeconds, labelOrNone(p.label), p.confidence * 100, top,
                       p.latencyMs);
}

/**
 * Receives the session's callbacks on its threads: prints and logs each prediction (only the
 * inference thread calls onPrediction) and remembers how the source ended.
 */
class CliLiveObserver final : public LiveObserver
{
public:
    explicit CliLiveObserver(bool quiet)
        : m_quiet(quiet)
    {
    }

    /** Where predictions are recorded (may be null); set before the session starts. */
    void setLog(PredictionLog *log)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_log = log;
    }

    void onFrame(const LiveFrame &frame) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_frames.add(frame.captureNs);
    }

    void onPrediction(const LivePrediction &prediction) override
    {
        const std::int64_t nowNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                       std::chrono::steady_clock::now().time_since_epoch())
                                       .count();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_windows.add(nowNs);
        ++m_windowsPerLabel[prediction.label];
        if (m_log)
            m_log->write(prediction);
        if (!m_quiet) {
            fmt::print("{}\n", formatPrediction(prediction));
            std::fflush(stdout);
        }
    }

    void onSourceEnded(bool failed, const ErrorInfo &error) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (failed)
            m_error = error;
    }

    /** Frames per second over the whole run (LiveStats' rates are the recent ones). */
    double framesPerSecond() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_frames.perSecond();
    }

    double windowsPerSecond() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_windows.perSecond();
    }

    std::optional<ErrorInfo> failure() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_error;
    }

    /** Windows per shown label ("" = no action), most frequent first. */
    std::vector<std::pair<std::string, int>> labelCounts() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        std::vector<std::pair<std::string, int>> counts(m_windowsPerLabel.begin(),
                                                        m_windowsPerLabel.end());
        std::stable_sort(counts.begin(), counts.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        return counts;
    }

private:
    /** Events counted between the first and the last, on the steady clock. */
    struct Rate
    {
        std::int64_t count = 0;
        std::int64_t firstNs = 0;
        std::int64_t lastNs = 0;

        void add(std::int64_t ns)
        {
            if (count++ == 0)
                firstNs = ns;
            lastNs = ns;
        }
        double perSecond() const
        {
            const double seconds = static_cast<double>(lastNs - firstNs) / 1e9;
            return count > 1 && seconds > 0.0 ? static_cast<double>(count - 1) / seconds : 0.0;
        }
    };

    const bool m_quiet;
    Rate m_frames;
    Rate m_windows;
    PredictionLog *m_log = nullptr;
    mutable std::mutex m_mutex;
    std::map<std::string, int> m_windowsPerLabel;
    std::optional<ErrorInfo> m_error;
};

/**
 * --bench without --stride: a window every sourceFps / 6 frames (5 at 30 fps), so that the
 * source offers more windows than the 5/s target and the count measures the model, not the
 * stride (the default stride, the window's span, offers about one a second). 0 while the
 * source's frame rate is not known yet.
 */
int chooseBenchStride(LiveSession &session)
{
    const double fps = session.stats().sourceFps;
    if (!(fps > 0.0))
        return 0;
    const int stride = std::max(1, static_cast<int>(fps / kBenchOfferedWindowsPerSecond));
    session.setStrideFrames(stride);
    return stride;
}

/** Threads the session uses: LiveOptions::threads, where 0 means all cores but one. */
int effectiveThreads(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()) - 1);
}

std::string verdictLine(const char *what, bool ok, const std::string &detail)
{
    return fmt::format("  {:<26} {}  ({})\n", what, ok ? "ok  " : "FAIL", detail);
}

/**
 * The --bench report. Display fps and windows/s are averages over the whole run, from the
 * observer's own counts: LiveStats' rates cover the last few seconds, right for a live view.
 */
void printBench(const LiveArgs &args, const LiveSourceSpec &spec, const RunInfo &run,
                const LiveSession &session, int strideFrames, const LiveStats &s,
                const CliLiveObserver &observer, double wallSeconds)
{
    const double displayFps = observer.framesPerSecond();
    const double windowsPerSecond = observer.windowsPerSecond();
    const int span = session.windowSpanFrames();
    const int stride = strideFrames > 0 ? strideFrames : span;
    fmt::print("source:            {} ({})\n", spec.describe(),
               spec.realTime ? "played at its own rate" : "as fast as frames decode");
    fmt::print("model:             {} (run {}), {} frames per window over {} source frames\n",
               run.model, run.name, session.clipFrames(), span);
    fmt::print("stride:            {} frames{}: {:.2f} windows/s offered\n", stride,
               args.strideFrames > 0 ? "" : " (--bench default)",
               (spec.realTime ? s.sourceFps : displayFps) / std::max(1, stride));
    fmt::print("threads:           {}\n", effectiveThreads(args.threads));
    fmt::print("duration:          {:.1f} s, {} frames captured\n", wallSeconds, s.framesCaptured);
    fmt::print("source fps:        {:7.2f}\n", s.sourceFps);
    fmt::print("display fps:       {:7.2f}   (frames captured per second)\n", displayFps);
    fmt::print("windows/s:         {:7.2f}   ({} run)\n", windowsPerSecond, s.windowsRun);
    fmt::print("latency median:    {:7.1f} ms (capture of a window's last frame -> label)\n",
               s.medianLatencyMs);
    fmt::print("latency p90:       {:7.1f} ms\n", s.p90LatencyMs);
    fmt::print("windows dropped:   {}\n", s.windowsDropped);

    const bool displayOk = displayFps >= kTargetDisplayFps;
    const bool windowsOk = windowsPerSecond >= kTargetWindowsPerSecond;
    const bool latencyOk = s.windowsRun > 0 && s.medianLatencyMs <= kTargetMedianLatencyMs;
    fmt::print("targets:\n");
    fmt::print("{}",
               verdictLine("display >= 25 fps", displayOk, fmt::format("{:.2f} fps", displayFps)));
    fmt::print("{}",
               verdictLine("recognition >= 5 windows/s", windowsOk,
                           fmt::format("{:.2f} windows/s", windowsPerSecond)));
    fmt::print("{}",
               verdictLine("median latency <= 250 ms", latencyOk,
                           fmt::format("{:.1f} ms", s.medianLatencyMs)));
    fmt::print("verdict:           {}\n",
               displayOk && windowsOk && latencyOk ? "PASS (all targets met)"
                                                   : "FAIL (see the targets above)");
}

void printSummary(const LiveSourceSpec &spec, const LiveStats &s, double wallSeconds,
                  const CliLiveObserver &observer, const PredictionLog *log)
{
    fmt::print("summary: {}: {} frames in {:.1f} s ({:.1f} fps, source {:.1f} fps)\n",
               spec.describe(), s.framesCaptured, wallSeconds, observer.framesPerSecond(),
               s.sourceFps);
    fmt::print("windows: {} run ({:.2f}/s), {} dropped; latency median {:.1f} ms, p90 {:.1f} "
               "ms\n",
               s.windowsRun, observer.windowsPerSecond(), s.windowsDropped, s.medianLatencyMs,
               s.p90LatencyMs);
    std::string labels;
    for (const auto &[label, windows] : observer.labelCounts())
        labels += fmt::format("{}{} {}", labels.empty() ? "" : ", ", labelOrNone(label), windows);
    fmt::print("labels (windows): {}\n", labels.empty() ? std::string("none") : labels);
    if (log)
        fmt::print("predictions written to {} ({} rows)\n", log->path(), log->linesWritten());
}

/** Checks what can be checked before loading a model, with messages naming the input. */
LiveSourceSpec checkedSource(const LiveArgs &args)
{
    LiveSourceSpec spec = LiveSourceSpec::parse(args.source);
    if (spec.kind == LiveSourceSpec::Kind::File) {
        std::error_code ec;
        if (!fs::is_regular_file(spec.location, ec))
            throw Error("live.source", "video file not found: " + spec.location, spec.location);
        spec.realTime = !args.fast;
    }
    return spec;
}

/** A run folder, or an exported weights file with its model card (name: the file's). */
RunInfo checkedRun(const std::string &runDir)
{
    std::error_code ec;
    if (fs::is_regular_file(runDir, ec)) {
        RunInfo info;
        info.dir = runDir;
        info.name = fs::path(runDir).filename().string();
        info.model = readModelCard(runDir + ".json").model; // throws naming the card
        return info;
    }
    if (!fs::is_directory(runDir, ec))
        throw Error("live.run", "run folder or weights file not found: " + runDir, runDir);
    return readRun(runDir); // throws naming the folder when it is not a run
}

/** --background must name one of the run's classes: a typo would silently never match. */
void checkBackgroundClass(const std::string &background, const std::vector<std::string> &classes,
                          const std::string &runDir)
{
    if (background.empty()
        || std::find(classes.begin(), classes.end(), background) != classes.end())
        return;
    std::string names;
    for (const std::string &c : classes)
        names += (names.empty() ? "" : ", ") + c;
    throw Error("live.background",
                "--background " + background + " is not a class of the run " + runDir
                    + " (classes: " + names + ")",
                runDir);
}

void runLive(const LiveArgs &args)
{
    const LiveSourceSpec spec = checkedSource(args);
    const RunInfo run = checkedRun(args.run);

    LiveOptions options;
    options.runDir = args.run;
    options.preferBest = !args.last;
    options.strideFrames = args.strideFrames;
    options.smoothWindows = args.smoothWindows;
    options.threshold = args.threshold;
    options.backgroundClass = args.background;
    options.threads = args.threads;

    CliLiveObserver observer(args.bench);
    LiveSession session(options, observer); // throws naming the run or checkpoint
    checkBackgroundClass(args.background, session.classNames(), args.run);
    // Created once the model loaded, so a bad run leaves no empty CSV behind.
    std::unique_ptr<PredictionLog> log;
    if (!args.csv.empty())
        log = std::make_unique<PredictionLog>(args.csv, options.topK); // throws naming it
    observer.setLog(log.get());

    const auto started = std::chrono::steady_clock::now();
    session.start(spec); // throws naming the source
    if (!args.bench) {
        fmt::print("live: {} with {} (run {}), {} classes; Ctrl+C stops\n", spec.describe(),
                   run.model, run.name, session.classNames().size());
        std::fflush(stdout);
    }
    const auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    // Poll so that Ctrl+C and --seconds are noticed within a tenth of a second.
    int strideFrames = args.strideFrames;
    do {
        if (args.bench && strideFrames == 0)
            strideFrames = chooseBenchStride(session);
        if (interruptToken().isCancelled())
            break;
        if (args.seconds > 0 && elapsed() >= args.seconds)
            break;
    } while (!session.waitUntilEnded(100));
    const double wallSeconds = elapsed();
    session.stop();
    const LiveStats stats = session.stats();

    if (args.bench)
        printBench(args, spec, run, session, strideFrames, stats, observer, wallSeconds);
    else
        printSummary(spec, stats, wallSeconds, observer, log.get());

    if (const auto failure = observer.failure())
        throw Error(*failure);
    interruptToken().throwIfCancelled();
}

void addLiveOptions(CLI::App *cmd, const std::shared_ptr<LiveArgs> &args, bool benchAlias)
{
    cmd->add_option("--source,-s", args->source,
                    "Camera index (0, 1...), video file, or stream URL (rtsp://..., http://...)")
        ->required();
    cmd->add_option("--run,-r", args->run,
                    "Run folder of a trained model, or exported weights (FILE.pt with its model "
                    "card FILE.pt.json, from 'weights export')")
        ->required();
    cmd->add_flag("--last", args->last, "Runs: use the last checkpoint instead of the best");
    cmd->add_flag("--fast", args->fast,
                  "Files: decode as fast as possible instead of at the file's frame rate");
    cmd->add_option("--stride", args->strideFrames,
                    "Source frames between window starts (0: the model's window span; with "
                    "--bench: a sixth of the source's fps)")
        ->capture_default_str()
        ->check(CLI::Range(0, 100000));
    cmd->add_option("--smooth", args->smoothWindows,
                    "Average the probabilities of the last K "
                    "windows")
        ->capture_default_str()
        ->check(CLI::Range(1, 1000));
    cmd->add_option("--threshold", args->threshold,
                    "Below this smoothed probability the label is \"(no action)\"")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--background", args->background, "A class meaning \"no action\" (e.g. still)");
    cmd->add_option("--threads", args->threads,
                    "Torch threads for inference (0: all cores but one)")
        ->capture_default_str()
        ->check(CLI::Range(0, 256));
    cmd->add_option("--csv", args->csv, "Write every prediction to this CSV file");
    cmd->add_option("--seconds", args->seconds, "Stop after this many seconds (0: at the end)")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1e7));
    if (!benchAlias)
        cmd->add_flag("--bench", args->bench,
                      "Print only the measurements (fps, windows/s, latency) and a verdict "
                      "against the targets");
    cmd->callback([args, benchAlias] {
        if (benchAlias)
            args->bench = true;
        runLive(*args);
    });
}

} // namespace

void addLiveCommand(CLI::App &app)
{
    CLI::App *live = app.add_subcommand(
        "live",
        "Name actions live in a camera, video file or stream: one line per window, "
        "or the measurements with --bench");
    addLiveOptions(live, std::make_shared<LiveArgs>(), false);

    // `bench live`: the same as `live --bench`, next to the other benchmarks. The bench
    // command is added before this one (main.cpp); without it there is just no alias.
    const auto isBench = [](CLI::App *sub) { return sub->get_name() == "bench"; };
    for (CLI::App *bench : app.get_subcommands(isBench)) {
        CLI::App *alias = bench->add_subcommand(
            "live",
            "Live recognition speed on a video file played at its own rate (or "
            "--fast): display fps, windows/s, latency, and a verdict (= live --bench)");
        addLiveOptions(alias, std::make_shared<LiveArgs>(), true);
    }
}

} // namespace as::cli
