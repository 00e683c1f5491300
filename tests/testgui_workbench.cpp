// The main window as a whole (issue 5): the panels are wired to one another. The config
// editor drives the training panel's recipe and back; a video selected in the dataset opens
// in the sample inspector; a finished run opens in the evaluation view and its clips play in
// the inspector; files dropped on the dataset open the import wizard; "Check and Train" runs
// the health check and then the estimate. A screenshot of the whole window is written.

#include <QAbstractItemView>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "guitesthelpers.h"
#include "ui/config/configeditor.h"
#include "ui/dataset/datasetpanel.h"
#include "ui/evaluation/evaluationview.h"
#include "ui/importer/importwizard.h"
#include "ui/inspector/sampleinspector.h"
#include "ui/inspector/videoplayer.h"
#include "ui/labelling/labellingview.h"
#include "ui/mainwindow.h"
#include "ui/prerun/estimatedialog.h"
#include "ui/prerun/healthcheckdialog.h"
#include "ui/training/trainingpanel.h"
#include "ui/workbench.h"

using namespace as::ui;

namespace {

constexpr int kTimeoutMs = 180 * 1000;

} // namespace

class TestGuiWorkbench : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;

    Workbench *bench() const { return m_window->workbench(); }

private Q_SLOTS:
    void initTestCase()
    {
        as::test::initGuiTestSettings("testgui_workbench");
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo"));
        as::test::prepareTinyDemo(m_demo);
        MainWindow::Options options;
        options.projectDir = m_demo;
        m_window = std::make_unique<MainWindow>(options);
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        m_window->start();
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, kTimeoutMs);
    }

    void cleanupTestCase() { m_window.reset(); }

    void configEditorAndTrainingPanelFollowEachOther()
    {
        ConfigEditor *editor = bench()->configEditor();
        TrainingPanel *panel = m_window->trainingPanel();
        // The project's recipe reached both.
        QCOMPARE(editor->config().model.name, panel->currentConfig().model.name);

        // Editor → panel.
        as::ExperimentConfig config = editor->config();
        config.optim.lr = 0.0375;
        config.optim.epochs = 7;
        editor->setConfig(config);
        auto *lr = panel->findChild<QDoubleSpinBox *>(QStringLiteral("learningRateSpinBox"));
        QVERIFY(lr);
        QCOMPARE(lr->value(), 0.0375);
        QCOMPARE(panel->currentConfig().optim.epochs, 7);

        // Panel → editor.
        auto *epochs = panel->findChild<QSpinBox *>(QStringLiteral("epochsSpinBox"));
        QVERIFY(epochs);
        epochs->setValue(11);
        QCOMPARE(editor->config().optim.epochs, 11);
        QCOMPARE(editor->config().optim.lr, 0.0375);
    }

    void selectedVideoOpensInTheInspector()
    {
        // A small recipe so the preview is quick; the inspector uses the editor's config.
        bench()->configEditor()->setConfig(as::test::tinyRecipe(m_demo, 1));
        auto *table = m_window->datasetPanel()->findChild<QTableView *>(QStringLiteral("videoView"));
        QVERIFY(table);
        QSignalSpy selected(m_window->datasetPanel(), &DatasetPanel::videoSelected);
        table->setCurrentIndex(table->model()->index(2, 0));
        QCOMPARE(selected.count(), 1);
        // Nothing is decoded while the inspector is hidden; showing it opens the video.
        QVERIFY(!bench()->inspector()->hasPreview());
        QSignalSpy ready(bench()->inspector(), &SampleInspector::previewReady);
        bench()->centre()->setCurrentWidget(bench()->inspector());
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, kTimeoutMs);
        QCOMPARE(static_cast<int>(bench()->inspector()->preview().preview.indices.size()),
                 bench()->configEditor()->config().input.clipLengthFrames);

        // The same video opens in the labelling tab (Ctrl+7) when it is shown.
        const QString path = selected.first().first().toString();
        QCOMPARE(bench()->labelling()->videoId(), qint64(0));
        bench()->centre()->setCurrentWidget(bench()->labelling());
        QVERIFY(bench()->labelling()->videoId() != 0);
        QCOMPARE(bench()->labelling()->player()->path(), path);
    }

    void finishedRunOpensInTheEvaluationView()
    {
        const QString run = as::test::trainTinyRun(m_demo, 1, QStringLiteral("wired"));
        QVERIFY(!run.isEmpty());
        QSignalSpy loaded(bench()->evaluation(), &EvaluationView::runLoaded);
        Q_EMIT m_window->trainingPanel()->openRunRequested(run);
        QCOMPARE(bench()->centre()->currentWidget(), bench()->evaluation());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, kTimeoutMs);

        // A clip chosen there plays in the inspector.
        QSignalSpy ready(bench()->inspector(), &SampleInspector::previewReady);
        const QString clip = m_window->datasetPanel()->snapshot().videos.constFirst().path;
        Q_EMIT bench()->evaluation()->playRequested(clip);
        QCOMPARE(bench()->centre()->currentWidget(), bench()->inspector());
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, kTimeoutMs);
        as::test::saveScreenshot(m_window.get(), QStringLiteral("main-window.png"));
    }

    void droppedFilesOpenTheImportWizard()
    {
        const QStringList paths {m_dir.filePath(QStringLiteral("incoming"))};
        QVERIFY(QDir().mkpath(paths.constFirst()));
        Q_EMIT m_window->datasetPanel()->importRequested(paths);
        auto *wizard = m_window->findChild<ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        wizard->close();
    }

    void checkAndTrainChecksThenEstimates()
    {
        bench()->configEditor()->setConfig(as::test::tinyRecipe(m_demo, 1));
        bench()->checkAndTrainAction()->trigger();
        auto *health = m_window->findChild<HealthCheckDialog *>();
        QVERIFY(health);
        // The tiny demo is clean: the estimate follows by itself.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<EstimateDialog *>() != nullptr, kTimeoutMs);
        auto *estimate = m_window->findChild<EstimateDialog *>();
        QTRY_VERIFY_WITH_TIMEOUT(estimate->hasEstimate(), kTimeoutMs);
        estimate->reject();
    }
};

QTEST_MAIN(TestGuiWorkbench)
#include "testgui_workbench.moc"
