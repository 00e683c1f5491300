// Before a run: the health check dialog and the estimate dialog (ui/prerun), on the tiny demo
// project with an undecodable and a too-short video injected.

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include "core/project/project.h"
#include "guitesthelpers.h"
#include "ui/prerun/classbalancechartview.h"
#include "ui/prerun/estimatedialog.h"
#include "ui/prerun/healthcheckdialog.h"
#include "ui/prerun/histogramchartview.h"
#include "ui/widgets/banner.h"

using namespace as;
using namespace as::ui;

namespace {

/** The bars of every QBarSet of `view`'s chart, added up. */
double barTotal(QChartView *view, int set = -1)
{
    double total = 0;
    for (QAbstractSeries *series : view->chart()->series())
        if (auto *bars = qobject_cast<QBarSeries *>(series))
            for (int i = 0; i < bars->count(); ++i)
                if (set < 0 || set == i)
                    total += bars->barSets().at(i)->sum();
    return total;
}

/** The dialogs' screenshots are taken at a dialog's size, not the main window's. */
void saveDialogScreenshot(QWidget *dialog, const QString &name)
{
    dialog->resize(1100, 800);
    QCoreApplication::processEvents();
    QTest::qWait(50);
    const QString file = as::test::screenshotDir() + QLatin1Char('/') + name;
    QVERIFY2(dialog->grab().toImage().save(file), qPrintable(file));
    qInfo("screenshot: %s", qPrintable(file));
}

} // namespace

class TestGuiPrerun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthCheckListsAndSkips();
    void estimateCancels();
    void estimateShowsTimesAndAccepts();

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::int64_t m_broken = 0;
    std::int64_t m_short = 0;
};

void TestGuiPrerun::initTestCase()
{
    as::test::initGuiTestSettings("testgui_prerun");
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("demo"));
    as::test::prepareTinyDemo(m_project);

    Project project = Project::open(m_project.toStdString());
    VideoRecord broken;
    broken.path = m_project.toStdString() + "/injected/broken.avi";
    broken.classId = project.classes().at(0).id;
    broken.status = VideoStatus::Error;
    broken.error = "broken.avi: the container has no video stream";
    m_broken = project.upsertVideo(broken);
    project.setSubset(1, m_broken, Subset::Train);
    VideoRecord shortVideo;
    shortVideo.path = m_project.toStdString() + "/injected/short.avi";
    shortVideo.classId = project.classes().at(1).id;
    shortVideo.fps = 25.0;
    shortVideo.frameCount = 3;
    shortVideo.width = 64;
    shortVideo.height = 48;
    shortVideo.status = VideoStatus::Ready;
    m_short = project.upsertVideo(shortVideo);
    project.setSubset(1, m_short, Subset::Train);
}

