#include "core/infer/predictionlog.h"

#include <algorithm>
#include <cstdio>

#include "core/common/error.h"

namespace as {

namespace {

std::string predictionLogField(const std::string &text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string predictionLogNumber(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

} // namespace

PredictionLog::PredictionLog(const std::string &path, int topK)
    : m_path(path)
    , m_topK(std::max(1, topK))
    , m_out(path, std::ios::out | std::ios::trunc)
{
    if (!m_out)
        throw Error("live.log", "Cannot write the predictions file " + path, path);
    m_out << "window,start_s,end_s,label,confidence,latency_ms";
    for (int k = 1; k <= m_topK; ++k)
        m_out << ",top" << k << ",top" << k << "_prob";
    m_out << '\n' << std::flush;
}

void PredictionLog::write(const LivePrediction &prediction)
{
    std::string line = std::to_string(prediction.window) + ','
                       + predictionLogNumber(prediction.startSeconds, 3) + ','
                       + predictionLogNumber(prediction.endSeconds, 3) + ','
                       + predictionLogField(prediction.label) + ','
                       + predictionLogNumber(prediction.confidence, 4) + ','
                       + predictionLogNumber(prediction.latencyMs, 1);
    for (int k = 0; k < m_topK; ++k) {
        if (k < static_cast<int>(prediction.raw.size())) {
            const ClassScore &score = prediction.raw[static_cast<std::size_t>(k)];
            line += ',' + predictionLogField(score.name) + ','
                    + predictionLogNumber(score.probability, 4);
        } else {
            line += ",,";
        }
    }
    m_out << line << '\n' << std::flush;
    if (!m_out)
        throw Error("live.log", "Cannot write the predictions file " + m_path
                                    + " (disk full or removed?)", m_path);
    ++m_lines;
}

} // namespace as
