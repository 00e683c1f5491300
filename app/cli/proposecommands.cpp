// actionstudio-cli propose: model-assisted labelling. A trained model scans videos of a project
// with a sliding window and its confident stretches become proposed segments (source model,
// with a confidence) for review.

#include "clicommands.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "consoleprogress.h"
#include "core/common/error.h"
#include "core/infer/proposalwriter.h"
#include "core/infer/segmentproposer.h"
#include "core/project/project.h"

namespace as::cli {

namespace {

struct ProposeArgs
{
    std::string project;
    std::string run;
    std::vector<std::int64_t> videos;
    bool unlabelled = false;
    bool dryRun = false;
    bool last = false;
    int strideFrames = 2;
    double minConfidence = 0.5;
    double minSeconds = 1.0;
    double smoothSeconds = 1.0;
    int threads = 0;
};

/** The videos to scan, checked against the project before the model loads. */
std::vector<VideoRecord> videosToScan(const Project &project, const ProposeArgs &args)
{
    if (args.videos.empty() && !args.unlabelled)
        throw Error("cli.propose",
                    "Say which videos to scan: --video ID (repeatable) or "
                    "--unlabelled");
    std::vector<std::int64_t> ids = args.videos;
    if (args.unlabelled)
        for (std::int64_t id : project.unlabelledVideos())
            ids.push_back(id);
    std::vector<VideoRecord> out;
    for (std::int64_t id : ids) {
        const auto video = project.video(id);
        if (!video)
            throw Error("cli.propose",
                        "The project " + project.dir() + " has no video with id "
                            + std::to_string(id) + " (--video)",
                        project.dir());
        out.push_back(*video);
    }
    return out;
}

} // namespace

void addProposeCommand(CLI::App &app)
{
    auto args = std::make_shared<ProposeArgs>();
    CLI::App *cmd = app.add_subcommand(
        "propose",
        "Model-assisted labelling: scan videos with a trained model and write its "
        "confident stretches as proposed segments (source model) to review");
    cmd->add_option("-p,--project", args->project, "Project folder")
        ->required()
        ->check(CLI::ExistingDirectory);
    cmd->add_option("--run,-r", args->run,
                    "Run folder, or exported weights file (its card beside it)")
        ->required()
        ->check(CLI::ExistingPath);
    CLI::Option *video
        = cmd->add_option("--video", args->videos, "Id of a video to scan (repeatable)");
    CLI::Option *unlabelled = cmd->add_flag("--unlabelled", args->unlabelled,
                                            "Scan every video with neither a class nor segments");
    video->excludes(unlabelled);
    cmd->add_option("--stride", args->strideFrames, "A window every N frames (default 2)")
        ->check(CLI::Range(1, 1000));
    cmd->add_option("--min-confidence", args->minConfidence,
                    "Propose only stretches the model is this sure of (default 0.5)")
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--min-seconds", args->minSeconds,
                    "Shorter stretches join a neighbour (default 1 s)")
        ->check(CLI::Range(0.0, 3600.0));
    cmd->add_option("--smooth-seconds", args->smoothSeconds,
                    "Average the windows within this time around each frame (default 1 s)")
        ->check(CLI::Range(0.0, 60.0));
    cmd->add_option("--threads", args->threads, "LibTorch threads (default: LibTorch's)")
        ->check(CLI::Range(0, 256));
    cmd->add_flag("--last", args->last, "Use the run's last checkpoint instead of its best");
    cmd->add_flag("--dry-run", args->dryRun, "Print the proposals, write nothing");
    cmd->callback([args] {
        Project project = Project::open(args->project);
        const std::vector<VideoRecord> videos = videosToScan(project, *args);
        if (videos.empty()) {
            fmt::print("no video to scan: every video of {} has a class or segments\n",
                       args->project);
            return;
        }

        SegmentProposerOptions options;
        options.source = args->run;
        options.preferBest = !args->last;
        options.strideFrames = args->strideFrames;
        options.minConfidence = args->minConfidence;
        options.minSegmentSeconds = args->minSeconds;
        options.smoothSeconds = args->smoothSeconds;
        options.threads = args->threads;
        std::unique_ptr<SegmentProposer> proposer;
        try {
            proposer = std::make_unique<SegmentProposer>(options);
        } catch (const Error &e) {
            throw Error(e.code(), "Cannot load the model " + args->run + ": " + e.what(),
                        e.path().empty() ? args->run : e.path());
        }

        int failed = 0;
        int written = 0;
        for (const VideoRecord &video : videos) {
            ConsoleProgress progress;
            SegmentProposal proposal;
            try {
                proposal = proposer->propose(video.path, progress, interruptToken());
            } catch (const Error &e) {
                progress.finishLine();
                fmt::print(stderr, "error: video {} ({}): {}\n", video.id, video.path, e.what());
                ++failed;
                continue;
            }
            progress.finishLine();
            fmt::print("video {} {}: {} proposals ({} frames at {:.3g} fps, {} windows of {}, "
                       "{:.1f} s)\n",
                       video.id, video.path, proposal.segments.size(), proposal.frameCount,
                       proposal.fps, proposal.windows.size(), proposal.windowDescription,
                       proposal.seconds);
            for (const ProposedSegment &s : proposal.segments)
                fmt::print("  [{:8.2f} - {:8.2f} s]  {:<24} {:5.1f} %\n",
                           s.startFrame / proposal.fps, s.endFrame / proposal.fps, s.className,
                           s.confidence * 100.0);
            if (args->dryRun)
                continue;
            const int minPiece = static_cast<int>(args->minSeconds * proposal.fps + 0.5);
            const ProposalWriteReport report
                = writeProposals(project, video.id, proposal.segments, minPiece);
            written += report.added;
            fmt::print("  written: {} added, {} earlier proposals replaced, {} cut around manual "
                       "segments, {} skipped (covered by manual segments)\n",
                       report.added, report.replaced, report.trimmed, report.skipped);
        }
        if (!args->dryRun)
            fmt::print("proposals written: {}; to review in the project: {}\n", written,
                       project.modelProposals().size());
        if (failed > 0)
            throw Error("cli.propose",
                        std::to_string(failed) + " of " + std::to_string(videos.size())
                            + " videos could not be scanned (see above)");
    });
}

} // namespace as::cli
