// actionstudio-cli weights: inspect, check and export PyTorch state_dict checkpoints.

#include "clicommands.h"

#include <memory>

#include <fmt/core.h>

#include "core/common/error.h"
#include "core/models/weightfile.h"
#include "core/train/runweightsexport.h"

namespace as::cli {

namespace {

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

void addInspect(CLI::App &weights)
{
    auto file = std::make_shared<std::string>();
    auto stats = std::make_shared<bool>(false);
    CLI::App *cmd = weights.add_subcommand(
        "inspect",
        "List the tensors of a torch.save checkpoint: key, shape, dtype (the format "
        "of shared/fixtures/*.keys.txt), then a summary");
    cmd->add_option("FILE", *file, "Checkpoint (.pt/.pth)")->required()->check(CLI::ExistingFile);
    cmd->add_flag("--stats", *stats, "Also print each tensor's sum and first values");
    cmd->callback([file, stats] {
        const WeightFileInfo info = inspectWeightFile(*file, *stats);
        for (const WeightTensorInfo &t : info.tensors) {
            fmt::print("{}\t{}\t{}", t.key, shapeText(t.shape), t.dtype);
            if (*stats) {
                fmt::print("\tsum={:.9g}\tfirst=[", t.sum);
                for (std::size_t i = 0; i < t.firstValues.size(); ++i)
                    fmt::print("{}{:.9g}", i ? ", " : "", t.firstValues[i]);
                fmt::print("]");
            }
            fmt::print("\n");
        }
        fmt::print("# file: {}\n", info.path);
        fmt::print("# state dict: {}\n",
                   info.wrapperKey.empty() ? std::string("top level")
                                           : "under '" + info.wrapperKey + "'");
        fmt::print("# tensors: {}, values: {}, non-tensor entries skipped: {}\n",
                   info.tensors.size(), info.totalValues, info.skippedEntries);
    });
}

void addCheck(CLI::App &weights)
{
    struct Args
    {
        std::string file;
        std::string model;
        int numClasses = 0;
    };
    auto args = std::make_shared<Args>();
    CLI::App *cmd = weights.add_subcommand(
        "check",
        "Load a checkpoint into a fresh model and print what fitted: loaded, missing, "
        "unexpected and shape-mismatched keys, and whether the classifier is replaced");
    cmd->add_option("FILE", args->file, "Checkpoint (.pt/.pth)")
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--model,-m", args->model, "Registry model name (e.g. x3d_xs)")->required();
    cmd->add_option("--num-classes,-n", args->numClasses, "Classes of the model")
        ->required()
        ->check(CLI::Range(1, 1000000));
    cmd->callback([args] {
        const WeightLoadReport report = checkWeightFile(args->file, args->model, args->numClasses);
        fmt::print("{}\n", report.summary());
        fmt::print("naming: {}\n", report.convention);
        fmt::print("result: {}\n",
                   report.complete() ? (report.classifierReplaced
                                            ? "complete (classifier replaced for fine-tuning)"
                                            : "complete")
                                     : "partial");
    });
}

void addExport(CLI::App &weights)
{
    struct Args
    {
        std::string run;
        std::string output;
        bool last = false;
        bool best = false;
    };
    auto args = std::make_shared<Args>();
    CLI::App *cmd = weights.add_subcommand(
        "export",
        "Write a run's weights as a state_dict that Python's torch.load reads, in the "
        "reference key names, with a model card FILE.json beside it");
    cmd->add_option("--run,-r", args->run, "Run folder")->required()->check(CLI::ExistingDirectory);
    cmd->add_option("--output,-o", args->output, "Output file (.pt)")->required();
    auto *last = cmd->add_flag("--last", args->last, "Export the last checkpoint");
    auto *best = cmd->add_flag("--best", args->best,
                               "Export the best checkpoint (the default; falls back to the last)");
    last->excludes(best);
    cmd->callback([args] {
        const RunWeightsExport result = exportRunWeights(args->run, !args->last, args->output);
        fmt::print("exported {} ({} tensors, {} classes) from {}\n", result.weightsPath,
                   result.keyCount, result.numClasses, result.checkpoint);
        fmt::print("model card: {}\n", result.cardPath);
    });
}

} // namespace

void addWeightsCommand(CLI::App &app)
{
    CLI::App *weights = app.add_subcommand(
        "weights", "PyTorch weights: inspect a checkpoint, check it against a model, export a run");
    weights->require_subcommand(1);
    addInspect(*weights);
    addCheck(*weights);
    addExport(*weights);
}

} // namespace as::cli
