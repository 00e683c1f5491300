#include "ui/labelling/labellingpace.h"

#include <algorithm>

namespace as::ui {

void LabellingPace::start(int videosLeft)
{
    *this = LabellingPace();
    m_startLeft = videosLeft;
}

void LabellingPace::noteEdit(qint64 nowMs, int videosLeft)
{
    if (m_lastEditMs >= 0) {
        const qint64 gap = nowMs - m_lastEditMs;
        if (gap > 0 && gap <= kPauseMs)
            m_activeMs += gap;
    }
    m_lastEditMs = nowMs;
    // Videos imported mid-session raise the count: done never goes down.
    m_done = std::max(m_done, m_startLeft - videosLeft);
}

double LabellingPace::minutesLeft(int videosLeft) const
{
    if (m_done <= 0 || m_activeMs <= 0)
        return -1.0;
    return double(m_activeMs) / m_done * videosLeft / 60000.0;
}

} // namespace as::ui
