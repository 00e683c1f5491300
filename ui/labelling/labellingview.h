#pragma once

#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QString>
#include <QWidget>

#include "ui/labelling/labellingpace.h"

class QAction;
class QCheckBox;
class QLabel;
class QUndoStack;

namespace as {
class Project;
}

namespace as::ui {

class ClassListPanel;
class ProposalBar;
class SegmentTimeline;
class VideoPlayer;

/**
 * Labelling one video by keyboard: I marks in, O marks out and makes the segment [in, out]
 * (of the current class), 1-9 give the selected segment (or the one under the playhead) that
 * class, S splits the segment under the playhead there, M merges the selected segment with the
 * next, Delete removes it, W gives the whole video the current class (a trimmed clip), "/"
 * searches the classes by name, and edges drag with the mouse; Ctrl+Z / Ctrl+Shift+Z undo and
 * redo every edit; N opens the next video left to label; P, A, X review the model's proposals
 * (most uncertain first: accept, or a number key to correct, or reject). Each edit is
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
    ClassListPanel *classPanel() const { return m_classPanel; }
    ProposalBar *proposalBar() const { return m_proposals; }
    QCheckBox *reviewedBox() const { return m_reviewed; }
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
    /** Gives the whole video the current class (again: takes it away). */
    void labelWholeVideo();
    /**
     * P: shows the most uncertain model proposal of the project (opening its video), or the
     * one after the selected proposal in that order (a skip). False when none is left.
     */
    bool reviewNextProposal();
    /** A: the selected proposal becomes an ordinary label; the next proposal follows. */
    void acceptProposal();
    /** X: the selected proposal is removed; the next proposal follows. */
    void rejectProposal();
    /** Moves segment `id` to [startFrame, endFrame) (an edge dragged on the timeline). */
    void moveSegment(qint64 id, int startFrame, int endFrame);
    /** Reads the classes again (after an edit made elsewhere, e.g. the dataset panel). */
    void refreshClasses();
    /** Opens the next video (after this one, wrapping) with no class and no segment. */
    bool nextUnlabelled();

Q_SIGNALS:
    /** The segments of `videoId` changed in the database (an edit, undo or redo). */
    void segmentsChanged(qint64 videoId);
    /** Something changed in the database (segments, whole-video labels or classes). */
    void projectEdited();

private:
    void createActions();
    void reloadClasses();
    void reloadSegments();
    void edit(const QString &text, std::function<void(Project &)> change);
    qint64 segmentAt(int frame) const;
    qint64 targetSegment() const;
    void showMessage(const QString &text, bool error = false);
    void updateProgress();
    void onClassesChanged(bool segmentsRewritten);
    void onEdited(qint64 videoId);
    /** The selected segment when it is a model proposal, else 0 (with a message). */
    qint64 selectedProposal();

    std::unique_ptr<Project> m_project;
    qint64 m_video = 0;
    int m_frameCount = 0;
    int m_markIn = -1;
    qint64 m_currentClass = 0;
    QUndoStack *m_undo;
    VideoPlayer *m_player;
    SegmentTimeline *m_timeline;
    ClassListPanel *m_classPanel;
    ProposalBar *m_proposals;
    QCheckBox *m_reviewed;
    LabellingPace m_pace;
    QElapsedTimer m_clock;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_progress;
};

} // namespace as::ui
