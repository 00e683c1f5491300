// Tests of the live recognition panel on the offscreen platform: a tiny trained run plays
// SynthMotion video files through the real LiveSession. Frames are shown, windows are
// recognised into the overlay, the top-5 bars and the timeline, predictions are recorded to
// CSV, a snapshot is written, a source is replaced and stopped, and a bad file or a missing
// camera stops cleanly with a banner that names it. A screenshot is taken mid-play.

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "core/data/synthmotion.h"
#include "core/train/runweightsexport.h"
#include "guitesthelpers.h"
#include "ui/live/actiontimeline.h"
#include "ui/live/livepanel.h"
#include "ui/live/livesourcechooser.h"
#include "ui/live/livevideoview.h"
#include "ui/live/recognitionsettings.h"
#include "ui/live/scorebarsview.h"
#include "ui/widgets/banner.h"

using namespace as::ui;

namespace {

constexpr int kStartTimeoutMs = 60 * 1000;
constexpr int kPlayTimeoutMs = 60 * 1000;

QString firstVideoUnder(const QString &dir)
{
    QDirIterator it(dir, {QStringLiteral("*.avi")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

as::LiveSourceSpec fileSource(const QString &path, bool realTime)
{
    as::LiveSourceSpec spec;
    spec.kind = as::LiveSourceSpec::Kind::File;
    spec.location = path.toStdString();
    spec.realTime = realTime;
    return spec;
}

} // namespace

class TestGuiLive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectDir;
    QString m_runDir;
    QString m_shortVideo; // the demo's own: 16 frames at 64×48
    QString m_longVideo; // 3 s at 160×120, to watch it play

    /** A panel on the project with the tiny run listed and chosen. */
    void openPanel(LivePanel &panel)
    {
        panel.setProject(m_projectDir);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.runDirs().isEmpty(), 20000);
        QVERIFY(panel.runDirs().contains(m_runDir));
        panel.openRun(m_runDir);
        QCOMPARE(panel.currentRunDir(), m_runDir);
        panel.resize(1600, 1000);
        panel.show();
    }

private Q_SLOTS:
    void initTestCase()
    {
        as::test::initGuiTestSettings("testgui_live");
        QVERIFY(m_dir.isValid());
        m_projectDir = m_dir.filePath(QStringLiteral("demo"));
        as::test::prepareTinyDemo(m_projectDir);
        m_runDir = as::test::trainTinyRun(m_projectDir, 1, QStringLiteral("live-tiny"));
        QVERIFY(!m_runDir.isEmpty());
        m_shortVideo = firstVideoUnder(m_projectDir + QStringLiteral("/synthmotion"));
        QVERIFY(!m_shortVideo.isEmpty());

        as::SynthMotionOptions synth;
        synth.outputDir = m_dir.filePath(QStringLiteral("long")).toStdString();
        synth.width = 160;
        synth.height = 120;
        synth.frames = 75;
        synth.clipsPerClass = 1;
        synth.testFraction = 0.0;
        as::NullProgressObserver observer;
        as::generateSynthMotion(synth, observer, as::CancellationToken());
        m_longVideo = firstVideoUnder(m_dir.filePath(QStringLiteral("long")));
        QVERIFY(!m_longVideo.isEmpty());
    }

    void playsFileRecordsAndSnapshots()
    {
        LivePanel panel;
        openPanel(panel);
        QSignalSpy started(&panel, &LivePanel::started);
        QSignalSpy stopped(&panel, &LivePanel::stopped);

        const QString csv = m_dir.filePath(QStringLiteral("predictions.csv"));
        panel.setRecordingFile(csv);
        auto *record = panel.findChild<QToolButton *>(QStringLiteral("recordButton"));
        QVERIFY(record);
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(panel.recordAction()->isChecked());

        // Choose the file in the fields, a stride of 2 frames, and press Start.
        LiveSourceChooser *chooser = panel.sourceChooser();
        chooser->fileEdit()->clear();
        QTest::keyClicks(chooser->fileEdit(), m_longVideo);
        chooser->realTimeCheck()->setChecked(true);
        panel.recognitionSettings()->strideSpin()->setValue(2);
        auto *start = panel.findChild<QToolButton *>(QStringLiteral("startButton"));
        QVERIFY(start);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kStartTimeoutMs);
        QVERIFY(panel.isPlaying());

        // Mid-play (about 1.6 s in, so that the rates are measured): frames and windows are
        // on screen.
        QTRY_VERIFY_WITH_TIMEOUT((panel.predictionsShown() >= 2 && panel.framesShown() >= 40)
                                     || !stopped.isEmpty(),
                                 kPlayTimeoutMs);
        QVERIFY(panel.framesShown() > 0);
        as::test::saveScreenshot(&panel, QStringLiteral("panel-live.png"));

        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, kPlayTimeoutMs);
        QCOMPARE(stopped.first().first().toBool(), false);
        QVERIFY(!panel.isPlaying());
        QVERIFY2(panel.framesShown() > 10, qPrintable(QString::number(panel.framesShown())));
        QVERIFY(panel.predictionsShown() >= 1);
        QVERIFY(!panel.currentActionText().isEmpty()); // a class name or "no action"
        QVERIFY(!panel.scoreBars()->scores().isEmpty());
        QVERIFY(panel.scoreBars()->scores().size() <= 5);
        QVERIFY(!panel.timeline()->segments().isEmpty());
        QVERIFY(panel.timeline()->segments().last().endSeconds > 0.0);
        QVERIFY(!panel.videoView()->frame().isNull());
        QCOMPARE(panel.videoView()->frame().size(), QSize(160, 120));

