// The labelling view driven by key events (issue 7): open a video, I/O marks, class keys, undo,
// redo, split, merge, delete; the database is read back with a second connection after each
// step, so what the test sees is what a crash would leave.

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QTextStream>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <sqlite3.h>

#include "core/common/cancellation.h"
#include "core/common/progress.h"
#include "core/data/synthmotion.h"
#include "core/data/synthmotionsequence.h"
#include "core/project/project.h"
#include "core/project/projectimporter.h"
#include "guitesthelpers.h"
#include "segmentlayout.h"
#include "ui/inspector/videoplayer.h"
#include "ui/labelling/classlistpanel.h"
#include "ui/labelling/labellingpace.h"
#include "ui/labelling/labellingview.h"
#include "ui/labelling/proposalbar.h"
#include "ui/labelling/proposalcontroller.h"
#include "ui/labelling/segmenttimeline.h"

using as::ui::LabellingView;

namespace {

constexpr int kDecodeTimeoutMs = 10000;

} // namespace

class TestGuiLabelling : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    qint64 m_video = 0;

    /** The segments in the database as "start-end:class", read by a new connection. */
    QString stored() const
    {
        return as::test::segmentLayout(as::Project::open(m_project.toStdString()), m_video);
    }

    /** Seeks the view's player and waits until that frame is shown. */
    static void seekTo(LabellingView &view, int frame)
    {
        view.player()->seek(frame);
        QTRY_COMPARE_WITH_TIMEOUT(view.player()->currentFrame(), frame, kDecodeTimeoutMs);
    }

    static void key(LabellingView &view, Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(&view, k, mods);
    }

