#pragma once

#include <fstream>
#include <mutex>
#include <string>

#include "core/train/tensorboardwriter.h"
#include "core/train/trainingtypes.h"

namespace as {

/**
 * Records training metrics in the run folder (the folder of `path`), each line or record
 * flushed at once so a killed run keeps everything up to its last step:
 *  - `metrics.jsonl` (`path`): one JSON object per line, {"type":"iter",...} or
 *    {"type":"epoch",...};
 *  - `iterations.csv` and `epochs.csv`: the same numbers for spreadsheets and pandas
 *    (validation columns are left empty for an epoch that was not validated);
 *  - `tensorboard/events.out.tfevents.<seconds>.<host>`: the scalar curves for TensorBoard,
 *    "train/loss", "train/lr", "train/clips_per_s" per iteration (step = global step) and
 *    "epoch/train_loss", "epoch/val_top1"... per epoch (step = epoch + 1).
 */
class MetricsLog
{
public:
    /**
     * Opens the logs for appending. When `keepEpochsBefore` >= 0 (resume), JSONL lines and CSV
     * rows of that epoch and later are dropped first: the resumed run redoes them, so the curve
     * continues without duplicates. TensorBoard gets a new event file instead (see the .cpp).
     */
    explicit MetricsLog(const std::string &path, int keepEpochsBefore = -1);

    void logIteration(const IterationMetrics &m);
    void logEpoch(const EpochMetrics &m);

private:
    void writeLine(std::ofstream &out, const std::string &line);
    std::string m_path;
    std::ofstream m_out;
    std::ofstream m_iterationsCsv;
    std::ofstream m_epochsCsv;
    TensorBoardWriter m_tensorBoard;
    std::mutex m_mutex;
};

} // namespace as
