#include "ui/labelling/labellingview.h"

#include <algorithm>
#include <map>

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/common/error.h"
#include "core/project/project.h"
#include "ui/inspector/videoplayer.h"
#include "ui/labelling/segmenteditcommand.h"
#include "ui/labelling/segmenttimeline.h"
#include "ui/live/livepalette.h"

namespace as::ui {

LabellingView::LabellingView(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_player(new VideoPlayer(this))
    , m_timeline(new SegmentTimeline(this))
    , m_classes(new QListWidget(this))
    , m_title(new QLabel(tr("Choose a video in the dataset to label it."), this))
    , m_message(new QLabel(this))
    , m_progress(new QLabel(this))
{
    m_progress->setObjectName(QStringLiteral("labellingProgress"));
    m_progress->setWordWrap(true);
    m_player->setObjectName(QStringLiteral("labellingPlayer"));
    m_timeline->setObjectName(QStringLiteral("segmentTimeline"));
    m_classes->setObjectName(QStringLiteral("classKeys"));
    m_classes->setToolTip(tr("Press a class's number to give it to the selected segment"));
    m_classes->setMaximumWidth(220);
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
    auto *keys = new QLabel(tr("I: in · O: out · 1-9: class · S: split · M: merge with next · "
                               "Del: remove · N: next unlabelled · Space: play · ←/→: frame"),
                            this);
    keys->setWordWrap(true);
    left->addWidget(keys);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Classes"), this));
    right->addWidget(m_classes, 1);
    right->addWidget(m_progress);
    layout->addLayout(right);

    connect(m_player, &VideoPlayer::currentFrameChanged, m_timeline,
            &SegmentTimeline::setPlayhead);
    connect(m_timeline, &SegmentTimeline::seekRequested, m_player, &VideoPlayer::seek);
    connect(m_timeline, &SegmentTimeline::segmentClicked, m_timeline,
            &SegmentTimeline::setSelected);
    connect(m_player, &VideoPlayer::failed, this,
            [this](const QString &error) { showMessage(error, true); });
    connect(m_classes, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { assignClassKey(m_classes->row(item) + 1); });
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
    reloadClasses();
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
    showMessage({});
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
    // After every edit, on the UI thread: three queries, whatever the project's size.
    const int videos = m_project->videoCount();
    const std::size_t left = m_project->unlabelledVideos().size();
    const std::map<std::int64_t, int> perClass = m_project->segmentCountsByClass();
    QStringList counts;
    for (const ClassInfo &c : m_project->classes())
        if (const auto it = perClass.find(c.id); it != perClass.end())
            counts << QStringLiteral("%1 %2").arg(QString::fromStdString(c.name)).arg(it->second);
    m_progress->setText(tr("%1 of %n video(s) left to label", nullptr, videos).arg(left)
                        + (counts.isEmpty() ? QString()
                                            : QStringLiteral("\n") + tr("Segments: %1")
                                                  .arg(counts.join(QStringLiteral(", ")))));
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
    m_classes->clear();
    if (!m_project)
        return;
    for (const ClassInfo &c : m_project->classes()) {
        const QString key = c.index < 9 ? QString::number(c.index + 1) : QStringLiteral(" ");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(key, QString::fromStdString(c.name)), m_classes);
        item->setData(Qt::UserRole, qint64(c.id));
        item->setData(Qt::DecorationRole, liveClassColor(c.index));
    }
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
                t.color = liveClassColor(cls->second.index);
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
        [this](qint64 video) {
            if (video == m_video)
                reloadSegments();
            updateProgress();
            Q_EMIT segmentsChanged(video);
        }));
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
    m_classes->setCurrentRow(key - 1);
    const qint64 target = targetSegment();
    if (!target) {
        showMessage(tr("New segments will be %1.").arg(QString::fromStdString(cls.name)));
        return;
    }
    const qint64 classId = cls.id;
    edit(tr("Class %1").arg(QString::fromStdString(cls.name)), [target, classId](Project &p) {
        SegmentRecord s = *p.segment(target);
        s.classId = classId;
        s.source = SegmentSource::Manual; // a person decided: no longer a proposal
        s.confidence = -1.0;
        p.updateSegment(s);
    });
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

} // namespace as::ui
