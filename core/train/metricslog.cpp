#include "core/train/metricslog.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/fileutil.h"

namespace as {

using nlohmann::json;

namespace {

const char *const kIterationsHeader = "epoch,iteration,step,loss,lr,clips_per_s";
const char *const kEpochsHeader = "epoch,train_loss,train_top1,validated,val_loss,val_top1,"
                                  "val_top5,val_mean_class_acc,lr,clips_per_s,seconds";

std::string runDirOf(const std::string &path)
{
    const std::string dir = std::filesystem::path(path).parent_path().string();
    return dir.empty() ? "." : dir;
}

/** Nine significant digits: a float32 reads back exactly, a double to ~1e-9 relative. */
std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.9g", value);
    return buffer;
}

std::size_t fieldCount(const std::string &line)
{
    return std::size_t(std::count(line.begin(), line.end(), ',')) + 1;
}

/**
 * Opens a CSV log for appending. On resume, rows of epoch `keepEpochsBefore` and later are
 * dropped, as are rows cut short by a kill (no newline, or too few fields); the header is written
 * when the file is new, empty, or rewritten.
 */
void openCsv(std::ofstream &out, const std::string &path, const std::string &header,
             int keepEpochsBefore)
{
    namespace fs = std::filesystem;
    const bool exists = fs::exists(path);
    if (keepEpochsBefore >= 0 && exists) {
        std::istringstream in(readFile(path));
        std::string kept = header + "\n";
        const std::size_t fields = fieldCount(header);
        std::string line;
        std::getline(in, line); // the header, rewritten above
        while (std::getline(in, line)) {
            // A last line without its newline was cut short by a kill, even if it has all fields.
            if (line.empty() || in.eof() || fieldCount(line) != fields)
                continue;
            char *end = nullptr;
            const long epoch = std::strtol(line.c_str(), &end, 10);
            if (end != line.c_str() && *end == ',' && epoch < keepEpochsBefore)
                kept += line + "\n";
        }
        writeFileAtomically(path, kept);
    }
    const bool needsHeader = !fs::exists(path) || fs::file_size(path) == 0;
    out.open(path, std::ios::app);
    if (!out)
        throw Error("run.metrics", "Cannot write metrics log " + path, path);
    if (needsHeader)
        out << header << '\n' << std::flush;
}

} // namespace

// On resume the TensorBoard folder gets a new event file rather than a filtered copy of the
// old one: TensorBoard merges the files of a folder, so the redone epoch's steps appear twice
// there (the old points and the new ones). That is accepted; JSONL and CSV stay exact.
MetricsLog::MetricsLog(const std::string &path, int keepEpochsBefore)
    : m_path(path)
    , m_tensorBoard(runDirOf(path) + "/tensorboard")
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

    const std::string runDir = runDirOf(path);
    openCsv(m_iterationsCsv, runDir + "/iterations.csv", kIterationsHeader, keepEpochsBefore);
    openCsv(m_epochsCsv, runDir + "/epochs.csv", kEpochsHeader, keepEpochsBefore);
}

void MetricsLog::writeLine(std::ofstream &out, const std::string &line)
{
    out << line << '\n';
    out.flush();
}

void MetricsLog::logIteration(const IterationMetrics &m)
{
    json j {{"type", "iter"},
            {"epoch", m.epoch},
            {"iteration", m.iteration},
            {"step", m.globalStep},
            {"loss", m.loss},
            {"lr", m.learningRate},
            {"clips_per_s", m.clipsPerSecond}};
    const std::string row = std::to_string(m.epoch) + "," + std::to_string(m.iteration) + ","
        + std::to_string(m.globalStep) + "," + number(m.loss) + "," + number(m.learningRate) + ","
        + number(m.clipsPerSecond);

    std::lock_guard<std::mutex> lock(m_mutex);
    writeLine(m_out, j.dump());
    writeLine(m_iterationsCsv, row);
    m_tensorBoard.addScalar("train/loss", m.loss, m.globalStep);
    m_tensorBoard.addScalar("train/lr", m.learningRate, m.globalStep);
    m_tensorBoard.addScalar("train/clips_per_s", m.clipsPerSecond, m.globalStep);
}

void MetricsLog::logEpoch(const EpochMetrics &m)
{
    json j {{"type", "epoch"},           {"epoch", m.epoch},
            {"epochs", m.epochs},        {"train_loss", m.trainLoss},
            {"train_top1", m.trainTop1}, {"train_top5", m.trainTop5},
            {"validated", m.validated},
            {"val_loss", m.valLoss},     {"val_top1", m.valTop1},
            {"val_top5", m.valTop5},     {"val_mean_class_acc", m.valMeanClassAccuracy},
            {"lr", m.learningRate},      {"clips_per_s", m.clipsPerSecond},
            {"seconds", m.seconds}};
    // Validation columns stay empty (NaN in pandas) rather than a 0 that reads as a result.
    const auto val = [&](double v) { return m.validated ? number(v) : std::string(); };
    const std::string row = std::to_string(m.epoch) + "," + number(m.trainLoss) + ","
        + number(m.trainTop1) + "," + (m.validated ? "1" : "0") + "," + val(m.valLoss) + ","
        + val(m.valTop1) + "," + val(m.valTop5) + "," + val(m.valMeanClassAccuracy) + ","
        + number(m.learningRate) + "," + number(m.clipsPerSecond) + "," + number(m.seconds);

    std::lock_guard<std::mutex> lock(m_mutex);
    writeLine(m_out, j.dump());
    writeLine(m_epochsCsv, row);
    const std::int64_t step = m.epoch + 1;
    m_tensorBoard.addScalar("epoch/train_loss", m.trainLoss, step);
    m_tensorBoard.addScalar("epoch/train_top1", m.trainTop1, step);
    m_tensorBoard.addScalar("epoch/train_top5", m.trainTop5, step);
    if (m.validated) {
        m_tensorBoard.addScalar("epoch/val_loss", m.valLoss, step);
        m_tensorBoard.addScalar("epoch/val_top1", m.valTop1, step);
        m_tensorBoard.addScalar("epoch/val_top5", m.valTop5, step);
        m_tensorBoard.addScalar("epoch/val_mean_class_acc", m.valMeanClassAccuracy, step);
    }
}

} // namespace as
