#pragma once

#include <functional>

#include <QUndoCommand>

namespace as {
class Project;
}

namespace as::ui {

/**
 * Gives a whole video a class (a trimmed clip: the UCF101 case), or takes it away, as an
 * undoable command committed to project.db at once. A change the project refuses reports its
 * error and the command becomes obsolete.
 */
class VideoClassCommand final : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &)>;
    using ChangeSink = std::function<void(qint64 videoId)>;

    VideoClassCommand(Project &project, qint64 videoId, qint64 classId, const QString &text,
                      ErrorSink onError, ChangeSink onChanged);

    void redo() override;
    void undo() override;

private:
    bool apply(qint64 classId);

    Project &m_project;
    qint64 m_video;
    qint64 m_before = 0;
    qint64 m_after;
    ErrorSink m_onError;
    ChangeSink m_onChanged;
};

} // namespace as::ui
