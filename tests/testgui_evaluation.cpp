// The evaluation view on a real finished run of the tiny demo: the heat map against the report
// files, clicking a cell, the per-class chart, the protocol labels, the top-5 of a clip, the
// top-5 of any video ("Predict a video…"), and regenerating a deleted test report through
// "Run test".

#include <QAbstractItemView>
#include <QAction>
#include <QBarSet>
#include <QDir>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/config/configio.h"
#include "core/train/evalreport.h"
#include "core/train/runevaluation.h"
#include "guitesthelpers.h"
#include "ui/evaluation/confusionheatmap.h"
#include "ui/evaluation/evaluationheader.h"
#include "ui/evaluation/evaluationview.h"
#include "ui/evaluation/perclassaccuracychart.h"
#include "ui/evaluation/testrunbar.h"
#include "ui/evaluation/toppredictionsview.h"
#include "ui/widgets/banner.h"

using as::ui::EvaluationView;

class TestGuiEvaluation : public QObject
{
    Q_OBJECT

private:
    /** Opens `runDir` in `view` and waits for the worker to have read it. */
    static bool openAndWait(EvaluationView &view, const QString &runDir)
    {
        QSignalSpy loaded(&view, &EvaluationView::runLoaded);
        view.openRun(runDir);
        return loaded.wait(30000);
    }

