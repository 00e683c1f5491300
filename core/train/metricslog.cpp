#include "core/train/metricslog.h"

#include <filesystem>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/fileutil.h"

namespace as {

using nlohmann::json;

MetricsLog::MetricsLog(const std::string &path, int keepEpochsBefore)
    : m_path(path)
{
    if (keepEpochsBefore >= 0 && std::filesystem::exists(path)) {
        std::istringstream in(readFile(path));
        std::string line;
        std::string kept;
        while (std::getline(in, line)) {
            if (line.empty())
                continue;
            // A line cut short by a kill is dropped too: it cannot be parsed.
            const json record = json::parse(line, nullptr, false);
            if (record.is_discarded() || !record.contains("epoch"))
                continue;
            if (record["epoch"].get<int>() < keepEpochsBefore)
                kept += line + "\n";
        }
        writeFileAtomically(path, kept);
    }
    m_out.open(path, std::ios::app);
    if (!m_out)
        throw Error("run.metrics", "Cannot write metrics log " + path, path);
}

void MetricsLog::writeLine(const std::string &line)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_out << line << '\n';
    m_out.flush();
}

void MetricsLog::logIteration(const IterationMetrics &m)
{
    json j{{"type", "iter"},           {"epoch", m.epoch},
           {"iteration", m.iteration}, {"step", m.globalStep},
           {"loss", m.loss},           {"lr", m.learningRate},
           {"clips_per_s", m.clipsPerSecond}};
    writeLine(j.dump());
}

void MetricsLog::logEpoch(const EpochMetrics &m)
{
    json j{{"type", "epoch"},          {"epoch", m.epoch},       {"epochs", m.epochs},
           {"train_loss", m.trainLoss}, {"train_top1", m.trainTop1}, {"validated", m.validated},
           {"val_loss", m.valLoss},     {"val_top1", m.valTop1},  {"val_top5", m.valTop5},
           {"seconds", m.seconds}};
    writeLine(j.dump());
}

} // namespace as