        // The recording holds a header and one row per prediction shown.
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(!panel.recordAction()->isChecked());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QVERIFY(lines.first().startsWith("window,start_seconds,end_seconds,label,confidence"));
        QCOMPARE(lines.size() - 1, int(panel.predictionsShown()));
        QCOMPARE(lines.at(1).split(',').size() >= 7, true);

        // Snapshot: the last frame with its overlay, scaled up to be readable.
        const QString png = m_dir.filePath(QStringLiteral("snapshot.png"));
        QVERIFY(panel.snapshotAction()->isEnabled());
        QVERIFY(panel.saveSnapshot(png));
        QImage snapshot(png);
        QVERIFY(!snapshot.isNull());
        QCOMPARE(snapshot.width(), 640);
        QCOMPARE(snapshot.height(), 480);
    }

    void replacesAndStopsSource()
    {
        LivePanel panel;
        openPanel(panel);
        QSignalSpy started(&panel, &LivePanel::started);
        QSignalSpy stopped(&panel, &LivePanel::stopped);

        QVERIFY(panel.startSource(fileSource(m_longVideo, true)));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kStartTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel.framesShown() > 0, kPlayTimeoutMs);

        // Start on a new source replaces the playing one (the model stays loaded).
        QVERIFY(panel.startSource(fileSource(m_shortVideo, false)));
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.first().first().toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, kStartTimeoutMs);
        QCOMPARE(QString::fromStdString(panel.sourceChooser()->source().location), m_shortVideo);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 2, kPlayTimeoutMs);
        QCOMPARE(stopped.last().first().toBool(), false);
        QVERIFY(panel.framesShown() > 0);
        QVERIFY(panel.framesShown() <= 16);

        // Stop (Shift+F9 action) ends a playing source at once.
        QVERIFY(panel.startSource(fileSource(m_longVideo, true)));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 3, kStartTimeoutMs);
        QVERIFY(panel.stopAction()->isEnabled());
        QCOMPARE(panel.stopAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F9));
        panel.stopAction()->trigger();
        QCOMPARE(stopped.count(), 3);
        QCOMPARE(stopped.last().first().toBool(), false);
        QVERIFY(!panel.isPlaying());
        QVERIFY(!panel.banner()->isVisible());
    }

    /** Exported weights with their card are a model of their own: chosen, they play. */
    void playsExportedWeights()
    {
        const QString weights = m_dir.filePath(QStringLiteral("live-tiny.pt"));
        as::exportRunWeights(m_runDir.toStdString(), true, weights.toStdString());
        LivePanel panel;
        openPanel(panel);
        QVERIFY(panel.findChild<QToolButton *>(QStringLiteral("weightsButton")));
        auto *checkpoint = panel.findChild<QComboBox *>(QStringLiteral("checkpointCombo"));
        QVERIFY(checkpoint->isEnabled());
        panel.openRun(weights);
        QCOMPARE(panel.currentRunDir(), weights);
        QVERIFY(!checkpoint->isEnabled()); // one set of weights: no best or last
        QSignalSpy started(&panel, &LivePanel::started);
        QSignalSpy stopped(&panel, &LivePanel::stopped);
        QVERIFY(panel.startSource(fileSource(m_shortVideo, false)));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kStartTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, kPlayTimeoutMs);
        QCOMPARE(stopped.first().first().toBool(), false);
        QCOMPARE(panel.banner()->kind(), Banner::Kind::Information);
        QVERIFY2(panel.banner()->text().contains(QStringLiteral("ended after 16 frame")),
                 qPrintable(panel.banner()->text()));
        QVERIFY(panel.predictionsShown() >= 1);
    }

    void badSourcesStopWithBanner()
    {
        LivePanel panel;
        openPanel(panel);
        QSignalSpy stopped(&panel, &LivePanel::stopped);

        const QString broken = m_dir.filePath(QStringLiteral("broken.mp4"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        QVERIFY(panel.startSource(fileSource(broken, true)));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, kStartTimeoutMs);
        QCOMPARE(stopped.first().first().toBool(), true);
        QVERIFY(panel.banner()->isVisible());
        QCOMPARE(panel.banner()->kind(), Banner::Kind::Error);
        QVERIFY2(panel.banner()->text().contains(QStringLiteral("broken.mp4")),
                 qPrintable(panel.banner()->text()));
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
        QVERIFY(!panel.isPlaying());

        // A camera that is not there: a banner naming it and Retry.
        as::LiveSourceSpec camera;
        camera.kind = as::LiveSourceSpec::Kind::Camera;
        camera.location = "63";
        QVERIFY(panel.startSource(camera));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 2, kStartTimeoutMs);
        QCOMPARE(stopped.last().first().toBool(), true);
        QVERIFY2(panel.banner()->text().contains(QStringLiteral("camera 63")),
                 qPrintable(panel.banner()->text()));
        auto *retry = panel.findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 3, kStartTimeoutMs);
        QCOMPARE(stopped.last().first().toBool(), true);
    }
};

QTEST_MAIN(TestGuiLive)
#include "testgui_live.moc"