    QTemporaryDir m_dir;
    QString m_project;
    QString m_runDir;

private Q_SLOTS:
    void initTestCase()
    {
        as::test::initGuiTestSettings("testgui_evaluation");
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("demo"));
        as::test::prepareTinyDemo(m_project);
        m_runDir = as::test::trainTinyRun(m_project, 1, QStringLiteral("eval"));
        QVERIFY(QFileInfo::exists(m_runDir + QStringLiteral("/test/confusion.csv")));
    }

    void showsTheReportOfAFinishedRun()
    {
        const as::EvalReport report = as::readEvalReport((m_runDir + QStringLiteral("/test")).toStdString());
        const int classes = int(report.classNames.size());
        QVERIFY(classes >= 2);

        EvaluationView view;
        view.resize(1600, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(openAndWait(view, m_runDir));
        QVERIFY(view.data().hasReport);
        QVERIFY(!view.testRunBar()->isVisibleTo(&view));

        // Every cell of the heat map is the report's count.
        as::ui::ConfusionHeatMap *heat = view.heatMap();
        QCOMPARE(heat->classCount(), classes);
        int total = 0;
        for (int t = 0; t < classes; ++t)
            for (int p = 0; p < classes; ++p) {
                QCOMPARE(heat->count(t, p), report.confusion[t][p]);
                total += report.confusion[t][p];
            }
        QCOMPARE(total, report.samples);

        // Clicking a cell (a confusion when there is one) emits it and lists its clips.
        int cellTrue = -1;
        int cellPredicted = -1;
        for (const auto &[t, p, n] : as::mostConfusedPairs(report, 1)) {
            cellTrue = t;
            cellPredicted = p;
        }
        if (cellTrue < 0) {
            for (int t = 0; t < classes && cellTrue < 0; ++t)
                if (report.confusion[t][t] > 0)
                    cellTrue = cellPredicted = t;
        }
        QVERIFY(cellTrue >= 0);
        QSignalSpy activated(&view, &EvaluationView::cellActivated);
        const QRect cell = heat->cellRect(cellTrue, cellPredicted);
        QVERIFY(heat->rect().contains(cell));
        QTest::mouseClick(heat, Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), cellTrue);
        QCOMPARE(activated.at(0).at(1).toInt(), cellPredicted);
        QCOMPARE(heat->selectedCell(), QPoint(cellPredicted, cellTrue));
        QCOMPARE(view.cellClipTable()->rowCount(), report.confusion[cellTrue][cellPredicted]);
        // A click beside the matrix selects nothing.
        QTest::mouseClick(heat, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(activated.count(), 1);

        // Double-clicking a listed clip asks to play it.
        QSignalSpy play(&view, &EvaluationView::playRequested);
        QTableWidget *clips = view.cellClipTable();
        const QRect first = clips->visualRect(clips->model()->index(0, 0));
        QTest::mouseClick(clips->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseDClick(clips->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(play.count(), 1);
        const QString played = play.at(0).at(0).toString();
        QVERIFY(QFileInfo::exists(played));
        bool listed = false;
        for (const auto &prediction : report.predictions)
            listed |= QString::fromStdString(prediction.video) == played
                && prediction.label == cellTrue && prediction.predicted == cellPredicted;
        QVERIFY(listed);

        // One bar per class, the best at the top (bars are drawn bottom-up).
        QHorizontalBarSeries *series = view.perClassChart()->series();
        QCOMPARE(series->count(), 1);
        const QBarSet *bars = series->barSets().at(0);
        QCOMPARE(bars->count(), classes);
        QCOMPARE(view.perClassChart()->categories().size(), classes);
        for (int i = 1; i < bars->count(); ++i)
            QVERIFY(bars->at(i - 1) <= bars->at(i));

        // Every accuracy names its protocol; test and validation are told apart.
        const QString test = view.header()->testLabel()->text();
        const QString validation = view.header()->validationLabel()->text();
        QVERIFY(!test.isEmpty());
        QVERIFY(!validation.isEmpty());
        QVERIFY(test.contains(QLatin1String("clip")));
        QVERIFY(validation.contains(QLatin1String("clip")));
        QVERIFY(test.contains(QLatin1String("Test top-1")));
        QVERIFY(validation.contains(QLatin1String("Validation top-1")));
        QVERIFY(test.contains(QString::fromStdString(report.protocol).section(QLatin1Char(','), 0, 0)
                                  .replace(QLatin1String(" x "), QStringLiteral(" \u00d7 "))));

        // The most confused pairs, and every clip's prediction.
        QCOMPARE(view.pairTable()->rowCount(), int(as::mostConfusedPairs(report, 50).size()));
        QTableWidget *predictions = view.predictionTable();
        QCOMPARE(predictions->rowCount(), int(report.predictions.size()));

        // Selecting a clip shows its top-5, most probable first, the first being its prediction.
        predictions->setCurrentCell(predictions->rowCount() - 1, 0);
        const auto &entries = view.topPredictions()->entries();
        QCOMPARE(entries.size(), std::min(5, classes));
        for (int i = 1; i < entries.size(); ++i)
            QVERIFY(entries[i - 1].probability >= entries[i].probability);
        QCOMPARE(entries[0].className, predictions->item(predictions->rowCount() - 1, 2)->text());
        QCOMPARE(view.topPredictions()->clipName(),
                 predictions->item(predictions->rowCount() - 1, 0)->text());

        // The validation protocol is the core's own wording (no copy of the model registry).
        const as::ExperimentConfig config =
            as::loadConfig((m_runDir + QStringLiteral("/config.yaml")).toStdString());
        QVERIFY(validation.contains(
            QString::fromStdString(as::validationProtocol(config))
                .replace(QLatin1String(" x "), QStringLiteral(" \u00d7 "))
                .toHtmlEscaped()));
    }

    void predictsTheTopFiveOfAnyVideo()
    {
        const as::EvalReport report =
            as::readEvalReport((m_runDir + QStringLiteral("/test")).toStdString());
        QVERIFY(!report.predictions.empty());
        const QStringList classes = [&] {
            QStringList names;
            for (const std::string &name : report.classNames)
                names << QString::fromStdString(name);
            return names;
        }();

        EvaluationView view;
        view.resize(1600, 1000);
        QVERIFY(!view.predictButton()->isEnabled()); // no run yet
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(openAndWait(view, m_runDir));
        QVERIFY(view.predictButton()->isEnabled());
        const QAction *action = view.findChild<QAction *>(QStringLiteral("predictVideoAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

        // One of the demo's videos: five scores, best first, from the run's classes.
        const QString video = QString::fromStdString(report.predictions.back().video);
        QVERIFY(QFileInfo::exists(video));
        QSignalSpy predicted(&view, &EvaluationView::videoPredicted);
        view.predictVideo(video);
        QVERIFY(view.isBusy());
        const auto *progress = view.findChild<QProgressBar *>(QStringLiteral("predictProgress"));
        QVERIFY(progress && progress->isVisibleTo(&view));
        QVERIFY(view.predictCancelButton()->isVisibleTo(&view));
        QVERIFY(!view.predictButton()->isEnabled());
        QVERIFY(predicted.wait(60000));
        QCOMPARE(predicted.at(0).at(0).toString(), video);
        QVERIFY(!view.isBusy());
        QVERIFY(!view.predictCancelButton()->isVisibleTo(&view));
        QVERIFY(view.predictButton()->isEnabled());
        const auto &entries = view.topPredictions()->entries();
        QCOMPARE(entries.size(), std::min(5, int(classes.size())));
        double sum = 0.0;
        QStringList seen;
        for (int i = 0; i < entries.size(); ++i) {
            QVERIFY2(classes.contains(entries[i].className), qPrintable(entries[i].className));
            QVERIFY(!seen.contains(entries[i].className));
            seen << entries[i].className;
            QVERIFY(entries[i].probability >= 0.0);
            if (i > 0)
                QVERIFY(entries[i - 1].probability >= entries[i].probability);
            sum += entries[i].probability;
        }
        QVERIFY(sum > 0.0);
        QVERIFY(sum <= 1.0 + 1e-6);
        QCOMPARE(view.topPredictions()->clipName(), QFileInfo(video).fileName());

        // A cancelled prediction is discarded: the last result stays.
        view.predictVideo(video);
        QTest::mouseClick(view.predictCancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        QCOMPARE(view.banner()->kind(), as::ui::Banner::Kind::Information);
        QCOMPARE(predicted.count(), 1);
        QVERIFY(view.topPredictions()->entries().isEmpty());

        // A text file named .mp4: the banner names it, nothing is predicted.
        const QString fake = m_dir.filePath(QStringLiteral("not-a-video.mp4"));
        {
            QFile file(fake);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("this is not a video\n");
        }
        view.predictVideo(fake);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        QVERIFY(view.banner()->isVisibleTo(&view));
        QCOMPARE(view.banner()->kind(), as::ui::Banner::Kind::Error);
        QVERIFY2(view.banner()->text().contains(QLatin1String("not-a-video.mp4")),
                 qPrintable(view.banner()->text()));
        QCOMPARE(predicted.count(), 1);

        // The screenshot: a confused cell's clips and a predicted video's top-5.
        view.banner()->hide();
        int cellTrue = 0;
        int cellPredicted = 0;
        for (const auto &[t, p, n] : as::mostConfusedPairs(report, 1)) {
            cellTrue = t;
            cellPredicted = p;
        }
        view.heatMap()->activateCell(cellTrue, cellPredicted);
        view.predictVideo(video);
        QVERIFY(predicted.wait(60000));
        as::test::saveScreenshot(&view, QStringLiteral("panel-evaluation.png"));
    }

    void heatMapScalesFromTwoToManyClasses()
    {
        as::ui::ConfusionHeatMap heat;
        heat.resize(700, 700);
        heat.setMatrix({QStringLiteral("walk"), QStringLiteral("run")}, {{3, 1}, {0, 4}});
        QSignalSpy activated(&heat, &as::ui::ConfusionHeatMap::cellActivated);
        QTest::mouseClick(&heat, Qt::LeftButton, {}, heat.cellRect(0, 1).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(1).toInt(), 1);
        const int twoClassCell = heat.cellRect(0, 0).width();

        QStringList names;
        QVector<QVector<int>> confusion(101, QVector<int>(101, 0));
        for (int i = 0; i < 101; ++i) {
            names << QStringLiteral("a rather long class name number %1").arg(i);
            confusion[i][i] = 3;
            confusion[i][(i + 1) % 101] = 1;
        }
        heat.setMatrix(names, confusion);
        QCOMPARE(heat.classCount(), 101);
        // Cells shrink, but not below readability: the widget asks for room to scroll.
        QVERIFY(heat.cellRect(0, 0).width() < twoClassCell);
        QVERIFY(heat.cellRect(0, 0).width() >= 12);
        QVERIFY(heat.minimumSizeHint().width() >= 101 * 12);
        heat.resize(heat.minimumSizeHint());
        QVERIFY(heat.rect().contains(heat.cellRect(100, 100)));
        QTest::mouseClick(&heat, Qt::LeftButton, {}, heat.cellRect(100, 0).center());
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toInt(), 100);
        QCOMPARE(heat.count(100, 0), 1);
    }

    void reportsARunThatCannotBeRead()
    {
        EvaluationView view;
        const QString missing = m_dir.filePath(QStringLiteral("no-such-run"));
        view.openRun(missing);
        QTRY_VERIFY_WITH_TIMEOUT(view.banner()->isVisibleTo(&view), 10000);
        QCOMPARE(view.banner()->kind(), as::ui::Banner::Kind::Error);
        QVERIFY(view.banner()->text().contains(QLatin1String("no-such-run")));
    }

    void runTestRegeneratesADeletedReport()
    {
        QVERIFY(QDir(m_runDir + QStringLiteral("/test")).removeRecursively());
        EvaluationView view;
        view.resize(1600, 1000);
        view.show();
        QVERIFY(openAndWait(view, m_runDir));
        QVERIFY(!view.data().hasReport);
        QCOMPARE(view.heatMap()->classCount(), 0);
        QVERIFY(view.testRunBar()->isVisibleTo(&view));
        QVERIFY(view.header()->testLabel()->text().contains(QLatin1String("not run")));

        view.testRunBar()->setOptions(1, 1);
        QSignalSpy finished(&view, &EvaluationView::testFinished);
        QSignalSpy loaded(&view, &EvaluationView::runLoaded);
        QTest::mouseClick(view.testRunBar()->runButton(), Qt::LeftButton);
        QVERIFY(view.isBusy());
        QVERIFY(view.testRunBar()->cancelButton()->isVisibleTo(&view));
        QVERIFY(finished.wait(120000));
        QVERIFY(loaded.wait(30000) || loaded.count() > 0);

        QVERIFY(QFileInfo::exists(m_runDir + QStringLiteral("/test/summary.json")));
        QVERIFY(QFileInfo::exists(m_runDir + QStringLiteral("/test/predictions.csv")));
        QVERIFY(view.data().hasReport);
        const as::EvalReport report = as::readEvalReport((m_runDir + QStringLiteral("/test")).toStdString());
        QCOMPARE(view.heatMap()->classCount(), int(report.classNames.size()));
        QVERIFY(!view.testRunBar()->isVisibleTo(&view));
        QVERIFY(view.header()->testLabel()->text().contains(QLatin1String("Test top-1")));
        QCOMPARE(view.banner()->kind(), as::ui::Banner::Kind::Success);
    }
};

QTEST_MAIN(TestGuiEvaluation)
#include "testgui_evaluation.moc"
