#include "ui/labelling/labellingview.h"

#include <algorithm>
#include <map>

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/common/error.h"
#include "core/project/project.h"
#include "ui/inspector/videoplayer.h"
#include "ui/labelling/classcolor.h"
#include "ui/labelling/classlistpanel.h"
#include "ui/labelling/labellingprogress.h"
#include "ui/labelling/proposalbar.h"
#include "ui/labelling/segmenteditcommand.h"
#include "ui/labelling/segmenttimeline.h"
#include "ui/labelling/videoclasscommand.h"

namespace as::ui {

LabellingView::LabellingView(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_player(new VideoPlayer(this))
    , m_timeline(new SegmentTimeline(this))
    , m_classPanel(new ClassListPanel(this))
    , m_proposals(new ProposalBar(this))
    , m_reviewed(new QCheckBox(tr("Fully reviewed"), this))
    , m_title(new QLabel(tr("Choose a video in the dataset to label it."), this))
    , m_message(new QLabel(this))
    , m_progress(new QLabel(this))
{
    m_progress->setObjectName(QStringLiteral("labellingProgress"));
    m_progress->setWordWrap(true);
    m_player->setObjectName(QStringLiteral("labellingPlayer"));
    m_timeline->setObjectName(QStringLiteral("segmentTimeline"));
    m_classPanel->setMaximumWidth(240);
    m_reviewed->setObjectName(QStringLiteral("videoReviewed"));
    m_reviewed->setToolTip(tr("Every action in this video is labelled: training may use its "
                              "unlabelled stretches as the background (\"no action\") class"));
    m_reviewed->setEnabled(false);
    m_message->setObjectName(QStringLiteral("labellingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *undoButton = new QToolButton(this);
    auto *redoButton = new QToolButton(this);
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    for (QAction *a : {undo, redo})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    undoButton->setDefaultAction(undo);
    redoButton->setDefaultAction(redo);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(undoButton);
    top->addWidget(redoButton);
    auto *left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(m_player, 1);
    left->addWidget(m_timeline);
    left->addWidget(m_message);
    left->addWidget(m_proposals);
    auto *keys = new QLabel(tr("I: in · O: out · 1-9: class · /: find class · W: whole video · "
                               "S: split · M: merge with next · Del: remove · N: next unlabelled "
                               "· P: next proposal, A: accept, X: reject · Space: play · ←/→: frame · Shift+←/→: 1 s · [ ]: speed · drag "
                               "an edge to move it"),
                            this);
    keys->setWordWrap(true);
    left->addWidget(keys);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_classPanel, 1);
    right->addWidget(m_reviewed);
    right->addWidget(m_progress);
    layout->addLayout(right);

    connect(m_player, &VideoPlayer::currentFrameChanged, m_timeline,
            &SegmentTimeline::setPlayhead);
    connect(m_timeline, &SegmentTimeline::seekRequested, m_player, &VideoPlayer::seek);
    connect(m_timeline, &SegmentTimeline::segmentClicked, m_timeline,
            &SegmentTimeline::setSelected);
    connect(m_player, &VideoPlayer::failed, this,
            [this](const QString &error) { showMessage(error, true); });
    connect(m_timeline, &SegmentTimeline::edgeDragged, this, &LabellingView::moveSegment);
    connect(m_classPanel, &ClassListPanel::classActivated, this,
            [this](int row) { assignClassKey(row + 1); });
    connect(m_classPanel, &ClassListPanel::searchFinished, this, [this] { setFocus(); });
    connect(m_classPanel, &ClassListPanel::classesChanged, this, &LabellingView::onClassesChanged);
    connect(m_classPanel, &ClassListPanel::message, this, &LabellingView::showMessage);
    connect(m_proposals, &ProposalBar::message, this, &LabellingView::showMessage);
    connect(m_proposals, &ProposalBar::videoDone, this, [this](qint64 video) {
        if (video == m_video)
            reloadSegments();
        updateProgress();
        Q_EMIT segmentsChanged(video);
        Q_EMIT projectEdited();
    });
    m_proposals->setVideoChooser([this](bool leftToLabel) {
        QList<qint64> ids;
        if (!leftToLabel) {
            if (m_video)
                ids << m_video;
        } else if (m_project) {
            for (const std::int64_t id : m_project->unlabelledVideos())
                ids << id;
        }
        return ids;
    });
    connect(m_reviewed, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_project || !m_video)
            return;
        try {
            m_project->setVideoReviewed(m_video, on);
        } catch (const Error &e) {
            showMessage(QString::fromUtf8(e.what()), true);
        }
    });
    m_player->addShortcutsTo(this); // Space, arrows, Shift+arrows, [ ] with the focus anywhere here
    setFocusPolicy(Qt::StrongFocus);
    m_clock.start();
    createActions();
}

LabellingView::~LabellingView() = default;

void LabellingView::createActions()
{
    auto add = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(tr("Mark in"), QKeySequence(Qt::Key_I), &LabellingView::markInHere);
    add(tr("Mark out"), QKeySequence(Qt::Key_O), &LabellingView::markOutHere);
    add(tr("Split here"), QKeySequence(Qt::Key_S), &LabellingView::splitHere);
    add(tr("Merge with next"), QKeySequence(Qt::Key_M), &LabellingView::mergeWithNext);
    add(tr("Remove segment"), QKeySequence(QKeySequence::Delete), &LabellingView::removeSelected);
    add(tr("Next unlabelled video"), QKeySequence(Qt::Key_N), [this] { nextUnlabelled(); });
    add(tr("Whole video is the current class"), QKeySequence(Qt::Key_W),
        &LabellingView::labelWholeVideo);
    add(tr("Review the next proposal"), QKeySequence(Qt::Key_P), [this] { reviewNextProposal(); });
    add(tr("Accept the proposal"), QKeySequence(Qt::Key_A), &LabellingView::acceptProposal);
    add(tr("Reject the proposal"), QKeySequence(Qt::Key_X), &LabellingView::rejectProposal);
    add(tr("Find a class"), QKeySequence(Qt::Key_Slash),
        [this] { m_classPanel->startSearch(); });
    for (int key = 1; key <= 9; ++key)
        add(tr("Class %1").arg(key), QKeySequence(Qt::Key_0 + key),
            [this, key] { assignClassKey(key); });
}

void LabellingView::setProject(const QString &projectDir)
{
    m_undo->clear();
    m_video = 0;
    m_markIn = -1;
    m_currentClass = 0;
    try {
        m_project = std::make_unique<Project>(Project::open(projectDir.toStdString()));
    } catch (const Error &e) {
        m_project.reset();
        showMessage(QString::fromUtf8(e.what()), true);
    }
    m_classPanel->setProject(m_project.get());
    m_proposals->setProject(m_project ? projectDir : QString());
    m_pace.start(m_project ? int(m_project->unlabelledVideos().size()) : 0);
    reloadSegments();
    updateProgress();
}

bool LabellingView::openVideo(qint64 videoId)
{
    if (!m_project)
        return false;
    const auto video = m_project->video(videoId);
    if (!video) {
        showMessage(tr("The project has no video with id %1.").arg(videoId), true);
        return false;
    }
    m_video = videoId;
    m_frameCount = video->frameCount;
    m_markIn = -1;
    m_timeline->setMarkIn(-1);
    m_timeline->setSelected(0);
    m_timeline->setFrameCount(video->frameCount);
    m_title->setText(QFileInfo(QString::fromStdString(video->path)).fileName());
    m_title->setToolTip(QString::fromStdString(video->path));
    m_player->open(QString::fromStdString(video->path), video->frameCount);
    {
        const QSignalBlocker block(m_reviewed); // showing the mark is no edit
        m_reviewed->setChecked(video->reviewed);
    }
    m_reviewed->setEnabled(true);
    showMessage({});
    m_pace.noteEdit(m_clock.elapsed(), int(m_project->unlabelledVideos().size()));
    reloadClasses();
    reloadSegments();
    updateProgress();
    return true;
}

bool LabellingView::openVideoPath(const QString &path)
{
    if (!m_project)
        return false;
    const auto video = m_project->videoByPath(path.toStdString());
    if (!video) {
        showMessage(tr("%1 is not a video of the project.").arg(path), true);
        return false;
    }
    return openVideo(video->id);
}

bool LabellingView::nextUnlabelled()
{
    if (!m_project)
        return false;
    const std::vector<std::int64_t> left = m_project->unlabelledVideos();
    if (left.empty()) {
        showMessage(tr("Every video has a class or segments: nothing left to label."));
        return false;
    }
    const auto after = std::find_if(left.begin(), left.end(),
                                    [this](std::int64_t id) { return id > m_video; });
    return openVideo(after != left.end() ? *after : left.front());
}

QString LabellingView::progressText() const
{
    return m_progress->text();
}

void LabellingView::updateProgress()
{
    if (!m_project) {
        m_progress->clear();
        return;
    }
    m_progress->setText(LabellingProgress::text(*m_project, m_video, m_pace));
}

QString LabellingView::message() const
{
    return m_message->text();
}

qint64 LabellingView::selectedSegment() const
{
    return m_timeline->selected();
}

void LabellingView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void LabellingView::reloadClasses()
{
    m_classPanel->reload();
}

void LabellingView::reloadSegments()
{
    QVector<SegmentTimeline::Segment> shown;
    if (m_project && m_video) {
        std::map<std::int64_t, ClassInfo> classes; // read once, not once per segment
        for (const ClassInfo &c : m_project->classes())
            classes[c.id] = c;
        for (const SegmentRecord &s : m_project->segments(m_video)) {
            SegmentTimeline::Segment t;
            t.id = s.id;
            t.startFrame = s.startFrame;
            t.endFrame = s.endFrame;
            t.proposal = s.source == SegmentSource::Model;
            if (const auto cls = classes.find(s.classId); cls != classes.end()) {
                t.label = QString::fromStdString(cls->second.name);
                t.color = classColor(cls->second);
            }
            shown.append(t);
        }
    }
    m_timeline->setSegments(shown);
    const qint64 selected = m_timeline->selected();
    if (std::none_of(shown.begin(), shown.end(),
                     [selected](const SegmentTimeline::Segment &s) { return s.id == selected; }))
        m_timeline->setSelected(0);
}

void LabellingView::edit(const QString &text, std::function<void(Project &)> change)
{
    if (!m_project || !m_video) {
        showMessage(tr("Open a video first."), true);
        return;
    }
    showMessage({});
    m_undo->push(new SegmentEditCommand(
        *m_project, m_video, text, std::move(change),
        [this](const QString &error) { showMessage(error, true); },
        [this](qint64 video) { onEdited(video); }));
}

void LabellingView::onEdited(qint64 videoId)
{
    if (videoId == m_video)
        reloadSegments();
    if (m_project)
        m_pace.noteEdit(m_clock.elapsed(), int(m_project->unlabelledVideos().size()));
    updateProgress();
    Q_EMIT segmentsChanged(videoId);
    Q_EMIT projectEdited();
}

void LabellingView::refreshClasses()
{
    reloadClasses();
    reloadSegments();
    updateProgress();
}

void LabellingView::onClassesChanged(bool segmentsRewritten)
{
    // A merge or delete rewrote segments behind the undo stack's back: its saved states may
    // name a class that is gone, so they cannot be restored any more.
    if (segmentsRewritten)
        m_undo->clear();
    if (m_project && m_currentClass && !m_project->classById(m_currentClass))
        m_currentClass = 0;
    reloadSegments();
    updateProgress();
    if (segmentsRewritten && m_video)
        Q_EMIT segmentsChanged(m_video);
    Q_EMIT projectEdited();
}

qint64 LabellingView::segmentAt(int frame) const
{
    for (const SegmentTimeline::Segment &s : m_timeline->segments())
        if (frame >= s.startFrame && frame < s.endFrame)
            return s.id;
    return 0;
}

qint64 LabellingView::targetSegment() const
{
    return m_timeline->selected() ? m_timeline->selected()
                                  : segmentAt(std::max(0, m_player->currentFrame()));
}

void LabellingView::markInHere()
{
    m_markIn = std::max(0, m_player->currentFrame());
    m_timeline->setMarkIn(m_markIn);
    showMessage(tr("In at frame %1: go to the last frame of the action and press O.")
                    .arg(m_markIn));
}

void LabellingView::markOutHere()
{
    const int out = std::max(0, m_player->currentFrame());
    if (m_markIn < 0 || out < m_markIn) {
        showMessage(tr("Press I at the first frame of the action before O (at frame %1 or "
                       "later).")
                        .arg(m_markIn < 0 ? 0 : m_markIn),
                    true);
        return;
    }
    SegmentRecord segment;
    segment.videoId = m_video;
    segment.startFrame = m_markIn;
    segment.endFrame = out + 1; // O marks the last frame, which belongs to the segment
    segment.classId = m_currentClass;
    auto added = std::make_shared<qint64>(0);
    edit(tr("Add segment %1-%2").arg(segment.startFrame).arg(out),
         [segment, added](Project &p) { *added = p.addSegment(segment); });
    if (*added) {
        m_markIn = -1;
        m_timeline->setMarkIn(-1);
        m_timeline->setSelected(*added);
    }
}

void LabellingView::assignClassKey(int key)
{
    if (!m_project)
        return;
    const std::vector<ClassInfo> classes = m_project->classes();
    if (key < 1 || key > int(classes.size())) {
        showMessage(tr("There is no class %1: the project has %n class(es).", nullptr,
                       int(classes.size()))
                        .arg(key),
                    true);
        return;
    }
    const ClassInfo &cls = classes[std::size_t(key - 1)];
    m_currentClass = cls.id;
    m_classPanel->setCurrentRow(key - 1);
    const qint64 target = targetSegment();
    if (!target) {
        showMessage(tr("New segments will be %1.").arg(QString::fromStdString(cls.name)));
        return;
    }
    const qint64 classId = cls.id;
    const auto before = m_project->segment(target);
    const bool correcting = before && before->source == SegmentSource::Model;
    const int undoCount = m_undo->count();
    edit(tr("Class %1").arg(QString::fromStdString(cls.name)), [target, classId](Project &p) {
        SegmentRecord s = *p.segment(target);
        s.classId = classId;
        s.source = SegmentSource::Manual; // a person decided: no longer a proposal
        s.confidence = -1.0;
        p.updateSegment(s);
    });
    if (correcting && m_undo->count() > undoCount)
        reviewNextProposal();
}

void LabellingView::splitHere()
{
    const int frame = std::max(0, m_player->currentFrame());
    const qint64 target = segmentAt(frame);
    if (!target) {
        showMessage(tr("No segment under the playhead (frame %1) to split.").arg(frame), true);
        return;
    }
    edit(tr("Split at frame %1").arg(frame),
         [target, frame](Project &p) { p.splitSegment(target, frame); });
}

void LabellingView::mergeWithNext()
{
    const qint64 target = targetSegment();
    const QVector<SegmentTimeline::Segment> &segments = m_timeline->segments();
    const auto it = std::find_if(segments.begin(), segments.end(),
                                 [target](const SegmentTimeline::Segment &s) {
                                     return s.id == target;
                                 });
    if (it == segments.end() || it + 1 == segments.end()) {
        showMessage(tr("Select a segment that has another after it to merge."), true);
        return;
    }
    const qint64 next = (it + 1)->id;
    edit(tr("Merge segments"), [target, next](Project &p) { p.mergeSegments(target, next); });
    m_timeline->setSelected(target);
}

void LabellingView::removeSelected()
{
    const qint64 target = targetSegment();
    if (!target) {
        showMessage(tr("Select a segment to remove."), true);
        return;
    }
    edit(tr("Remove segment"), [target](Project &p) { p.removeSegment(target); });
}

void LabellingView::labelWholeVideo()
{
    if (!m_project || !m_video) {
        showMessage(tr("Open a video first."), true);
        return;
    }
    const auto video = m_project->video(m_video);
    const auto cls = m_project->classById(m_currentClass);
    if (!cls) {
        showMessage(tr("Press a class's number first: W gives the whole video that class."),
                    true);
        return;
    }
    const bool clear = video && video->classId == cls->id;
    const QString name = QString::fromStdString(cls->name);
    showMessage(clear ? tr("The video is no longer labelled %1 as a whole.").arg(name)
                      : tr("The whole video is %1.").arg(name));
    m_undo->push(new VideoClassCommand(
        *m_project, m_video, clear ? 0 : cls->id,
        clear ? tr("Unlabel the video") : tr("Whole video: %1").arg(name),
        [this](const QString &error) { showMessage(error, true); },
        [this](qint64 video) { onEdited(video); }));
}

void LabellingView::moveSegment(qint64 id, int startFrame, int endFrame)
{
    edit(tr("Move segment to %1-%2").arg(startFrame).arg(endFrame - 1),
         [id, startFrame, endFrame](Project &p) {
             SegmentRecord s = *p.segment(id);
             s.startFrame = startFrame;
             s.endFrame = endFrame;
             p.updateSegment(s);
         });
    reloadSegments(); // a refused move puts the edge back where the database has it
}

qint64 LabellingView::selectedProposal()
{
    const qint64 id = m_timeline->selected();
    const auto segment = id && m_project ? m_project->segment(id) : std::nullopt;
    if (!segment || segment->source != SegmentSource::Model) {
        showMessage(tr("Select a model proposal first: P shows the next one to review."), true);
        return 0;
    }
    return id;
}

bool LabellingView::reviewNextProposal()
{
    if (!m_project)
        return false;
    const std::vector<SegmentRecord> queue = m_project->modelProposals();
    if (queue.empty()) {
        showMessage(tr("No model proposals left to review."));
        return false;
    }
    const qint64 selected = m_timeline->selected();
    const auto at = std::find_if(queue.begin(), queue.end(),
                                 [selected](const SegmentRecord &s) { return s.id == selected; });
    const SegmentRecord next = at == queue.end() || at + 1 == queue.end() ? queue.front() : *(at + 1);
    if (next.videoId != m_video && !openVideo(next.videoId))
        return false;
    m_timeline->setSelected(next.id);
    m_player->seek(next.startFrame);
    const auto cls = m_project->classById(next.classId);
    showMessage(tr("Proposal: %1, %2 % sure, frames %3-%4 (%n left to review). A: accept · "
                   "1-9: correct · X: reject · P: skip",
                   nullptr, int(queue.size()))
                    .arg(cls ? QString::fromStdString(cls->name) : tr("no class"))
                    .arg(qRound(std::max(0.0, next.confidence) * 100))
                    .arg(next.startFrame)
                    .arg(next.endFrame - 1));
    return true;
}

void LabellingView::acceptProposal()
{
    const qint64 id = selectedProposal();
    if (!id)
        return;
    const int undoCount = m_undo->count();
    edit(tr("Accept proposal"), [id](Project &p) {
        SegmentRecord s = *p.segment(id);
        s.source = SegmentSource::Manual; // keeps its confidence: where it came from
        p.updateSegment(s);
    });
    if (m_undo->count() > undoCount)
        reviewNextProposal();
}

void LabellingView::rejectProposal()
{
    const qint64 id = selectedProposal();
    if (!id)
        return;
    const int undoCount = m_undo->count();
    edit(tr("Reject proposal"), [id](Project &p) { p.removeSegment(id); });
    if (m_undo->count() > undoCount)
        reviewNextProposal();
}

} // namespace as::ui
