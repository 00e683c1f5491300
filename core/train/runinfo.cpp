#include "core/train/runinfo.h"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/fileutil.h"

namespace as {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

/**
 * A number of a metrics record: 0 when absent, NaN when null (nlohmann writes a NaN loss or
 * learning rate as null, and a diverged run does log NaN). Throws json::type_error otherwise.
 */
double numberField(const json &record, const char *key)
{
    const auto it = record.find(key);
    if (it == record.end())
        return 0.0;
    if (it->is_null())
        return std::numeric_limits<double>::quiet_NaN();
    return it->get<double>();
}

} // namespace

RunInfo readRun(const std::string &runDir)
{
    if (!fs::exists(runDir + "/config.yaml"))
        throw Error("run.notfound", "Not a run folder (no config.yaml): " + runDir, runDir);
    RunInfo info;
    info.dir = runDir;
    info.name = fs::path(runDir).filename().string();
    info.status = "unknown";
    info.hasCheckpoint = fs::exists(runDir + "/checkpoints/last.pt");
    if (fs::exists(runDir + "/status.json")) {
        const json status = json::parse(readFile(runDir + "/status.json"), nullptr, false);
        if (!status.is_discarded()) {
            info.status = status.value("status", "unknown");
            info.model = status.value("model", "");
            info.epochs = status.value("epochs", 0);
            info.epochsCompleted = status.value("epochs_completed", 0);
            info.bestValTop1 = status.value("best_val_top1", 0.0);
        }
    }
    if (fs::exists(runDir + "/test/summary.json")) {
        const json test = json::parse(readFile(runDir + "/test/summary.json"), nullptr, false);
        if (!test.is_discarded() && test.contains("top1")) {
            info.hasTest = true;
            info.testTop1 = test.value("top1", 0.0);
            info.testTop5 = test.value("top5", 0.0);
            info.testProtocol = test.value("protocol", "");
        }
    }
    return info;
}

std::vector<RunInfo> listRuns(const std::string &projectDir)
{
    std::vector<std::pair<fs::file_time_type, RunInfo>> found;
    const fs::path runs = fs::path(projectDir) / "runs";
    std::error_code ec;
    if (!fs::is_directory(runs, ec))
        return {};
    for (const auto &entry : fs::directory_iterator(runs, ec)) {
        if (!entry.is_directory())
            continue;
        RunInfo info;
        try {
            info = readRun(entry.path().string());
        } catch (const Error &) {
            info.dir = entry.path().string();
            info.name = entry.path().filename().string();
            info.status = "unknown";
        }
        found.emplace_back(fs::last_write_time(entry.path(), ec), info);
    }
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<RunInfo> result;
    for (auto &f : found)
        result.push_back(std::move(f.second));
    return result;
}

std::vector<EpochMetrics> readEpochMetrics(const std::string &runDir)
{
    std::vector<EpochMetrics> result;
    const std::string path = runDir + "/metrics.jsonl";
    if (!fs::exists(path))
        return result;
    std::istringstream in(readFile(path));
    std::string line;
    while (std::getline(in, line)) {
        const json j = json::parse(line, nullptr, false);
        if (j.is_discarded() || j.value("type", "") != "epoch")
            continue;
        EpochMetrics m;
        m.epoch = j.value("epoch", 0);
        m.epochs = j.value("epochs", 0);
        m.trainLoss = numberField(j, "train_loss");
        m.trainTop1 = numberField(j, "train_top1");
        m.trainTop5 = numberField(j, "train_top5"); // 0 in runs logged before it existed
        m.validated = j.value("validated", false);
        m.valLoss = numberField(j, "val_loss");
        m.valTop1 = numberField(j, "val_top1");
        m.valTop5 = numberField(j, "val_top5");
        m.valMeanClassAccuracy = numberField(j, "val_mean_class_acc");
        m.learningRate = numberField(j, "lr");
        m.clipsPerSecond = numberField(j, "clips_per_s");
        m.seconds = numberField(j, "seconds");
        result.push_back(m);
    }
    return result;
}

std::vector<IterationMetrics> readIterationMetrics(const std::string &runDir)
{
    std::error_code ec;
    if (!fs::is_directory(runDir, ec))
        throw Error("run.notfound", "Run folder not found: " + runDir, runDir);
    std::vector<IterationMetrics> result;
    const std::string path = runDir + "/metrics.jsonl";
    if (!fs::exists(path, ec))
        return result;

    std::vector<std::string> lines;
    std::istringstream in(readFile(path));
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i) + 1;
        const bool last = i + 1 == lines.size();
        if (lines[i].empty())
            continue;
        const json j = json::parse(lines[i], nullptr, false);
        if (j.is_discarded() || !j.is_object()) {
            // A run killed (or still writing) mid-line leaves a partial last line; anything
            // earlier is damage the user should hear about.
            if (last)
                break;
            throw Error("run.metrics",
                        path + ":" + std::to_string(lineNumber) + ": not a JSON metrics record",
                        path, lineNumber);
        }
        try {
            if (j.value("type", "") != "iter")
                continue;
            IterationMetrics m;
            m.epoch = j.value("epoch", 0);
            m.iteration = j.value("iteration", 0);
            m.globalStep = j.value("step", std::int64_t(0));
            m.loss = numberField(j, "loss");
            m.learningRate = numberField(j, "lr");
            m.clipsPerSecond = numberField(j, "clips_per_s");
            result.push_back(m);
        } catch (const json::exception &e) {
            throw Error("run.metrics",
                        path + ":" + std::to_string(lineNumber) + ": bad iteration record ("
                            + e.what() + ")",
                        path, lineNumber);
        }
    }
    return result;
}

} // namespace as
