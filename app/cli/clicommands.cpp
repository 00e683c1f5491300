#include "clicommands.h"

#include <filesystem>
#include <memory>

#include <fmt/core.h>

#include "consoleprogress.h"
#include "core/common/error.h"
#include "core/data/synthmotion.h"
#include "core/project/demoproject.h"
#include "core/project/project.h"
#include "core/project/projectimporter.h"
#include "core/video/frameextractor.h"

namespace as::cli {

namespace fs = std::filesystem;

namespace {

void printProblems(const std::vector<ErrorInfo> &problems)
{
    for (const ErrorInfo &p : problems)
        fmt::print(stderr, "problem: {}\n", p.message);
}

void printImportReport(const ImportReport &report)
{
    printProblems(report.problems);
    fmt::print("classes added: {}, videos added: {}, updated: {}, split entries: {}, problems: {}\n",
               report.classesAdded, report.videosAdded, report.videosUpdated, report.splitEntries,
               report.problems.size());
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

void addImportCommand(CLI::App &app)
{
    struct Args
    {
        std::string project;
        std::string folder;
        std::vector<std::string> ucf101;
        std::string root;
        int split = 1;
    };
    auto args = std::make_shared<Args>();
    CLI::App *cmd = app.add_subcommand(
        "import", "Import videos into a project (created when missing): a folder-per-class tree, "
                  "or UCF101-style split files");
    cmd->add_option("--project,-p", args->project, "Project folder")->required();
    auto *folder = cmd->add_option("--folder", args->folder,
                                   "Folder with one subfolder of videos per class")
                       ->check(CLI::ExistingDirectory);
    auto *ucf = cmd->add_option("--ucf101", args->ucf101,
                                "classInd.txt, train list and test list (3 files)")
                    ->expected(3)
                    ->check(CLI::ExistingFile);
    cmd->add_option("--root", args->root, "Folder the split lists' video paths are relative to")
        ->check(CLI::ExistingDirectory);
    cmd->add_option("--split", args->split, "Split number the lists define")
        ->capture_default_str()->check(CLI::Range(1, 10));
    folder->excludes(ucf);
    cmd->callback([args] {
        if (args->folder.empty() && args->ucf101.empty())
            throw Error("cli.usage", "import needs --folder DIR or --ucf101 CLASSIND TRAIN TEST");
        Project project = Project::openOrCreate(args->project);
        ConsoleProgress progress;
        ImportReport report;
        if (!args->folder.empty()) {
            report = importFolderTree(project, args->folder, progress, interruptToken());
        } else {
            const std::string root = args->root.empty()
                                         ? fs::path(args->ucf101[0]).parent_path().string()
                                         : args->root;
            report = importUcf101Split(project, args->ucf101[0], args->ucf101[1], args->ucf101[2],
                                       root, args->split, progress, interruptToken());
        }
        progress.finishLine();
        printImportReport(report);
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
