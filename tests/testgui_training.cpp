// GUI test of the training dashboard: a real tiny training run driven through the panel's
// buttons (start, pause, resume, stop, resume a stopped run), the live loss / learning-rate /
// accuracy series, the project's run list and the overlays of checked runs.

#include <cmath>
#include <memory>

#include <QAction>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

#include "guitesthelpers.h"

#include "core/train/runinfo.h"
#include "ui/training/accuracychartview.h"
#include "ui/training/learningratechartview.h"
#include "ui/training/losschartview.h"
#include "ui/training/runlistmodel.h"
#include "ui/training/runlistwidget.h"
#include "ui/training/trainingcontroller.h"
#include "ui/training/trainingpanel.h"

using namespace as::ui;
using namespace as::test;

namespace {

constexpr int kTrainTimeoutMs = 120000;

int finiteLosses(const QString &runDir)
{
    int count = 0;
    for (const as::IterationMetrics &m : as::readIterationMetrics(runDir.toStdString()))
        count += std::isfinite(m.loss) ? 1 : 0;
    return count;
}

int validatedEpochs(const QString &runDir)
{
    int count = 0;
    for (const as::EpochMetrics &m : as::readEpochMetrics(runDir.toStdString()))
        count += m.validated ? 1 : 0;
    return count;
}

} // namespace

