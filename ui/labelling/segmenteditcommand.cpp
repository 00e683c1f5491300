#include "ui/labelling/segmenteditcommand.h"

#include "core/common/error.h"
#include "core/project/project.h"

namespace as::ui {

SegmentEditCommand::SegmentEditCommand(Project &project, qint64 videoId, const QString &text,
                                       Edit edit, ErrorSink onError, ChangeSink onChanged)
    : QUndoCommand(text)
    , m_project(project)
    , m_video(videoId)
    , m_edit(std::move(edit))
    , m_onError(std::move(onError))
    , m_onChanged(std::move(onChanged))
{
}

void SegmentEditCommand::redo()
{
    if (m_applied) {
        restore(m_after);
        return;
    }
    try {
        m_before = m_project.segments(m_video);
        m_edit(m_project);
        m_after = m_project.segments(m_video);
        m_applied = true;
    } catch (const std::exception &e) {
        setObsolete(true); // nothing was changed: the stack drops this command
        m_onError(QString::fromUtf8(e.what()));
        return;
    }
    m_onChanged(m_video);
}

void SegmentEditCommand::undo()
{
    restore(m_before);
}

void SegmentEditCommand::restore(const std::vector<SegmentRecord> &state)
{
    try {
        m_project.replaceSegments(m_video, state);
    } catch (const std::exception &e) {
        m_onError(QString::fromUtf8(e.what())); // e.g. a class deleted meanwhile
    }
    m_onChanged(m_video);
}

} // namespace as::ui
