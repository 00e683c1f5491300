#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

namespace as::ui {

/**
 * Measures how responsive the UI thread is: a precise timer asks to run every `intervalMs`,
 * and each time it runs the probe records how much later than asked it got the event loop.
 * A UI that blocks (decoding, training, a full model reset) shows up as a large delay. Used by
 * the responsiveness test and available for a debug overlay.
 */
class LatencyProbe final : public QObject
{
    Q_OBJECT

public:
    explicit LatencyProbe(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    /** The delays recorded since start(), in ms, in the order they happened. */
    const QVector<double> &delaysMs() const { return m_delays; }
    /** When each delayed tick ran, in ms since start(), parallel to delaysMs(). */
    const QVector<double> &ticksAtMs() const { return m_ticksAt; }
    double worstMs() const;
    double medianMs() const;
    /** The delay that `fraction` (0..1) of the samples stay under, e.g. 0.99. */
    double percentileMs(double fraction) const;

private:
    void onTick();

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    QVector<double> m_delays;
    QVector<double> m_ticksAt;
};

} // namespace as::ui