void TestGuiPrerun::healthCheckListsAndSkips()
{
    HealthCheckDialog dialog(m_project, as::test::tinyRecipe(m_project, 2));
    QSignalSpy finished(&dialog, &HealthCheckDialog::checkFinished);
    QSignalSpy skipped(&dialog, &HealthCheckDialog::videosSkipped);
    dialog.show();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.takeFirst().at(0).toInt(), 2);

    // Both injected videos are listed, with their problem.
    auto *unusable = dialog.findChild<QTreeWidget *>(QStringLiteral("healthUnusable"));
    QVERIFY(unusable);
    QCOMPARE(unusable->topLevelItemCount(), 2);
    QCOMPARE(unusable->topLevelItem(0)->text(0), QStringLiteral("broken.avi"));
    QVERIFY(unusable->topLevelItem(0)->text(3).contains(QStringLiteral("no video stream")));
    QCOMPARE(unusable->topLevelItem(1)->text(0), QStringLiteral("short.avi"));
    QVERIFY(unusable->topLevelItem(1)->text(3).contains(QStringLiteral("7"))); // the clip span
    const auto *verdict = dialog.findChild<QLabel *>(QStringLiteral("healthVerdict"));
    QVERIFY(verdict->text().startsWith(QStringLiteral("2 ")));

    // Every video is in each histogram once (the broken one as "n/a"); the balance chart has
    // a train and a test set: 30 + the short video in train (the broken one is left out).
    const int videos = 40 + 2;
    QCOMPARE(dialog.health().videoCount, videos);
    for (const char *name : {"healthFpsChart", "healthDurationChart", "healthResolutionChart"}) {
        auto *chart = dialog.findChild<HistogramChartView *>(QLatin1String(name));
        QVERIFY2(chart, name);
        QCOMPARE(barTotal(chart), double(videos));
        QCOMPARE(chart->shownTotal(), videos);
    }
    auto *balance = dialog.findChild<ClassBalanceChartView *>(QStringLiteral("healthBalanceChart"));
    QCOMPARE(barTotal(balance, 0), 31.0);
    QCOMPARE(barTotal(balance, 1), 10.0);
    saveDialogScreenshot(&dialog, QStringLiteral("panel-health.png"));

    // "Skip these" moves both to Unused and checks again: clean.
    auto *skip = dialog.findChild<QPushButton *>(QStringLiteral("healthSkip"));
    QVERIFY(skip->isEnabled());
    QTest::mouseClick(skip, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(skipped.count(), 1);
    QCOMPARE(skipped.at(0).at(0).toInt(), 2);
    QCOMPARE(finished.takeFirst().at(0).toInt(), 0);
    QCOMPARE(verdict->text(), QStringLiteral("Ready to train"));
    QCOMPARE(dialog.health().videoCount, 40);
    QVERIFY(dialog.health().undecodable.empty());
    QVERIFY(dialog.health().tooShort.empty());
    QCOMPARE(unusable->topLevelItemCount(), 1); // the "every video is fine" line
    QCOMPARE(unusable->topLevelItem(0)->flags(), Qt::NoItemFlags);
    QVERIFY(!skip->isEnabled());
    const Project project = Project::open(m_project.toStdString());
    QCOMPARE(project.subset(1, m_broken), Subset::Unused);
    QCOMPARE(project.subset(1, m_short), Subset::Unused);
}

void TestGuiPrerun::estimateCancels()
{
    EstimateDialog dialog(m_project, as::test::tinyRecipe(m_project, 2));
    dialog.setIterations(50);
    dialog.show();
    QVERIFY(dialog.isRunning());
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("estimateCancel"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    QVERIFY(!dialog.hasEstimate());
    QVERIFY(dialog.isVisible()); // stopping the measurement does not close the dialog
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("estimateStatus"))
                ->text()
                .contains(QStringLiteral("cancelled")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("estimateStart"))->isEnabled());
}

void TestGuiPrerun::estimateShowsTimesAndAccepts()
{
    const ExperimentConfig config = as::test::tinyRecipe(m_project, 2);
    EstimateDialog dialog(m_project, config);
    dialog.setIterations(2);
    QSignalSpy estimated(&dialog, &EstimateDialog::estimated);
    dialog.show();
    QVERIFY(estimated.wait(90000));
    QTRY_VERIFY(!dialog.isRunning());

    const RunEstimate &estimate = dialog.estimate();
    QVERIFY(estimate.fits);
    QVERIFY(estimate.secondsPerEpoch > 0.0);
    QCOMPARE(estimate.iterationsPerEpoch, 30 / 8); // 30 training videos, the rest dropped
    QCOMPARE(estimate.epochs, 2);
    const QString perEpoch = dialog.findChild<QLabel *>(QStringLiteral("estimatePerEpoch"))->text();
    QCOMPARE(perEpoch, EstimateDialog::formatDuration(estimate.secondsPerEpoch));
    QVERIFY(perEpoch.endsWith(QStringLiteral(" s")) || perEpoch.contains(QStringLiteral("min")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("estimateDevice"))
                ->text()
                .startsWith(QStringLiteral("cpu")));
    QVERIFY(!dialog.findChild<Banner *>(QStringLiteral("estimateBanner"))->isVisible());
    saveDialogScreenshot(&dialog, QStringLiteral("panel-estimate.png"));

    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("estimateStart"));
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestGuiPrerun)
#include "testgui_prerun.moc"
