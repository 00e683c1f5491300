#pragma once

#include <QFile>
#include <QString>

#include "core/infer/livesession.h"

namespace as::ui {

/**
 * Records live predictions as CSV, one row per window: window, start_seconds, end_seconds,
 * label (empty: no action), confidence, latency_ms, then the smoothed top-k as
 * "name:probability" pairs separated by ";". Rows are short and few per second, so they are
 * written on the UI thread, unbuffered beyond QFile's own buffer.
 */
class PredictionCsvWriter final
{
public:
    PredictionCsvWriter() = default;

    /** Creates (truncates) `path` and writes the header; false with errorString() on failure. */
    bool open(const QString &path);
    void write(const as::LivePrediction &prediction);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }
    qint64 rows() const { return m_rows; }

private:
    QFile m_file;
    qint64 m_rows = 0;
};

} // namespace as::ui
