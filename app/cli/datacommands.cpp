// actionstudio-cli import / export / split: dataset lists in and out of a project, and split
// tools. Thin: parse arguments, call the core, print what it returns.

#include "clicommands.h"

#include <algorithm>
#include <filesystem>
#include <memory>

#include <fmt/core.h>

#include "consoleprogress.h"
#include "core/common/error.h"
#include "core/project/importers/folderimporter.h"
#include "core/project/importers/hmdb51importer.h"
#include "core/project/importers/importplan.h"
#include "core/project/importers/kineticsimporter.h"
#include "core/project/importers/listexporter.h"
#include "core/project/importers/mmactionlistimporter.h"
#include "core/project/importers/splittools.h"
#include "core/project/importers/ucf101importer.h"
#include "core/project/project.h"
#include "core/project/projectimporter.h"

namespace as::cli {

namespace fs = std::filesystem;

namespace {

struct ImportArgs
{
    std::string project;
    std::string format;
    std::string folder;
    std::vector<std::string> ucf101;
    std::string lists;
    std::string csv;
    std::string trainList;
    std::string testList;
    std::string labelMap;
    std::string root;
    int split = 1;
    std::vector<int> splits{1, 2, 3};
    bool withOffset = false;
    bool dryRun = false;
    std::size_t show = 10;
};

void printReport(const ImportReport &report, std::size_t show)
{
    for (std::size_t i = 0; i < report.problems.size() && i < show; ++i)
        fmt::print(stderr, "problem: {}\n", report.problems[i].message);
    if (report.problems.size() > show)
        fmt::print(stderr, "... and {} more problems\n", report.problems.size() - show);
    for (std::size_t i = 0; i < report.missingPaths.size() && i < show; ++i)
        fmt::print(stderr, "missing: {}\n", report.missingPaths[i]);
    if (report.missingPaths.size() > show)
        fmt::print(stderr, "... and {} more missing\n", report.missingPaths.size() - show);
    fmt::print("classes added: {}, videos added: {}, updated: {}, split entries: {}, missing "
               "files: {}, problems: {}\n",
               report.classesAdded, report.videosAdded, report.videosUpdated, report.splitEntries,
               report.missingFiles, report.problems.size());
}

std::string subsetCounts(const std::array<int, 3> &c)
{
    return fmt::format("train {}, test {}, unused {}", c[1], c[2], c[0]);
}

/** The preview of a plan: totals, per split, per class, then the first problems and missing. */
void printPreview(const ImportPlan &plan, std::size_t show)
{
    fmt::print("format: {}\nclasses: {}, videos listed: {}, missing: {}, problems: {}\n",
               plan.format, plan.classNames.size(), plan.videos.size(), plan.missingCount(),
               plan.problems.size());
    for (const auto &[split, counts] : countPlanPerSplit(plan))
        fmt::print("split {}: {}\n", split, subsetCounts(counts));
    fmt::print("per class (videos, missing; per split train/test/unused):\n");
    for (const PlanClassCounts &row : countPlanPerClass(plan)) {
        std::string splits;
        for (const auto &[split, c] : row.perSplit)
            splits += fmt::format("  split {}: {}/{}/{}", split, c[1], c[2], c[0]);
        fmt::print("  {}: {}, {} missing{}\n", row.className.empty() ? "(unlabelled)" : row.className,
                   row.videos, row.missing, splits);
    }
    for (std::size_t i = 0; i < plan.problems.size() && i < show; ++i)
        fmt::print("problem: {}\n", plan.problems[i].message);
    if (plan.problems.size() > show)
        fmt::print("... and {} more problems\n", plan.problems.size() - show);
    std::size_t shown = 0;
    for (const PlannedVideo &video : plan.videos) {
        if (video.missing && shown++ < show)
            fmt::print("missing: {} ({})\n", video.path, video.listedIn);
    }
    if (shown > show)
        fmt::print("... and {} more missing\n", shown - show);
}

ImportPlan makePlan(const ImportArgs &a)
{
    auto need = [&](const std::string &value, const char *option) {
        if (value.empty())
            throw Error("cli.usage", "import --format " + a.format + " needs " + option + ".");
    };
    if (a.format == "folder" || a.format.empty()) {
        need(a.folder, "--folder DIR (one subfolder of videos or frame folders per class)");
        return planFolderTreeImport(a.folder);
    }
    if (a.format == "ucf101") {
        need(a.lists, "--lists DIR (classInd.txt, trainlist0N.txt, testlist0N.txt)");
        return planUcf101Import({a.lists, a.root.empty() ? a.lists : a.root, a.splits, {}});
    }
    if (a.format == "hmdb51") {
        need(a.lists, "--lists DIR (<class>_test_split<N>.txt)");
        need(a.root, "--root DIR (videos in <root>/<class>/)");
        return planHmdb51Import({a.lists, a.root, a.splits});
    }
    if (a.format == "kinetics") {
        need(a.csv, "--csv FILE");
        need(a.root, "--root DIR (the downloaded clips)");
        return planKineticsImport({a.csv, a.root, a.split});
    }
    if (a.format == "mmaction-videos" || a.format == "mmaction-frames") {
        if (a.trainList.empty() && a.testList.empty())
            throw Error("cli.usage", "import --format " + a.format +
                                         " needs --train-list FILE and/or --test-list FILE.");
        MmactionListOptions options;
        options.trainList = a.trainList;
        options.testList = a.testList;
        options.root = a.root;
        options.frames = a.format == "mmaction-frames";
        options.withOffset = a.withOffset;
        options.labelMapPath = a.labelMap;
        options.split = a.split;
        return planMmactionListImport(options);
    }
    throw Error("cli.usage", "Unknown import format \"" + a.format + "\".");
}

void runImport(const ImportArgs &a)
{
    ConsoleProgress progress;
    // The single-split form of earlier versions, with or without --format ucf101.
    if (!a.ucf101.empty() && (a.format.empty() || a.format == "ucf101") && a.lists.empty()) {
        Project project = Project::openOrCreate(a.project);
        const std::string root =
            a.root.empty() ? fs::path(a.ucf101[0]).parent_path().string() : a.root;
        const ImportReport report =
            importUcf101Split(project, a.ucf101[0], a.ucf101[1], a.ucf101[2], root, a.split,
                              progress, interruptToken());
        progress.finishLine();
        printReport(report, a.show);
        return;
    }
    if (a.format.empty() && a.folder.empty())
        throw Error("cli.usage", "import needs --format FORMAT (or --folder DIR, or --ucf101 "
                                 "CLASSIND TRAIN TEST).");
    const ImportPlan plan = makePlan(a);
    if (a.dryRun) {
        printPreview(plan, a.show);
        return;
    }
    Project project = Project::openOrCreate(a.project);
    const ImportReport report = commitImportPlan(project, plan, progress, interruptToken());
    progress.finishLine();
    printReport(report, a.show);
}

} // namespace

void addImportCommand(CLI::App &app)
{
    auto a = std::make_shared<ImportArgs>();
    CLI::App *cmd = app.add_subcommand(
        "import", "Import videos into a project (created when missing): a folder-per-class "
                  "tree, UCF101 or HMDB51 split files, a Kinetics CSV, or mmaction2/PaddleVideo "
                  "video or frame lists. --dry-run previews what would be imported");
    cmd->add_option("--project,-p", a->project, "Project folder")->required();
    cmd->add_option("--format,-f", a->format, "folder | ucf101 | hmdb51 | kinetics | "
                                              "mmaction-videos | mmaction-frames")
        ->check(CLI::IsMember({"folder", "ucf101", "hmdb51", "kinetics", "mmaction-videos",
                               "mmaction-frames"}));
    cmd->add_option("--folder", a->folder, "Folder with one subfolder of videos per class")
        ->check(CLI::ExistingDirectory);
    cmd->add_option("--ucf101", a->ucf101,
                    "classInd.txt, train list and test list of one split (3 files)")
        ->expected(3)->check(CLI::ExistingFile);
    cmd->add_option("--lists", a->lists,
                    "ucf101: folder of classInd.txt and the lists; hmdb51: folder of split files")
        ->check(CLI::ExistingDirectory);
    cmd->add_option("--csv", a->csv, "kinetics: the CSV")->check(CLI::ExistingFile);
    cmd->add_option("--train-list", a->trainList, "mmaction: list of training videos or frames")
        ->check(CLI::ExistingFile);
    cmd->add_option("--test-list", a->testList, "mmaction: list of test (val) videos or frames")
        ->check(CLI::ExistingFile);
    cmd->add_option("--label-map", a->labelMap,
                    "mmaction: class names, one per line or \"<id> <name>\"")
        ->check(CLI::ExistingFile);
    cmd->add_flag("--with-offset", a->withOffset,
                  "mmaction-frames: lines are \"frame_dir offset total_frames label\"");
    cmd->add_option("--root", a->root, "Folder the lists' video paths are relative to");
    cmd->add_option("--split", a->split, "Split number written (kinetics, mmaction, --ucf101)")
        ->capture_default_str()->check(CLI::Range(1, 100));
    cmd->add_option("--splits", a->splits, "ucf101/hmdb51: the splits to import")
        ->capture_default_str()->delimiter(',')->check(CLI::Range(1, 100));
    cmd->add_flag("--dry-run", a->dryRun,
                  "Print the preview (counts per class and split, missing files, problems); "
                  "change nothing");
    cmd->add_option("--show", a->show, "How many problems and missing files to print")
        ->capture_default_str();
    cmd->callback([a] { runImport(*a); });
}

void addExportCommand(CLI::App &app)
{
    struct Args
    {
        std::string project;
        std::string format;
        ListExportOptions options;
    };
    auto a = std::make_shared<Args>();
    CLI::App *cmd = app.add_subcommand(
        "export", "Write a project split as UCF101 lists (classInd.txt, trainlistNN.txt, "
                  "testlistNN.txt) or mmaction2 lists (path label, 0-based, and label_map.txt)");
    cmd->add_option("--project,-p", a->project, "Project folder")->required();
    cmd->add_option("--format,-f", a->format, "ucf101 | mmaction")
        ->required()->check(CLI::IsMember({"ucf101", "mmaction"}));
    cmd->add_option("--out,-o", a->options.outDir, "Output folder")->required();
    cmd->add_option("--root", a->options.videoRoot,
                    "Write video paths relative to this folder (others stay absolute)");
    cmd->add_option("--split", a->options.split, "Split to export")
        ->capture_default_str()->check(CLI::Range(1, 100));
    cmd->callback([a] {
        const Project project = Project::open(a->project);
        const ListExportReport report = a->format == "ucf101"
                                            ? exportUcf101Lists(project, a->options)
                                            : exportMmactionLists(project, a->options);
        for (const ErrorInfo &p : report.problems)
            fmt::print(stderr, "problem: {}\n", p.message);
        for (const std::string &file : report.files)
            fmt::print("wrote {}\n", file);
        fmt::print("train: {}, test: {}\n", report.train, report.test);
    });
}

void addSplitCommand(CLI::App &app)
{
    struct Args
    {
        std::string project;
        bool stratified = false;
        bool groups = false;
        std::string pattern = kUcf101GroupPattern;
        SplitOptions options;
    };
    auto a = std::make_shared<Args>();
    CLI::App *cmd = app.add_subcommand(
        "split", "Make a train/test split of a project: random stratified per class, or by "
                 "groups (UCF101 _gNN_ or a regex) so that no group spans train and test");
    cmd->add_option("--project,-p", a->project, "Project folder")->required();
    auto *stratified = cmd->add_flag("--stratified", a->stratified,
                                     "Random split, the same test fraction in each class");
    auto *groups = cmd->add_flag("--groups", a->groups, "Group-aware split");
    stratified->excludes(groups);
    cmd->add_option("--group-pattern", a->pattern,
                    "Regex whose first capture group in a video's path is its group")
        ->capture_default_str();
    cmd->add_option("--test-fraction", a->options.testFraction, "Share of videos in test")
        ->capture_default_str()->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--seed", a->options.seed, "Random seed (same seed, same split)")
        ->capture_default_str();
    cmd->add_option("--split", a->options.split, "Split number to write")
        ->capture_default_str()->check(CLI::Range(1, 100));
    cmd->callback([a] {
        if (!a->stratified && !a->groups)
            throw Error("cli.usage", "split needs --stratified or --groups.");
        Project project = Project::open(a->project);
        const SplitResult r = a->groups ? makeGroupSplit(project, a->options, a->pattern)
                                        : makeStratifiedSplit(project, a->options);
        fmt::print("split {}: train {}, test {}, unused {}", a->options.split, r.train, r.test,
                   r.unused);
        if (a->groups)
            fmt::print(", groups {} ({} videos matched no group)", r.groups, r.ungrouped);
        fmt::print("\n");
    });
}

} // namespace as::cli
