#include "ui/labelling/videoclasscommand.h"

#include "core/common/error.h"
#include "core/project/project.h"

namespace as::ui {

VideoClassCommand::VideoClassCommand(Project &project, qint64 videoId, qint64 classId,
                                     const QString &text, ErrorSink onError, ChangeSink onChanged)
    : QUndoCommand(text)
    , m_project(project)
    , m_video(videoId)
    , m_after(classId)
    , m_onError(std::move(onError))
    , m_onChanged(std::move(onChanged))
{
    if (const auto video = project.video(videoId))
        m_before = video->classId;
}

bool VideoClassCommand::apply(qint64 classId)
{
    try {
        m_project.setVideoClass(m_video, classId);
    } catch (const Error &e) {
        m_onError(QString::fromUtf8(e.what()));
        setObsolete(true);
        return false;
    }
    m_onChanged(m_video);
    return true;
}

void VideoClassCommand::redo()
{
    apply(m_after);
}

void VideoClassCommand::undo()
{
    apply(m_before);
}

} // namespace as::ui
