#include "clicommands.h"

#include <filesystem>
#include <memory>

#include <fmt/core.h>

#include "consoleprogress.h"
#include "core/common/error.h"
#include "core/data/synthmotion.h"
#include "core/project/demoproject.h"
#include "core/project/project.h"
#include "core/video/frameextractor.h"

namespace as::cli {

namespace fs = std::filesystem;

namespace {

void printProblems(const std::vector<ErrorInfo> &problems)
{
    for (const ErrorInfo &p : problems)
        fmt::print(stderr, "problem: {}\n", p.message);
}

} // namespace

void addSynthCommand(CLI::App &app)
{
    auto options = std::make_shared<SynthMotionOptions>();
    CLI::App *cmd = app.add_subcommand(
        "synth", "Generate the SynthMotion demo data: 10 motion-only classes as video files plus "
                 "UCF101-style classInd.txt, trainlist01.txt and testlist01.txt");
    cmd->add_option("--out,-o", options->outputDir, "Output folder")->required();
    cmd->add_option("--seed", options->seed, "Random seed (same seed, same videos)")
        ->capture_default_str();
    cmd->add_option("--width", options->width, "Frame width in pixels")
        ->capture_default_str()->check(CLI::Range(32, 4096));
    cmd->add_option("--height", options->height, "Frame height in pixels")
        ->capture_default_str()->check(CLI::Range(32, 4096));
    cmd->add_option("--frames", options->frames, "Frames per clip")
        ->capture_default_str()->check(CLI::Range(2, 10000));
    cmd->add_option("--fps", options->fps, "Frame rate")
        ->capture_default_str()->check(CLI::Range(1.0, 240.0));
    cmd->add_option("--clips-per-class", options->clipsPerClass, "Clips of each class")
        ->capture_default_str()->check(CLI::Range(1, 100000));
    cmd->add_option("--test-fraction", options->testFraction,
                    "Fraction of each class's clips listed in testlist01.txt")
        ->capture_default_str()->check(CLI::Range(0.0, 0.9));
    cmd->callback([options] {
        ConsoleProgress progress;
        generateSynthMotion(*options, progress, interruptToken());
        progress.finishLine();
        fmt::print("SynthMotion written to {} ({} classes x {} clips)\n", options->outputDir,
                   synthMotionClasses().size(), options->clipsPerClass);
    });
}

void addExtractCommand(CLI::App &app)
{
    struct Args
    {
        std::string project;
        int shortSide = 96;
        int threads = 2;
    };
    auto args = std::make_shared<Args>();
    CLI::App *cmd = app.add_subcommand(
        "extract", "Decode every video of a project once into its frame cache");
    cmd->add_option("--project,-p", args->project, "Project folder")->required();
    cmd->add_option("--short-side", args->shortSide, "Short side of cached frames in pixels")
        ->capture_default_str()->check(CLI::Range(16, 2048));
    cmd->add_option("--threads,-j", args->threads, "Decoding threads")
        ->capture_default_str()->check(CLI::Range(1, 64));
    cmd->callback([args] {
        Project project = Project::open(args->project);
        ConsoleProgress progress;
        const ExtractReport report = extractProjectFrames(project, args->shortSide, args->threads,
                                                          progress, interruptToken());
        progress.finishLine();
        printProblems(report.problems);
        fmt::print("extracted: {}, already cached: {}, failed: {}\n", report.extracted,
                   report.alreadyCached, report.failed);
    });
}

void addDemoCommand(CLI::App &app)
{
    auto options = std::make_shared<DemoProjectOptions>();
    CLI::App *cmd = app.add_subcommand(
        "demo", "Create the built-in SynthMotion demo project, ready to train");
    cmd->add_option("--project,-p", options->projectDir, "Project folder")->required();
    cmd->add_option("--seed", options->synth.seed, "SynthMotion seed")->capture_default_str();
    cmd->add_option("--clips-per-class", options->synth.clipsPerClass, "Clips of each class")
        ->capture_default_str()->check(CLI::Range(2, 100000));
    cmd->add_option("--frames", options->synth.frames, "Frames per clip")
        ->capture_default_str()->check(CLI::Range(2, 10000));
    cmd->callback([options] {
        ConsoleProgress progress;
        prepareDemoProject(*options, progress, interruptToken());
        progress.finishLine();
        fmt::print("demo project ready: {}\n", options->projectDir);
    });
}

} // namespace as::cli