class TestGuiTraining : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<TrainingPanel> m_panel;
    QString m_firstRun;

    template<typename T>
    T *child(const char *name) const
    {
        auto *found = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    /** Waits for the run's end and returns its summary. */
    as::RunSummary waitForFinish(QSignalSpy &finished)
    {
        if (finished.isEmpty())
            finished.wait(kTrainTimeoutMs);
        if (finished.isEmpty())
            return {};
        return finished.takeFirst().at(0).value<as::RunSummary>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        initGuiTestSettings("testgui_training");
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("demo"));
        prepareTinyDemo(m_project);
        m_panel = std::make_unique<TrainingPanel>();
        m_panel->resize(1600, 1000);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void configDrivesTheQuickFields()
    {
        m_panel->setProject(m_project, tinyRecipe(m_project, 1));
        QSignalSpy edited(m_panel.get(), &TrainingPanel::configEdited);
        m_panel->setExperimentConfig(tinyRecipe(m_project, 3));
        QCOMPARE(edited.count(), 0); // filling the fields is not an edit
        QCOMPARE(child<QSpinBox>("epochsSpinBox")->value(), 3);
        QCOMPARE(child<QSpinBox>("batchSizeSpinBox")->value(), 8);
        QCOMPARE(child<QSpinBox>("cropSizeSpinBox")->value(), 32);
        QCOMPARE(child<QSpinBox>("clipFramesSpinBox")->value(), 4);
        QCOMPARE(m_panel->currentConfig().optim.epochs, 3);
        QCOMPARE(m_panel->currentConfig().data.project, m_project.toStdString());

        // An edit of a field changes currentConfig() and tells the config editor.
        child<QSpinBox>("epochsSpinBox")->setValue(5);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).value<as::ExperimentConfig>().optim.epochs, 5);
        child<QSpinBox>("epochsSpinBox")->setValue(3);

        QVERIFY(m_panel->pauseAction()->shortcuts().contains(QKeySequence(Qt::Key_F6)));
        QVERIFY(m_panel->pauseAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_P)));
        QVERIFY(m_panel->trainAction()->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        QVERIFY(m_panel->stopAction()->shortcuts().contains(QKeySequence(Qt::Key_Escape)));
        QVERIFY(!child<QPushButton>("pauseButton")->isEnabled());
    }

    void trainsPausesAndResumes()
    {
        QSignalSpy finished(m_panel.get(), &TrainingPanel::trainingFinished);
        QSignalSpy paused(m_panel->controller(), &TrainingController::pausedChanged);
        QTest::mouseClick(child<QPushButton>("trainButton"), Qt::LeftButton);
        QVERIFY(m_panel->isTraining());
        QVERIFY(child<QPushButton>("pauseButton")->isEnabled());

        // Points arrive in the loss and learning-rate charts while the run goes on.
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->lossChart()->rawSeries()->count() > 0, kTrainTimeoutMs);
        QVERIFY(m_panel->learningRateChart()->series()->count() > 0);
        QVERIFY(m_panel->learningRateChart()->series()->at(0).y() > 0.0);

        // Pause: the worker stops after its current iteration and sends nothing more.
        QTest::mouseClick(child<QPushButton>("pauseButton"), Qt::LeftButton);
        QVERIFY(m_panel->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(!paused.isEmpty(), kTrainTimeoutMs);
        QCOMPARE(paused.last().at(0).toBool(), true);
        QVERIFY(finished.isEmpty());
        QSignalSpy iterations(m_panel->controller(), &TrainingController::iterationsReady);
        const int pointsAtPause = m_panel->lossChart()->rawSeries()->count();
        QTest::qWait(1500);
        QCOMPARE(iterations.count(), 0);
        QCOMPARE(m_panel->lossChart()->rawSeries()->count(), pointsAtPause);
        QVERIFY(m_panel->isTraining());
        QVERIFY(child<QProgressBar>("iterationProgress")->format().startsWith(
            QStringLiteral("Paused")));
        QCOMPARE(child<QLabel>("rateLabel")->text(), QStringLiteral("Paused"));
        QCOMPARE(child<QPushButton>("pauseButton")->text(), QStringLiteral("&Resume"));

        // Resume: more iterations arrive.
        QTest::mouseClick(child<QPushButton>("pauseButton"), Qt::LeftButton);
        QVERIFY(!m_panel->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(iterations.count() > 0, kTrainTimeoutMs);
        QVERIFY(m_panel->lossChart()->rawSeries()->count() > pointsAtPause);

        const as::RunSummary summary = waitForFinish(finished);
        QVERIFY2(summary.outcome == as::RunOutcome::Finished, summary.error.c_str());
        QCOMPARE(summary.epochsCompleted, 3);
        m_firstRun = QString::fromStdString(summary.runDir);

        // Train top-1/top-5 and validation top-1/top-5 per epoch; top-5 never below top-1.
        const AccuracyChartView *accuracy = m_panel->accuracyChart();
        QCOMPARE(accuracy->trainTop1Series()->count(), 3);
        QCOMPARE(accuracy->trainTop5Series()->count(), 3);
        QCOMPARE(accuracy->valTop1Series()->count(), 3);
        QCOMPARE(accuracy->valTop5Series()->count(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(accuracy->trainTop5Series()->at(i).y()
                    >= accuracy->trainTop1Series()->at(i).y());
            QVERIFY(accuracy->trainTop5Series()->at(i).y() <= 100.0);
        }
        // ...and train top-5 is in the run's log.
        const auto epochs = as::readEpochMetrics(summary.runDir);
        QCOMPARE(epochs.size(), std::size_t(3));
        QCOMPARE(epochs.back().trainTop5 * 100.0, accuracy->trainTop5Series()->at(2).y());
        QCOMPARE(m_panel->learningRateChart()->series()->count(),
                 m_panel->lossChart()->rawSeries()->count());

        // The finished run appears in the run list with its best validation top-1.
        const RunListModel *runs = m_panel->runList()->model();
        QTRY_VERIFY_WITH_TIMEOUT(runs->rowOf(m_firstRun) >= 0, 10000);
        const int row = runs->rowOf(m_firstRun);
        QCOMPARE(runs->runAt(row).info.status, std::string("finished"));
        QCOMPARE(runs->runAt(row).info.epochsCompleted, 3);
        QCOMPARE(runs->runAt(row).info.bestValTop1, summary.bestValTop1);
        QCOMPARE(runs->index(row, RunListModel::BestValColumn).data().toString(),
                 QStringLiteral("%1 %").arg(summary.bestValTop1 * 100.0, 0, 'f', 1));
        QCOMPARE(runs->index(row, RunListModel::EpochsColumn).data().toString(),
                 QStringLiteral("3/3"));
    }

    void overlaysCheckedRuns()
    {
        QVERIFY(!m_firstRun.isEmpty());
        const QString second = trainTinyRun(m_project, 2, QStringLiteral("second-run"));
        QVERIFY(!second.isEmpty());
        RunListWidget *list = m_panel->runList();
        RunListModel *runs = list->model();
        QTest::mouseClick(child<QPushButton>("refreshRunsButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(runs->rowOf(second) >= 0 && !list->isLoading(), 10000);

        QSignalSpy overlays(m_panel.get(), &TrainingPanel::overlaysChanged);
        for (const QString &dir : {m_firstRun, second})
            QVERIFY(runs->setData(runs->index(runs->rowOf(dir), RunListModel::NameColumn),
                                  Qt::Checked, Qt::CheckStateRole));
        QTRY_VERIFY_WITH_TIMEOUT(!overlays.isEmpty()
                                     && overlays.last().at(0).toStringList().size() == 2,
                                 10000);
        const QStringList shown = overlays.last().at(0).toStringList();
        const QList<QLineSeries *> &loss = m_panel->lossChart()->overlaySeries();
        const QList<QLineSeries *> &val = m_panel->accuracyChart()->overlaySeries();
        QCOMPARE(loss.size(), 2);
        QCOMPARE(val.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(loss.at(i)->count(), finiteLosses(shown.at(i)));
            QCOMPARE(val.at(i)->count(), validatedEpochs(shown.at(i)));
            QCOMPARE(loss.at(i)->name(), QDir(shown.at(i)).dirName());
        }
        QCOMPARE(val.at(runs->checkedRunDirs().indexOf(second))->count(), 2);
        QVERIFY(loss.at(0)->pen().color() != loss.at(1)->pen().color());
        QCOMPARE(loss.at(0)->pen().color(), val.at(0)->pen().color());

        // Double-click asks to open the run.
        QSignalSpy open(m_panel.get(), &TrainingPanel::openRunRequested);
        QTableView *view = list->view();
        const QRect cell = view->visualRect(runs->index(runs->rowOf(second),
                                                        RunListModel::ModelColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), second);

        saveScreenshot(m_panel.get(), QStringLiteral("panel-training.png"));

        // Unchecking one run removes its overlay.
        QVERIFY(runs->setRunChecked(second, false));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->lossChart()->overlaySeries().size(), 1, 10000);
    }

    void resumesAStoppedRun()
    {
        QSignalSpy finished(m_panel.get(), &TrainingPanel::trainingFinished);
        m_panel->setExperimentConfig(tinyRecipe(m_project, 2));
        QTest::mouseClick(child<QPushButton>("trainButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->accuracyChart()->trainTop1Series()->count() >= 1,
                                 kTrainTimeoutMs);
        QTest::mouseClick(child<QPushButton>("stopButton"), Qt::LeftButton);
        const as::RunSummary stopped = waitForFinish(finished);
        QVERIFY(stopped.outcome == as::RunOutcome::Cancelled);
        QCOMPARE(stopped.epochsCompleted, 1);
        const QString runDir = QString::fromStdString(stopped.runDir);

        RunListModel *runs = m_panel->runList()->model();
        QTRY_VERIFY_WITH_TIMEOUT(runs->rowOf(runDir) >= 0 && !m_panel->runList()->isLoading()
                                     && runs->runAt(runs->rowOf(runDir)).info.status
                                            == "cancelled",
                                 10000);
        auto *resume = child<QPushButton>("resumeRunButton");
        m_panel->runList()->view()->selectRow(runs->rowOf(runDir));
        QVERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(m_panel->isTraining());
        const as::RunSummary resumed = waitForFinish(finished);
        QVERIFY2(resumed.outcome == as::RunOutcome::Finished, resumed.error.c_str());
        QCOMPARE(QString::fromStdString(resumed.runDir), runDir);
        QCOMPARE(resumed.epochsCompleted, 2);
        QCOMPARE(as::readEpochMetrics(resumed.runDir).size(), std::size_t(2));
    }

    void cleanupTestCase() { m_panel.reset(); }
};

QTEST_MAIN(TestGuiTraining)
#include "testgui_training.moc"
