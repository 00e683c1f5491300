#pragma once

#include <fstream>
#include <string>

#include "core/infer/livesession.h"

namespace as {

/**
 * Records live predictions to a CSV file, one line per window, flushed at once so a crash or
 * an unplugged camera loses nothing:
 *
 *     window,start_s,end_s,label,confidence,latency_ms,top1,top1_prob,…,top5,top5_prob
 *
 * `label` is the shown label after smoothing and hysteresis (empty: "no action") and
 * `confidence` its smoothed probability; the top-k columns are the window's own (raw) scores.
 * Names with a comma or a quote are quoted as RFC 4180 says. Torch- and OpenCV-free.
 */
class PredictionLog
{
public:
    /** Creates (truncates) `path` and writes the header; throws `Error` naming the file. */
    explicit PredictionLog(const std::string &path, int topK = 5);

    void write(const LivePrediction &prediction);
    const std::string &path() const { return m_path; }
    int linesWritten() const { return m_lines; }

private:
    std::string m_path;
    int m_topK;
    int m_lines = 0;
    std::ofstream m_out;
};

} // namespace as
