// The labelling view driven by key events (issue 7): open a video, I/O marks, class keys, undo,
// redo, split, merge, delete; the database is read back with a second connection after each
// step, so what the test sees is what a crash would leave.

#include <QFile>
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
#include "core/project/project.h"
#include "core/project/projectimporter.h"
#include "guitesthelpers.h"
#include "segmentlayout.h"
#include "ui/inspector/videoplayer.h"
#include "ui/labelling/labellingview.h"
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
