#pragma once

#include <fstream>
#include <mutex>
#include <string>

#include "core/train/trainingtypes.h"

namespace as {

/**
 * Appends training metrics to `<runDir>/metrics.jsonl`, one JSON object per line
 * ({"type":"iter",...} or {"type":"epoch",...}), flushed after each line so a killed run
 * keeps everything up to its last step.
 */
class MetricsLog
{
public:
    /**
     * Opens the log for appending. When `keepEpochsBefore` >= 0 (resume), records of that epoch
     * and later are dropped first: the resumed run redoes them, so the curve continues without
     * duplicates.
     */
    explicit MetricsLog(const std::string &path, int keepEpochsBefore = -1);

    void logIteration(const IterationMetrics &m);
    void logEpoch(const EpochMetrics &m);

private:
    void writeLine(const std::string &line);
    std::string m_path;
    std::ofstream m_out;
    std::mutex m_mutex;
};

} // namespace as
