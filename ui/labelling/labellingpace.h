#pragma once

#include <QString>
#include <QtGlobal>

namespace as::ui {

/**
 * How fast this user labels, for the "about N minutes left" estimate: active time is the time
 * between consecutive edits, except pauses longer than kPauseMs (a coffee break is not
 * labelling time); a video counts as done when it leaves the "left to label" list during the
 * session. Times are milliseconds on any monotonic clock, passed in so tests can drive it.
 */
class LabellingPace
{
public:
    static constexpr qint64 kPauseMs = 120000;

    /** Starts a session with `videosLeft` videos left to label. */
    void start(int videosLeft);
    /** An edit at `nowMs`, after which `videosLeft` videos are left. */
    void noteEdit(qint64 nowMs, int videosLeft);

    qint64 activeMs() const { return m_activeMs; }
    int videosDone() const { return m_done; }
    /** Minutes left at this pace for `videosLeft` videos; -1 before the first video is done. */
    double minutesLeft(int videosLeft) const;

private:
    int m_startLeft = 0;
    int m_done = 0;
    qint64 m_lastEditMs = -1;
    qint64 m_activeMs = 0;
};

} // namespace as::ui
