// Tests of the desktop UI on the offscreen platform: the main window prepares a (small) demo
// project in a worker and shows its classes and videos, trains with live loss and accuracy
// charts, stops on request, reports a bad project folder clearly, and speaks Chinese.
// A screenshot taken during training is written for people to look at.

#include <cmath>

#include <QAction>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include "core/data/synthmotion.h"
#include "testutil.h"
#include "ui/dataset/classlistmodel.h"
#include "ui/dataset/datasetpanel.h"
#include "ui/dataset/videotablemodel.h"
#include "ui/mainwindow.h"
#include "ui/training/accuracychartview.h"
#include "ui/training/losschartview.h"
#include "ui/training/trainingcontroller.h"
#include "ui/training/trainingpanel.h"

using namespace as::ui;

namespace {

constexpr int kClipsPerClass = 4;
constexpr int kOpenTimeoutMs = 180 * 1000;
constexpr int kTrainTimeoutMs = 240 * 1000;

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("TEST_SCREENSHOT_DIR");
    return dir.isEmpty() ? QStringLiteral(ACTIONSTUDIO_BINARY_DIR) : dir;
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    TrainingPanel *panel() const { return m_window->trainingPanel(); }
    QPushButton *button(const char *name) const
    {
        return panel()->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    void setSpinBox(const char *name, int value) const
    {
        auto *box = panel()->findChild<QSpinBox *>(QString::fromLatin1(name));
        QVERIFY2(box, name);
        box->setValue(value);
    }
    /** A recipe small enough for a few seconds per epoch on two CPU cores. */
    void setTinyRecipe(int epochs) const
    {
        setSpinBox("epochsSpinBox", epochs);
        setSpinBox("batchSizeSpinBox", 8);
        setSpinBox("clipFramesSpinBox", 4);
        setSpinBox("frameIntervalSpinBox", 2);
        setSpinBox("cropSizeSpinBox", 32);
        auto *lr = panel()->findChild<QDoubleSpinBox *>(QStringLiteral("learningRateSpinBox"));
        QVERIFY(lr);
        lr->setValue(0.05);
    }

    void saveScreenshot(const QString &name) const
    {
        const QImage shot = m_window->grab().toImage();
        QVERIFY(!shot.isNull());
        const QString file = screenshotDir() + QLatin1Char('/') + name;
        QVERIFY2(shot.save(file), qPrintable(file));
        qInfo("screenshot: %s", qPrintable(file));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings (window geometry) go to a test location, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ActionStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("testgui"));
        QSettings().clear(); // the window layout a previous run left
        QVERIFY(m_dir.isValid());
    }

