// The labelling view driven by key events (issue 7): open a video, I/O marks, class keys, undo,
// redo, split, merge, delete; the database is read back with a second connection after each
// step, so what the test sees is what a crash would leave.

#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

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
};

QTEST_MAIN(TestGuiLabelling)
#include "testgui_labelling.moc"
