#pragma once

#include <functional>
#include <vector>

#include <QUndoCommand>

#include "core/project/projecttypes.h"

namespace as {
class Project;
}

namespace as::ui {

/**
 * One labelling edit as an undoable command. The first redo runs the edit against the
 * project (committed at once, one transaction) and keeps the video's segments before and
 * after it; undo and redo then restore those states with Project::replaceSegments (segment
 * ids are never reused, so each state comes back exactly). An edit the project refuses
 * reports its error and the command becomes obsolete: QUndoStack drops it.
 */
class SegmentEditCommand final : public QUndoCommand
{
public:
    using Edit = std::function<void(Project &)>;
    using ErrorSink = std::function<void(const QString &)>;
    using ChangeSink = std::function<void(qint64 videoId)>;

    SegmentEditCommand(Project &project, qint64 videoId, const QString &text, Edit edit,
                       ErrorSink onError, ChangeSink onChanged);

    void redo() override;
    void undo() override;

private:
    void restore(const std::vector<SegmentRecord> &state);

    Project &m_project;
    qint64 m_video;
    Edit m_edit;
    ErrorSink m_onError;
    ChangeSink m_onChanged;
    bool m_applied = false;
    std::vector<SegmentRecord> m_before;
    std::vector<SegmentRecord> m_after;
};

} // namespace as::ui