    void preparesAndOpensTheDemoProject()
    {
        MainWindow::Options options;
        options.demoDir = m_dir.filePath(QStringLiteral("demo"));
        options.demo.synth.width = 64;
        options.demo.synth.height = 48;
        options.demo.synth.frames = 16;
        options.demo.synth.clipsPerClass = kClipsPerClass;
        options.demo.synth.testFraction = 0.25;
        options.demo.cacheShortSide = 48;
        m_window = std::make_unique<MainWindow>(options);
        m_window->resize(1360, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        QSignalSpy progress(m_window->demoController(), &DemoProjectController::progress);
        m_window->start();
        // Preparing runs in a worker: the window is still responsive and shows progress.
        QVERIFY(m_window->demoController()->isRunning());
        QVERIFY(!button("trainButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, kOpenTimeoutMs);
        QVERIFY(progress.count() > 0);
        QCOMPARE(opened.at(0).at(0).toString(), QDir(options.demoDir).absolutePath());

        // The ten SynthMotion classes, in label order, each with its videos.
        const ClassListModel *classes = m_window->datasetPanel()->classModel();
        const std::vector<std::string> &names = as::synthMotionClasses();
        QCOMPARE(classes->rowCount(), static_cast<int>(names.size()));
        QCOMPARE(classes->rowCount(), 10);
        for (int row = 0; row < classes->rowCount(); ++row) {
            QCOMPARE(classes->index(row, ClassListModel::NameColumn).data().toString(),
                     QString::fromStdString(names[row]));
            QCOMPARE(classes->classAt(row).videos, kClipsPerClass);
            QVERIFY(classes->classAt(row).train > 0);
            QVERIFY(classes->classAt(row).test > 0);
        }

        // Every video is listed, probed and usable.
        const VideoTableModel *videos = m_window->datasetPanel()->videoModel();
        QCOMPARE(videos->rowCount(), 10 * kClipsPerClass);
        for (int row = 0; row < videos->rowCount(); ++row) {
            const VideoRow &video = videos->videoAt(row);
            QVERIFY2(video.status != VideoRow::Status::Error, qPrintable(video.error));
            QCOMPARE(video.frames, 16);
            QCOMPARE(video.width, 64);
            QVERIFY(!video.className.isEmpty());
        }

        // The filter narrows the table to one class's videos.
        m_window->datasetPanel()->filterEdit()->setText(QStringLiteral("move_left"));
        QCOMPARE(m_window->datasetPanel()->videoProxy()->rowCount(), kClipsPerClass);
        m_window->datasetPanel()->filterEdit()->clear();
        QCOMPARE(m_window->datasetPanel()->videoProxy()->rowCount(), 10 * kClipsPerClass);

        QVERIFY(button("trainButton")->isEnabled());
        QVERIFY(!button("stopButton")->isEnabled());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo")));
    }

    void keyboardShortcuts()
    {
        QVERIFY(panel()->trainAction()->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        QVERIFY(panel()->stopAction()->shortcuts().contains(QKeySequence(Qt::Key_Escape)));
        QVERIFY(panel()->stopAction()->shortcuts().contains(QKeySequence(Qt::SHIFT | Qt::Key_F5)));
        QStringList shortcuts;
        for (QAction *action : m_window->findChildren<QAction *>())
            shortcuts.append(action->shortcut().toString());
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+O")));
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+Q")));
    }

    void trainsWithLiveCharts()
    {
        if (!m_window)
            QSKIP("the demo project did not open");
        setTinyRecipe(2);
        QSignalSpy finished(panel(), &TrainingPanel::trainingFinished);
        QSignalSpy iterations(panel()->controller(), &TrainingController::iterationsReady);
        QTest::mouseClick(button("trainButton"), Qt::LeftButton);
        QVERIFY(panel()->isTraining());
        QVERIFY(!button("trainButton")->isEnabled());
        QVERIFY(button("stopButton")->isEnabled());

        // Loss and accuracy arrive while the run is going on, not only at its end.
        QTRY_VERIFY_WITH_TIMEOUT(panel()->lossChart()->rawSeries()->count() > 0, kTrainTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->accuracyChart()->valTop1Series()->count() >= 1,
                                 kTrainTimeoutMs);
        if (finished.isEmpty()) {
            auto *rate = panel()->findChild<QLabel *>(QStringLiteral("rateLabel"));
            QVERIFY(rate && rate->text().contains(QStringLiteral("ETA")));
        }
        saveScreenshot(QStringLiteral("testgui-training.png"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTrainTimeoutMs);
        QVERIFY(!iterations.isEmpty());
        const auto summary = finished.at(0).at(0).value<as::RunSummary>();
        QVERIFY2(summary.outcome == as::RunOutcome::Finished, summary.error.c_str());
        QCOMPARE(summary.epochsCompleted, 2);

        const LossChartView *loss = panel()->lossChart();
        QVERIFY(loss->rawSeries()->count() >= 2);
        QCOMPARE(loss->smoothedSeries()->count(), loss->rawSeries()->count());
        for (const QPointF &p : loss->rawSeries()->points())
            QVERIFY(p.y() > 0 && std::isfinite(p.y()));
        const AccuracyChartView *accuracy = panel()->accuracyChart();
        QCOMPARE(accuracy->trainTop1Series()->count(), 2);
        QCOMPARE(accuracy->valTop1Series()->count(), 2);
        QCOMPARE(accuracy->valTop1Series()->at(1).x(), 2.0);
        QVERIFY(accuracy->valTop1Series()->at(1).y() >= 0.0);
        QVERIFY(accuracy->valTop1Series()->at(1).y() <= 100.0);

        auto *progress = panel()->findChild<QProgressBar *>(QStringLiteral("iterationProgress"));
        QVERIFY(progress);
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(button("trainButton")->isEnabled());
        QVERIFY(!button("stopButton")->isEnabled());
    }

    void stops()
    {
        if (!m_window)
            QSKIP("the demo project did not open");
        setTinyRecipe(40);
        QSignalSpy finished(panel(), &TrainingPanel::trainingFinished);
        QTest::mouseClick(button("trainButton"), Qt::LeftButton);
        QVERIFY(panel()->isTraining());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->lossChart()->rawSeries()->count() >= 1, kTrainTimeoutMs);
        QVERIFY(panel()->isTraining());

        QTest::mouseClick(button("stopButton"), Qt::LeftButton);
        QVERIFY(!button("stopButton")->isEnabled()); // no second stop while stopping
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTrainTimeoutMs);
        const auto summary = finished.at(0).at(0).value<as::RunSummary>();
        QVERIFY(summary.outcome == as::RunOutcome::Cancelled);
        QVERIFY(summary.epochsCompleted < 40);
        auto *progress = panel()->findChild<QProgressBar *>(QStringLiteral("iterationProgress"));
        QVERIFY(progress->value() < progress->maximum());
        QVERIFY(!panel()->isTraining());
        QVERIFY(button("trainButton")->isEnabled());
        QVERIFY(!button("stopButton")->isEnabled());
        QVERIFY(panel()->trainAction()->isEnabled());
    }

    void badProjectFolderIsReportedClearly()
    {
        if (!m_window)
            QSKIP("the demo project did not open");
        const QString notAProject = m_dir.filePath(QStringLiteral("not-a-project"));
        QVERIFY(QDir().mkpath(notAProject));
        m_window->openProject(notAProject);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessageBox")))
                != nullptr,
            30000);
        QVERIFY2(box->text().contains(QStringLiteral("not-a-project")), qPrintable(box->text()));
        box->close();
        // The open project stays open.
        QCOMPARE(m_window->projectDir(),
                 QDir(m_dir.filePath(QStringLiteral("demo"))).absolutePath());
        QVERIFY(button("trainButton")->isEnabled());
    }

    void translationsLoad()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/actionstudio_zh_CN.qm")));
        QCOMPARE(zh.translate("as::ui::LossChartView", "Training loss"),
                 QStringLiteral("训练损失"));
        QCOMPARE(zh.translate("as::ui::MainWindow", "&Quit"), QStringLiteral("退出(&Q)"));

        QVERIFY(QCoreApplication::installTranslator(&zh));
        {
            TrainingPanel chinese;
            auto *train = chinese.findChild<QPushButton *>(QStringLiteral("trainButton"));
            QCOMPARE(train->text(), QStringLiteral("训练(&T)"));
        }
        QCoreApplication::removeTranslator(&zh);

        // The English translation only adds plural forms to the source strings.
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/actionstudio_en.qm")));
        QCOMPARE(en.translate("as::ui::DatasetPanel", "%n video(s)", nullptr, 1),
                 QStringLiteral("%n video"));
        QCOMPARE(en.translate("as::ui::DatasetPanel", "%n video(s)", nullptr, 40),
                 QStringLiteral("%n videos"));
    }

    void chineseTranslationIsComplete()
    {
        QFile ts(QStringLiteral(ACTIONSTUDIO_SOURCE_DIR "/translations/actionstudio_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QVERIFY(text.count(QStringLiteral("<message")) > 100);
        QVERIFY2(!text.contains(QStringLiteral("type=\"unfinished\"")),
                 "run `ninja update_translations` and translate the new strings");
        QVERIFY(!text.contains(QStringLiteral("type=\"vanished\"")));
        QVERIFY(!text.contains(QStringLiteral("<translation></translation>")));
    }

    void translationsKeepPlaceholders()
    {
        // A translation that loses a %1 or a %n shows the wrong number or none at all, one that
        // loses a tag shows raw HTML, one without its '&' has no accelerator; and every English
        // plural message needs both forms, so that no "(s)" reaches the screen.
        const QRegularExpression markPattern(QStringLiteral("%(?:\\d+|n)|</?[a-z][a-z0-9]*>|&"));
        const auto marks = [&](const QString &text) {
            QStringList list;
            QRegularExpressionMatchIterator it = markPattern.globalMatch(text);
            while (it.hasNext())
                list << it.next().captured();
            list.sort();
            return list;
        };
        QStringList problems;
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            QFile ts(QStringLiteral(ACTIONSTUDIO_SOURCE_DIR "/translations/actionstudio_%1.ts")
                         .arg(language));
            QVERIFY(ts.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&ts);
            QString context;
            QString source;
            QStringList texts; // the translation, or its plural forms
            bool numerus = false;
            int messages = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                    ++messages;
                    const QString where = language + QLatin1Char(' ') + context
                        + QLatin1String(": ") + source;
                    if (language == QLatin1String("en") && numerus
                        && (texts.size() != 2 || texts.contains(QString())
                            || texts.join(QString()).contains(QLatin1String("(s)"))
                            || texts.join(QString()).contains(QLatin1String("(es)"))))
                        problems << where + QLatin1String(" needs a singular and a plural form");
                    if (language == QLatin1String("zh_CN") && numerus && texts.size() != 1)
                        problems << where + QLatin1String(" needs exactly one plural form");
                    for (const QString &text : std::as_const(texts))
                        if (!text.isEmpty() && marks(text) != marks(source))
                            problems << where + QLatin1String(" -> ") + text;
                    continue;
                }
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1String("message")) {
                    numerus = xml.attributes().value(QLatin1String("numerus"))
                        == QLatin1String("yes");
                    texts.clear();
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation") && !numerus) {
                    texts << xml.readElementText();
                } else if (xml.name() == QLatin1String("numerusform")) {
                    texts << xml.readElementText();
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(messages > 100);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        if (m_window)
            m_window->close();
        m_window.reset();
    }
};

QTEST_MAIN(TestGui)
#include "testgui.moc"