private Q_SLOTS:
    void initTestCase()
    {
        as::test::initGuiTestSettings("testgui_labelling");
        QVERIFY(m_dir.isValid());
        // A 100-frame recording per class (4 s at 25 fps), imported as a folder tree.
        as::SynthMotionOptions synth;
        synth.outputDir = m_dir.filePath(QStringLiteral("videos")).toStdString();
        synth.width = 64;
        synth.height = 48;
        synth.frames = 100;
        synth.clipsPerClass = 1;
        synth.testFraction = 0.0;
        as::NullProgressObserver quiet;
        as::generateSynthMotion(synth, quiet, as::CancellationToken());
        m_project = m_dir.filePath(QStringLiteral("project"));
        as::Project project = as::Project::create(m_project.toStdString());
        as::importFolderTree(project, synth.outputDir, quiet, as::CancellationToken());
        const auto video = project.videoByPath(synth.outputDir + "/grow/grow_001.avi");
        QVERIFY(video);
        QCOMPARE(video->frameCount, 100);
        m_video = video->id;
        QVERIFY(project.classes().size() >= 3);
    }

    void keyboardSessionIsCommittedAtEachStep()
    {
        LabellingView view;
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setProject(m_project);
        QVERIFY(view.openVideo(m_video));
        QTRY_VERIFY_WITH_TIMEOUT(view.player()->currentFrame() >= 0, kDecodeTimeoutMs);
        view.setFocus();
        const as::Project p = as::Project::open(m_project.toStdString());
        const QString first = QString::fromStdString(p.classes()[0].name);
        const QString second = QString::fromStdString(p.classes()[1].name);

        // O before I is refused with a message; nothing is stored.
        key(view, Qt::Key_O);
        QVERIFY(view.message().contains(QStringLiteral("Press I")));
        QCOMPARE(stored(), QString());

        // Class key 1 with nothing selected chooses the class of new segments.
        key(view, Qt::Key_1);
        // I at 10, O at 29: the segment is frames 10..29 of class 1.
        seekTo(view, 10);
        key(view, Qt::Key_I);
        QCOMPARE(view.markIn(), 10);
        seekTo(view, 29);
        key(view, Qt::Key_O);
        QCOMPARE(stored(), QStringLiteral("10-30:%1").arg(first));
        QVERIFY(view.selectedSegment() != 0);

        // Key 2 gives the selected segment class 2.
        key(view, Qt::Key_2);
        QCOMPARE(stored(), QStringLiteral("10-30:%1").arg(second));

        // Undo twice: back to class 1, then no segment; redo twice: both again.
        key(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(), QStringLiteral("10-30:%1").arg(first));
        key(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(), QString());
        key(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(), QStringLiteral("10-30:%1").arg(first));
        key(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(), QStringLiteral("10-30:%1").arg(second));

        // S splits the segment under the playhead there.
        seekTo(view, 20);
        key(view, Qt::Key_S);
        QCOMPARE(stored(), QStringLiteral("10-20:%1 20-30:%1").arg(second));
        QCOMPARE(view.timeline()->segments().size(), 2);

        // Select the first (a click on it) and M merges it with the next.
        view.timeline()->setSelected(view.timeline()->segments().first().id);
        key(view, Qt::Key_M);
        QCOMPARE(stored(), QStringLiteral("10-30:%1").arg(second));
        key(view, Qt::Key_Z, Qt::ControlModifier); // undo the merge
        QCOMPARE(stored(), QStringLiteral("10-20:%1 20-30:%1").arg(second));
        key(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(), QStringLiteral("10-30:%1").arg(second));

        // An overlapping segment is refused, naming the other; the history is unchanged.
        const int undoCount = view.undoStack()->count();
        seekTo(view, 25);
        key(view, Qt::Key_I);
        seekTo(view, 40);
        key(view, Qt::Key_O);
        QVERIFY2(view.message().contains(QStringLiteral("overlap")), qPrintable(view.message()));
        QCOMPARE(view.undoStack()->count(), undoCount);
        QCOMPARE(stored(), QStringLiteral("10-30:%1").arg(second));

        // Delete removes the selected segment; undo brings it back with its id.
        const qint64 id = view.timeline()->segments().first().id;
        view.timeline()->setSelected(id);
        key(view, Qt::Key_Delete);
        QCOMPARE(stored(), QString());
        key(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(), QStringLiteral("10-30:%1").arg(second));
        QCOMPARE(p.segment(id)->startFrame, 10);

        as::test::saveScreenshot(&view, QStringLiteral("panel-labelling.png"));
    }

    /**
     * Kills a labelling process (SIGKILL, no chance to clean up) in the middle of a session,
     * then reopens the project: every segment the process reported as made is there, and
     * the database passes PRAGMA integrity_check.
     */
    void killedSessionLosesNothingCommitted()
    {
        const as::Project p = as::Project::open(m_project.toStdString());
        const auto video =
            p.videoByPath(m_dir.filePath(QStringLiteral("videos/still/still_001.avi")).toStdString());
        QVERIFY(video);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ACTIONSTUDIO_LABEL_CHILD"),
                   m_project + QLatin1Char('|') + QString::number(video->id));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childSession")});
        QVERIFY(child.waitForStarted());
        QStringList made;
        while (made.size() < 8 && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).trimmed();
                if (line.startsWith(QStringLiteral("made ")))
                    made << line.mid(5);
            }
        }
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QVERIFY2(made.size() >= 8, qPrintable(made.join(QLatin1Char(' '))));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const as::Project after = as::Project::open(m_project.toStdString());
        QStringList stored;
        for (const as::SegmentRecord &s : after.segments(video->id))
            stored << QStringLiteral("%1-%2").arg(s.startFrame).arg(s.endFrame);
        for (const QString &segment : made)
            QVERIFY2(stored.contains(segment), qPrintable(segment + QStringLiteral(" lost")));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2((m_project + QStringLiteral("/project.db")).toUtf8().constData(),
                                 &db, SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *check = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(check), SQLITE_ROW);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0))),
                 QStringLiteral("ok"));
        sqlite3_finalize(check);
        sqlite3_close(db);
        qInfo("killed after %lld segments reported; %lld stored", qint64(made.size()),
              qint64(stored.size()));
    }

    /** N opens the videos left to label (no class, no segment), skipping labelled ones. */
    void nextUnlabelledSkipsLabelledVideos()
    {
        std::vector<qint64> fresh;
        {
            as::Project p = as::Project::open(m_project.toStdString());
            for (const char *name : {"raw1.avi", "raw2.avi"}) {
                const QString copy = m_dir.filePath(QString::fromLatin1(name));
                QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("videos/blink/blink_001.avi")),
                                    copy));
                as::VideoRecord raw = *p.video(m_video);
                raw.id = 0;
                raw.path = copy.toStdString();
                raw.classId = 0; // a raw recording: nothing says what it shows
                fresh.push_back(p.upsertVideo(raw));
            }
            QCOMPARE(p.unlabelledVideos(), (std::vector<std::int64_t>{fresh[0], fresh[1]}));
        }
        LabellingView view;
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setProject(m_project);
        QVERIFY(view.openVideo(m_video));
        QVERIFY2(view.progressText().startsWith(QStringLiteral("2 of")),
                 qPrintable(view.progressText()));
        view.setFocus();
        key(view, Qt::Key_N);
        QCOMPARE(view.videoId(), fresh[0]);
        QTRY_VERIFY_WITH_TIMEOUT(view.player()->currentFrame() >= 0, kDecodeTimeoutMs);
        key(view, Qt::Key_I);
        seekTo(view, 5);
        key(view, Qt::Key_O);
        QVERIFY2(view.progressText().startsWith(QStringLiteral("1 of")),
                 qPrintable(view.progressText()));
        key(view, Qt::Key_N);
        QCOMPARE(view.videoId(), fresh[1]);
        key(view, Qt::Key_N); // the first is labelled now: stays on the only one left
        QCOMPARE(view.videoId(), fresh[1]);
    }

    /** A new project over the same recordings; returns its folder and the grow video's id. */
    QString freshProject(const QString &name, qint64 *video)
    {
        const QString dir = m_dir.filePath(name);
        as::Project project = as::Project::create(dir.toStdString());
        as::NullProgressObserver quiet;
        const std::string videos = m_dir.filePath(QStringLiteral("videos")).toStdString();
        as::importFolderTree(project, videos, quiet, as::CancellationToken());
        *video = project.videoByPath(videos + "/grow/grow_001.avi")->id;
        return dir;
    }

    static void openAndShow(LabellingView &view, const QString &project, qint64 video)
    {
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setProject(project);
        QVERIFY(view.openVideo(video));
        QTRY_VERIFY_WITH_TIMEOUT(view.player()->currentFrame() >= 0, kDecodeTimeoutMs);
        view.setFocus();
    }

    /** Dragging a segment's edge with the mouse moves it, stops at the neighbour, undoes. */
    void mouseDragMovesAnEdge()
    {
        qint64 video = 0;
        const QString dir = freshProject(QStringLiteral("drag"), &video);
        std::int64_t cls = 0;
        {
            as::Project p = as::Project::open(dir.toStdString());
            cls = p.classes()[0].id;
            p.addSegment({0, video, 10, 30, cls, as::SegmentSource::Manual, -1.0});
            p.addSegment({0, video, 50, 60, cls, as::SegmentSource::Manual, -1.0});
        }
        LabellingView view;
        openAndShow(view, dir, video);
        as::ui::SegmentTimeline *line = view.timeline();
        const int y = line->height() / 2;
        auto drag = [&](int fromFrame, int toFrame) {
            QTest::mousePress(line, Qt::LeftButton, Qt::NoModifier, QPoint(line->xOf(fromFrame), y));
            QTest::mouseMove(line, QPoint(line->xOf(toFrame), y));
            QTest::mouseRelease(line, Qt::LeftButton, Qt::NoModifier, QPoint(line->xOf(toFrame), y));
        };
        const QString name = QString::fromStdString(as::Project::open(dir.toStdString()).classById(cls)->name);
        auto layout = [&] { return as::test::segmentLayout(as::Project::open(dir.toStdString()), video); };
        drag(30, 40); // the end edge of the first segment, 10 frames later
        QCOMPARE(layout(), QStringLiteral("10-40:%1 50-60:%1").arg(name));
        drag(10, 4); // its start edge, earlier
        QCOMPARE(layout(), QStringLiteral("4-40:%1 50-60:%1").arg(name));
        drag(40, 80); // past the next segment: stops at its start
        QCOMPARE(layout(), QStringLiteral("4-50:%1 50-60:%1").arg(name));
        QTest::keyClick(&view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(layout(), QStringLiteral("4-40:%1 50-60:%1").arg(name));
        QCOMPARE(view.undoStack()->undoText(), QStringLiteral("Move segment to 4-39"));
    }

    /** "/" finds a class by name, Enter makes it current; W labels the whole video; undo. */
    void findClassThenLabelTheWholeVideo()
    {
        qint64 video = 0;
        const QString dir = freshProject(QStringLiteral("whole"), &video);
        as::Project p = as::Project::open(dir.toStdString());
        const as::ClassInfo target = p.classes().back();
        LabellingView view;
        openAndShow(view, dir, video);
        p.setVideoClass(video, 0); // imported from a folder tree it had its folder's class
        key(view, Qt::Key_Slash);
        QVERIFY(view.classPanel()->filter()->hasFocus());
        QTest::keyClicks(view.classPanel()->filter(),
                         QString::fromStdString(target.name).left(4).toUpper());
        QTest::keyClick(view.classPanel()->filter(), Qt::Key_Return);
        QCOMPARE(view.currentClass(), qint64(target.id));
        QVERIFY(view.hasFocus()); // the keyboard is back on the view
        key(view, Qt::Key_W);
        QCOMPARE(p.video(video)->classId, target.id);
        key(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(p.video(video)->classId, std::int64_t(0));
        key(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(p.video(video)->classId, target.id);
        key(view, Qt::Key_W); // again: takes it away
        QCOMPARE(p.video(video)->classId, std::int64_t(0));

        // The reviewed mark is stored at once.
        QVERIFY(!p.video(video)->reviewed);
        view.reviewedBox()->click();
        QVERIFY(p.video(video)->reviewed);
    }

    /** Recolour and delete: delete says what it affects and does nothing unless confirmed. */
    void classesRecolourAndDeleteAfterConfirmation()
    {
        qint64 video = 0;
        const QString dir = freshProject(QStringLiteral("classes"), &video);
        as::Project p = as::Project::open(dir.toStdString());
        const as::ClassInfo first = p.classes()[0];
        p.addSegment({0, video, 0, 20, first.id, as::SegmentSource::Manual, -1.0});
        p.addSegment({0, video, 40, 60, first.id, as::SegmentSource::Manual, -1.0});
        const int classesBefore = int(p.classes().size());
        LabellingView view;
        openAndShow(view, dir, video);
        as::ui::ClassListPanel *panel = view.classPanel();
        panel->setCurrentRow(0);

        panel->setAskColor([](const QColor &) { return QColor(QStringLiteral("#123456")); });
        panel->recolourCurrent();
        QCOMPARE(p.classById(first.id)->colour, std::string("#123456"));
        QCOMPARE(view.timeline()->segments().first().color, QColor(QStringLiteral("#123456")));

        QString asked;
        panel->setConfirm([&](const QString &, const QString &question) {
            asked = question;
            return false;
        });
        panel->deleteCurrent();
        // (Plural forms come from the translation, which this test does not load.)
        QVERIFY2(asked.contains(QRegularExpression(QStringLiteral("1 video\\S* labelled"))),
                 qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("Segments removed: 2 (in videos: 1)")),
                 qPrintable(asked));
        QCOMPARE(int(p.classes().size()), classesBefore); // not confirmed: nothing changed
        QCOMPARE(p.segments(video).size(), std::size_t(2));

        panel->setConfirm([](const QString &, const QString &) { return true; });
        panel->deleteCurrent();
        QCOMPARE(int(p.classes().size()), classesBefore - 1);
        QVERIFY(!p.classById(first.id));
        QVERIFY(p.segments(video).empty());
        QVERIFY(view.timeline()->segments().isEmpty());
        QCOMPARE(view.undoStack()->count(), 0); // segments were rewritten behind it
        QCOMPARE(panel->list()->count(), classesBefore - 1);
    }

    /**
     * The review queue: P shows the most uncertain proposal (opening its video), A accepts,
     * a number key corrects, X rejects; each moves on to the next most uncertain.
     */
    void reviewQueueAcceptsCorrectsRejectsByOneKey()
    {
        qint64 grow = 0;
        const QString dir = freshProject(QStringLiteral("review"), &grow);
        as::Project p = as::Project::open(dir.toStdString());
        const std::vector<as::ClassInfo> classes = p.classes();
        const qint64 still = p.videoByPath(
            m_dir.filePath(QStringLiteral("videos/still/still_001.avi")).toStdString())->id;
        using as::SegmentSource;
        const std::int64_t sure = p.addSegment({0, grow, 0, 30, classes[0].id, SegmentSource::Model, 0.9});
        const std::int64_t unsure = p.addSegment({0, still, 10, 40, classes[0].id, SegmentSource::Model, 0.4});
        const std::int64_t middle = p.addSegment({0, grow, 50, 80, classes[0].id, SegmentSource::Model, 0.6});
        LabellingView view;
        openAndShow(view, dir, grow);
        QVERIFY(view.progressText().contains(QStringLiteral("3 proposal")));

        key(view, Qt::Key_A); // nothing selected: refused
        QVERIFY(view.message().contains(QStringLiteral("Select a model proposal")));
        key(view, Qt::Key_P); // the least sure first, in the other video
        QCOMPARE(view.videoId(), still);
        QCOMPARE(view.selectedSegment(), qint64(unsure));
        QVERIFY2(view.message().contains(QStringLiteral("40 % sure")), qPrintable(view.message()));
        key(view, Qt::Key_A);
        QCOMPARE(p.segment(unsure)->source, SegmentSource::Manual);
        QCOMPARE(p.segment(unsure)->classId, classes[0].id);
        QCOMPARE(view.selectedSegment(), qint64(middle)); // moved on by itself
        QCOMPARE(view.videoId(), grow);
        key(view, Qt::Key_2); // correct it: class 2
        QCOMPARE(p.segment(middle)->source, SegmentSource::Manual);
        QCOMPARE(p.segment(middle)->classId, classes[1].id);
        QCOMPARE(view.selectedSegment(), qint64(sure));
        key(view, Qt::Key_X);
        QVERIFY(!p.segment(sure));
        QVERIFY(p.modelProposals().empty());
        QVERIFY(view.message().contains(QStringLiteral("No model proposals left")));
        key(view, Qt::Key_Z, Qt::ControlModifier); // the rejection undoes like any edit
        QCOMPARE(p.segment(sure)->source, SegmentSource::Model);
    }

    /**
     * "Propose segments" in the view: a trained model scans the open video in the worker and
     * its proposals land in the database and on the timeline, ready for the review queue.
     */
    void proposeFillsTheReviewQueue()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo"));
        as::test::prepareTinyDemo(demo);
        const QString run = as::test::trainTinyRun(demo, 1, QStringLiteral("propose-tiny"));
        QVERIFY(!run.isEmpty());
        as::Project p = as::Project::open(demo.toStdString());
        const std::int64_t video = p.videos().front().id;
        LabellingView view;
        openAndShow(view, demo, video);
        QTRY_VERIFY_WITH_TIMEOUT(!view.proposalBar()->source().isEmpty(), 20000);
        QCOMPARE(view.proposalBar()->source(), run); // the project's run, listed in a worker
        QSignalSpy finished(view.proposalBar()->controller(),
                            &as::ui::ProposalController::finished);
        // Confidence 0: a one-epoch model is unsure, and every stretch should be proposed.
        QVERIFY(view.proposalBar()->propose(run, {video}, 0.0));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(3).toString(), QString());
        QCOMPARE(finished.first().at(0).toInt(), 1);
        const std::vector<as::SegmentRecord> proposals = p.modelProposals();
        QVERIFY(!proposals.empty());
        for (const as::SegmentRecord &s : proposals) {
            QCOMPARE(s.videoId, video);
            QVERIFY(s.confidence >= 0.0 && s.confidence <= 1.0);
        }
        QCOMPARE(view.timeline()->segments().size(), qsizetype(proposals.size()));
        QVERIFY(view.timeline()->segments().first().proposal);
        QVERIFY2(view.message().contains(QStringLiteral("press P")), qPrintable(view.message()));
        key(view, Qt::Key_P);
        QCOMPARE(view.selectedSegment(), qint64(proposals.front().id));
        QTRY_COMPARE_WITH_TIMEOUT(view.player()->currentFrame(), proposals.front().startFrame,
                                  kDecodeTimeoutMs);
        as::test::saveScreenshot(&view, QStringLiteral("panel-labelling-review.png"));
    }

    /**
     * Labelling throughput on a scripted keyboard session over a 40 s 320×240 recording: for
     * each segment skip 1 s (Shift+Right), I, forward 2 s (Shift+Right twice), O, a class key.
     * After every seek key the test waits until the player shows the frame asked for: that
     * wait is the time a user would spend waiting on decode. Prints segments per minute of
     * the app's own time and the decode waits; asserts every segment is stored as keyed.
     */
    void scriptedSessionThroughput()
    {
        as::SynthSequenceOptions options;
        options.outputPath = m_dir.filePath(QStringLiteral("session.avi")).toStdString();
        options.synth.width = 320;
        options.synth.height = 240;
        options.synth.frames = 32;
        for (int i = 0; i < 10; ++i)
            options.segments.push_back({i % 2 ? "grow" : "move_left", 4.0});
        const as::SynthSequence sequence = as::writeSynthMotionSequence(options);
        const QString dir = m_dir.filePath(QStringLiteral("throughput"));
        std::int64_t video = 0;
        {
            as::Project p = as::Project::create(dir.toStdString());
            p.addClass("move_left");
            p.addClass("grow");
            as::VideoRecord v;
            v.path = sequence.path;
            v.fps = sequence.fps;
            v.frameCount = int(sequence.frameCount);
            v.width = sequence.width;
            v.height = sequence.height;
            v.status = as::VideoStatus::Ready;
            video = p.upsertVideo(v);
        }
        LabellingView view;
        openAndShow(view, dir, video);
        const int second = qRound(sequence.fps);
        QVector<double> waitsMs;
        QElapsedTimer wait;
        auto seekKey = [&](int expected) {
            wait.start();
            key(view, Qt::Key_Right, Qt::ShiftModifier);
            QTRY_COMPARE_WITH_TIMEOUT(view.player()->currentFrame(), expected, kDecodeTimeoutMs);
            waitsMs << wait.nsecsElapsed() / 1e6;
        };
        QElapsedTimer session;
        session.start();
        int frame = 0;
        int made = 0;
        QStringList expected;
        while (frame + 4 * second < int(sequence.frameCount)) {
            seekKey(frame += second);
            key(view, Qt::Key_I);
            seekKey(frame += second);
            seekKey(frame += second);
            key(view, Qt::Key_O);
            const int cls = made % 2 + 1;
            key(view, Qt::Key(Qt::Key_0 + cls));
            expected << QStringLiteral("%1-%2:%3")
                            .arg(frame - 2 * second)
                            .arg(frame + 1)
                            .arg(cls == 1 ? QStringLiteral("move_left") : QStringLiteral("grow"));
            ++made;
        }
        const double minutes = session.nsecsElapsed() / 6e10;
        QCOMPARE(as::test::segmentLayout(as::Project::open(dir.toStdString()), video),
                 expected.join(QLatin1Char(' ')));
        std::sort(waitsMs.begin(), waitsMs.end());
        const double median = waitsMs[waitsMs.size() / 2];
        const double p90 = waitsMs[waitsMs.size() * 9 / 10];
        // A quick labeller presses a key every ~0.3 s: 6 keys a segment.
        const double keysSecondsPerSegment = 6 * 0.3;
        const double appSecondsPerSegment = minutes * 60 / made;
        qInfo("throughput: %d segments (6 keys each) in %.2f s of app time = %.0f segments/min; "
              "decode wait after a 1 s seek: median %.1f ms, p90 %.1f ms, max %.1f ms over %lld "
              "seeks; at 0.3 s a key a person labels %.1f segments/min (app time %.0f %% of it)",
              made, minutes * 60, made / minutes, median, p90, waitsMs.last(),
              qint64(waitsMs.size()), 60 / (keysSecondsPerSegment + appSecondsPerSegment),
              100 * appSecondsPerSegment / (keysSecondsPerSegment + appSecondsPerSegment));
    }

    /** The time-left estimate: active time between edits, pauses left out, per video done. */
    void paceEstimatesTimeLeft()
    {
        as::ui::LabellingPace pace;
        pace.start(10);
        QCOMPARE(pace.minutesLeft(10), -1.0);
        pace.noteEdit(0, 10);
        pace.noteEdit(30000, 10);
        pace.noteEdit(60000, 9);                              // one video in one minute
        pace.noteEdit(60000 + 10 * 60000, 9);                 // a 10-minute pause: not counted
        pace.noteEdit(60000 + 10 * 60000 + 60000, 8);         // the second, one more minute
        QCOMPARE(pace.videosDone(), 2);
        QCOMPARE(pace.activeMs(), qint64(120000));
        QCOMPARE(pace.minutesLeft(8), 8.0);
    }

    /** The process killedSessionLosesNothingCommitted kills: labels until it is killed. */
    void childSession()
    {
        const QStringList spec =
            qEnvironmentVariable("ACTIONSTUDIO_LABEL_CHILD").split(QLatin1Char('|'));
        if (spec.size() != 2)
            QSKIP("run by killedSessionLosesNothingCommitted");
        LabellingView view;
        view.show();
        view.setProject(spec[0]);
        QVERIFY(view.openVideo(spec[1].toLongLong()));
        QTRY_VERIFY_WITH_TIMEOUT(view.player()->currentFrame() >= 0, kDecodeTimeoutMs);
        QTextStream out(stdout);
        for (int start = 0; start + 2 < 100; start += 3) {
            seekTo(view, start);
            key(view, Qt::Key_I);
            seekTo(view, start + 1);
            key(view, Qt::Key_O);
            // Shown (the timeline has it) means committed: report it.
            QCOMPARE(view.timeline()->segments().size(), qsizetype(start / 3 + 1));
            out << "made " << start << '-' << start + 2 << Qt::endl;
        }
        QTest::qWait(60000); // the parent kills us long before
    }
};

QTEST_MAIN(TestGuiLabelling)
#include "testgui_labelling.moc"
