#include "core/train/runinfo.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/fileutil.h"

namespace as {

namespace fs = std::filesystem;
using nlohmann::json;

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
        m.trainLoss = j.value("train_loss", 0.0);
        m.trainTop1 = j.value("train_top1", 0.0);
        m.validated = j.value("validated", false);
        m.valLoss = j.value("val_loss", 0.0);
        m.valTop1 = j.value("val_top1", 0.0);
        m.valTop5 = j.value("val_top5", 0.0);
        m.valMeanClassAccuracy = j.value("val_mean_class_acc", 0.0);
        m.learningRate = j.value("lr", 0.0);
        m.clipsPerSecond = j.value("clips_per_s", 0.0);
        m.seconds = j.value("seconds", 0.0);
        result.push_back(m);
    }
    return result;
}

} // namespace as
