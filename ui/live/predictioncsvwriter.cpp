#include "ui/live/predictioncsvwriter.h"

#include <QStringList>

namespace as::ui {

namespace {

/** RFC 4180 quoting for a field that may hold commas or quotes (class names can). */
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

bool PredictionCsvWriter::open(const QString &path)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    m_rows = 0;
    m_file.write("window,start_seconds,end_seconds,label,confidence,latency_ms,top_k\n");
    return true;
}

void PredictionCsvWriter::write(const as::LivePrediction &prediction)
{
    if (!m_file.isOpen())
        return;
    QStringList top;
    for (const as::ClassScore &score : prediction.smoothed)
        top.append(QString::fromStdString(score.name) + QLatin1Char(':')
                   + QString::number(score.probability, 'f', 4));
    const QStringList row = {QString::number(prediction.window),
                             QString::number(prediction.startSeconds, 'f', 3),
                             QString::number(prediction.endSeconds, 'f', 3),
                             csvField(QString::fromStdString(prediction.label)),
                             QString::number(prediction.confidence, 'f', 4),
                             QString::number(prediction.latencyMs, 'f', 1),
                             csvField(top.join(QLatin1Char(';')))};
    m_file.write(row.join(QLatin1Char(',')).toUtf8() + '\n');
    m_file.flush(); // a crash or a kill keeps what was recognised
    ++m_rows;
}

void PredictionCsvWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}

} // namespace as::ui
