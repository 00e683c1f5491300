#include "clicommands.h"

#include <filesystem>
#include <memory>

#include <fmt/core.h>

#include "consoleprogress.h"
#include "core/common/error.h"
#include "core/config/configio.h"
#include "core/infer/recognizer.h"
#include "core/train/runevaluation.h"
#include "core/train/runinfo.h"
#include "core/train/trainer.h"

namespace as::cli {

namespace fs = std::filesystem;

void addTrainCommand(CLI::App &app)
{
    struct Args
    {
        std::string config;
        std::string project;
        std::string runDir;
        std::string resume;
        int epochs = 0;
        bool check = false;
    };
    auto args = std::make_shared<Args>();
    CLI::App *cmd = app.add_subcommand(
        "train", "Train a model from a YAML config; Ctrl+C stops after the current step and "
                 "keeps the last epoch's checkpoint");
    auto *config = cmd->add_option("--config,-c", args->config, "Experiment config (YAML)")
                       ->check(CLI::ExistingFile);
    cmd->add_option("--project,-p", args->project, "Project folder (overrides data.project)");
    cmd->add_option("--run-dir", args->runDir, "Run folder (default: PROJECT/runs/NAME)");
    auto *resume = cmd->add_option("--resume", args->resume,
                                   "Continue the run in this folder from its last checkpoint")
                       ->check(CLI::ExistingDirectory);
    cmd->add_option("--epochs", args->epochs, "Override optim.epochs")->check(CLI::Range(1, 100000));
    cmd->add_flag("--check", args->check,
                  "Validate the config and print it fully resolved, without training");
    config->excludes(resume);
    cmd->callback([args] {
        TrainerParams params;
        if (!args->resume.empty()) {
            params.resume = true;
            params.runDir = args->resume;
        } else {
            if (args->config.empty())
                throw Error("cli.usage", "train needs --config FILE (or --resume RUN_DIR)");
            params.config = loadConfig(args->config);
            if (args->epochs > 0)
                params.config.optim.epochs = args->epochs;
            if (!args->project.empty())
                params.config.data.project = args->project;
            params.runDir = args->runDir;
            if (args->check) {
                const auto issues = validateConfig(params.config);
                if (!issues.empty())
                    throw ConfigError(args->config, issues);
                fmt::print("{}", configToYaml(params.config));
                return;
            }
        }
        ConsoleProgress progress;
        Trainer trainer(params, progress, interruptToken());
        const RunSummary summary = trainer.run();
        progress.finishLine();
        if (summary.outcome == RunOutcome::Failed)
            throw Error("train.failed", summary.error, summary.runDir);
        fmt::print("run: {}\n", summary.runDir);
        fmt::print("epochs completed: {}, best val top-1: {:.2f} %, last val top-1: {:.2f} %, "
                   "top-5: {:.2f} %, training time: {:.1f} s{}\n",
                   summary.epochsCompleted, summary.bestValTop1 * 100, summary.lastValTop1 * 100,
                   summary.lastValTop5 * 100, summary.trainSeconds,
                   summary.outcome == RunOutcome::Cancelled ? " (stopped)" : "");
        if (!summary.testProtocol.empty())
            fmt::print("test top-1: {:.2f} %, top-5: {:.2f} % ({}); report in {}/test\n",
                       summary.testTop1 * 100, summary.testTop5 * 100, summary.testProtocol,
                       summary.runDir);
        if (summary.outcome == RunOutcome::Cancelled)
            throw Error("train.cancelled", "Training was interrupted; continue it with "
                                           "'actionstudio-cli train --resume " + summary.runDir + "'");
    });
}

void addEvalCommand(CLI::App &app)
{
    struct Args
    {
        std::string run;
        bool last = false;
    };
    auto args = std::make_shared<Args>();
    CLI::App *cmd = app.add_subcommand(
        "eval", "Evaluate a run's checkpoint on its project's test subset with the single-view "
                "validation protocol (quick; see 'test' for the full protocol)");
    cmd->add_option("--run,-r", args->run, "Run folder")->required()->check(CLI::ExistingDirectory);
    cmd->add_flag("--last", args->last, "Use the last checkpoint instead of the best");
    cmd->callback([args] {
        const EvalResult r = evaluateRun(args->run, !args->last, interruptToken());
        fmt::print("test clips: {}\ntop-1: {:.2f} %\ntop-5: {:.2f} %\nmean class accuracy: "
                   "{:.2f} %\nloss: {:.4f}\nprotocol: {}\n",
                   r.samples, r.top1 * 100, r.top5 * 100, r.meanClassAccuracy * 100, r.loss,
                   r.protocol);
    });
}

void addTestCommand(CLI::App &app)
{
    struct Args
    {
        std::string run;
        bool last = false;
        int clips = 0;
        int crops = 0;
    };
    auto args = std::make_shared<Args>();
    CLI::App *cmd = app.add_subcommand(
        "test", "Final multi-view test of a run (clips x crops, scores averaged); writes "
                "summary.json, confusion.csv and predictions.csv to RUN/test");
    cmd->add_option("--run,-r", args->run, "Run folder")->required()->check(CLI::ExistingDirectory);
    cmd->add_flag("--last", args->last, "Use the last checkpoint instead of the best");
    cmd->add_option("--clips", args->clips,
                    "Temporal views (segments for TSN); default: the run's eval.test_clips")
        ->check(CLI::Range(1, 1000));
    cmd->add_option("--crops", args->crops, "Spatial views: 1, 3 or 10; default: eval.test_crops")
        ->check(CLI::IsMember({1, 3, 10}));
    cmd->callback([args] {
        TestRunOptions options;
        options.preferBest = !args->last;
        options.clips = args->clips;
        options.crops = args->crops;
        const TestOutcome t = testRun(args->run, options, interruptToken());
        const EvalResult &r = t.result;
        fmt::print("test videos: {}\ntop-1: {:.2f} %\ntop-5: {:.2f} %\nmean class accuracy: "
                   "{:.2f} %\nloss: {:.4f}\nprotocol: {}\nreport: {}\n",
                   r.samples, r.top1 * 100, r.top5 * 100, r.meanClassAccuracy * 100, r.loss,
                   r.protocol, t.folder);
    });
}

void addPredictCommand(CLI::App &app)
{
    struct Args
    {
        std::vector<std::string> videos;
        std::string run;
        int top = 5;
    };
    auto args = std::make_shared<Args>();
    CLI::App *cmd = app.add_subcommand("predict", "Name the action in one or more videos");
    cmd->add_option("VIDEO", args->videos, "Video files")->required();
    cmd->add_option("--run,-r", args->run,
                    "Run folder of a trained model, or exported weights (FILE.pt with its model "
                    "card FILE.pt.json)")
        ->required()->check(CLI::ExistingPath);
    cmd->add_option("--top,-k", args->top, "How many classes to list")
        ->capture_default_str()->check(CLI::Range(1, 1000));
    cmd->callback([args] {
        const Recognizer recognizer(args->run);
        int failures = 0;
        for (const std::string &video : args->videos) {
            try {
                const auto scores = recognizer.predictVideo(video, args->top);
                fmt::print("{}\n", video);
                for (const ClassScore &s : scores)
                    fmt::print("  {:<24} {:6.2f} %\n", s.name, s.probability * 100);
            } catch (const Error &e) {
                // One bad file must not hide the answers for the others.
                fmt::print(stderr, "error: {}\n", e.what());
                ++failures;
            }
        }
        if (failures > 0)
            throw Error("predict.failed", std::to_string(failures) + " of " +
                                              std::to_string(args->videos.size()) +
                                              " videos could not be read");
    });
}

void addRunsCommand(CLI::App &app)
{
    auto project = std::make_shared<std::string>();
    CLI::App *cmd = app.add_subcommand("runs", "List a project's training runs");
    cmd->add_option("--project,-p", *project, "Project folder")->required()
        ->check(CLI::ExistingDirectory);
    cmd->callback([project] {
        const auto runs = listRuns(*project);
        // Validation (single view) and test (multi-view) numbers are different protocols:
        // both are shown, under their names.
        fmt::print("{:<32} {:<16} {:<10} {:>9} {:>12} {:>11} {:>11}\n", "run", "model", "status",
                   "epochs", "best val@1", "test top-1", "test top-5");
        for (const RunInfo &r : runs)
            fmt::print("{:<32} {:<16} {:<10} {:>4}/{:<4} {:>11.2f}% {:>11} {:>11}\n", r.name,
                       r.model, r.status, r.epochsCompleted, r.epochs, r.bestValTop1 * 100,
                       r.hasTest ? fmt::format("{:.2f}%", r.testTop1 * 100) : "-",
                       r.hasTest ? fmt::format("{:.2f}%", r.testTop5 * 100) : "-");
    });
}

} // namespace as::cli
