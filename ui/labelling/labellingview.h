#pragma once

#include <functional>
#include <memory>

#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QUndoStack;

namespace as {
class Project;
}

namespace as::ui {

class SegmentTimeline;
class VideoPlayer;

/**
 * Labelling one video by keyboard: I marks in, O marks out and makes the segment [in, out]
 * (of the current class), 1-9 give the selected segment (or the one under the playhead) that
 * class, S splits the segment under the playhead there, M merges the selected segment with the
 * next, Delete removes it; Ctrl+Z / Ctrl+Shift+Z undo and redo every edit; N opens the next
 * video left to label. Each edit is
 * committed to project.db at once, in one transaction, so a crash loses nothing shown.
 * Frames play and step with the video player (Space, ←/→) decoded off the UI thread.
 */
class LabellingView final : public QWidget
{
    Q_OBJECT

public:
    explicit LabellingView(QWidget *parent = nullptr);
    ~LabellingView() override;

    /** Opens the project's database (clears the undo history). */
    void setProject(const QString &projectDir);
    /** Opens a video of the project; false (with the reason shown) when it cannot. */
    bool openVideo(qint64 videoId);
    /** The same by the video's path (as the dataset panel names it). */
    bool openVideoPath(const QString &path);
    qint64 videoId() const { return m_video; }

    QUndoStack *undoStack() const { return m_undo; }
    VideoPlayer *player() const { return m_player; }
    SegmentTimeline *timeline() const { return m_timeline; }
    QString message() const;
    /** "N of M videos left to label · segments: class n, …" */
    QString progressText() const;
    int markIn() const { return m_markIn; }
    qint64 selectedSegment() const;
    /** The class new segments get (the last number key pressed); 0: none. */
    qint64 currentClass() const { return m_currentClass; }

public Q_SLOTS:
    void markInHere();
    void markOutHere();
    void assignClassKey(int key); // 1-based, as on the keyboard
    void splitHere();
    void mergeWithNext();
    void removeSelected();
    /** Opens the next video (after this one, wrapping) with no class and no segment. */
    bool nextUnlabelled();

Q_SIGNALS:
    /** The segments of `videoId` changed in the database (an edit, undo or redo). */
    void segmentsChanged(qint64 videoId);

private:
    void createActions();
    void reloadClasses();
    void reloadSegments();
    void edit(const QString &text, std::function<void(Project &)> change);
    qint64 segmentAt(int frame) const;
    qint64 targetSegment() const;
    void showMessage(const QString &text, bool error = false);
    void updateProgress();

    std::unique_ptr<Project> m_project;
    qint64 m_video = 0;
    int m_frameCount = 0;
    int m_markIn = -1;
    qint64 m_currentClass = 0;
    QUndoStack *m_undo;
    VideoPlayer *m_player;
    SegmentTimeline *m_timeline;
    QListWidget *m_classes;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_progress;
};

} // namespace as::ui
