#include "ui/widgets/latencyprobe.h"

#include <algorithm>
#include <cmath>

namespace as::ui {

LatencyProbe::LatencyProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LatencyProbe::onTick);
}

void LatencyProbe::start()
{
    m_delays.clear();
    m_ticksAt.clear();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void LatencyProbe::stop()
{
    m_timer.stop();
}

void LatencyProbe::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double sinceLastMs = static_cast<double>(now - m_lastNs) / 1e6;
    m_lastNs = now;
    // A tick that came `intervalMs` after the last one was on time; the rest is the time the
    // event loop could not get to it.
    m_delays.append(std::max(0.0, sinceLastMs - m_intervalMs));
    m_ticksAt.append(static_cast<double>(now) / 1e6);
}

double LatencyProbe::worstMs() const
{
    return m_delays.isEmpty() ? 0.0 : *std::max_element(m_delays.begin(), m_delays.end());
}

double LatencyProbe::medianMs() const
{
    return percentileMs(0.5);
}

double LatencyProbe::percentileMs(double fraction) const
{
    if (m_delays.isEmpty())
        return 0.0;
    QVector<double> sorted = m_delays;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<qsizetype>(
        std::ceil(std::clamp(fraction, 0.0, 1.0) * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace as::ui
