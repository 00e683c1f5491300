#include "ui/mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStandardPaths>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>

#include "core/common/buildinfo.h"
#include "core/common/error.h"
#include "core/project/demoproject.h"
#include "core/project/project.h"
#include "ui/dataset/datasetpanel.h"
#include "ui/dataset/projectloader.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/training/trainingcontroller.h"
#include "ui/training/trainingpanel.h"
#include "ui/widgets/errortext.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/jobsindicator.h"
#include "ui/widgets/preference.h"
#include "ui/widgets/recentprojects.h"
#include "ui/workbench.h"

namespace as::ui {

namespace {

Preference<QByteArray> windowGeometry {"mainWindow/geometry"};
Preference<QByteArray> windowLayout {"mainWindow/state"};

} // namespace

MainWindow::MainWindow(Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_datasetPanel(new DatasetPanel(this))
    , m_trainingPanel(new TrainingPanel(this))
    , m_demoController(new DemoProjectController(this))
    , m_loader(new ProjectLoader(this))
    , m_statusLabel(new QLabel(this))
    , m_statusProgress(new QProgressBar(this))
    , m_jobsIndicator(new JobsIndicator(this))
    , m_recentProjects(new RecentProjects(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ActionStudio"));
    setWindowIcon(themeIcon(QStringLiteral("app")));
    createActions();

    QDockWidget *dock = addPanel(QStringLiteral("datasetDock"), tr("Dataset"), m_datasetPanel,
                                 Qt::LeftDockWidgetArea, QKeySequence(Qt::CTRL | Qt::Key_1));
    m_datasetPanel->setMinimumWidth(300);
    // The centre: training, config, inspector and evaluation tabs.
    m_workbench = new Workbench(this, m_datasetPanel, m_trainingPanel);
    // Until a project is open, the recipe fields show the demo recipe rather than minimums.
    m_trainingPanel->setExperimentConfig(as::demoExperimentConfig({}));

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusProgress->setObjectName(QStringLiteral("statusProgress"));
    m_statusProgress->setMaximumWidth(220);
    m_statusProgress->setMaximumHeight(statusBar()->fontMetrics().height() + 4);
    m_statusProgress->setTextVisible(false);
    m_statusProgress->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_statusProgress);
    statusBar()->addPermanentWidget(m_jobsIndicator);
    setStatus(tr("Ready"), 0, -1);

    m_jobsIndicator->registerJob(m_demoController, tr("Preparing the demo project"));
    m_jobsIndicator->registerJob(m_loader, tr("Opening a project"));
    m_jobsIndicator->registerJob(m_trainingPanel->controller(), tr("Training"));
    connect(m_recentProjects, &RecentProjects::projectRequested, this, [this](const QString &dir) {
        if (m_trainingPanel->isTraining()) {
            showError(tr("Open Project"),
                      tr("Stop the training run before opening another project."));
            return;
        }
        openProject(dir);
    });

    connect(m_demoController, &DemoProjectController::progress, this,
            [this](const QString &stage, qint64 done, qint64 total) {
                setStatus(stage, static_cast<int>(done), static_cast<int>(total));
                m_datasetPanel->setPlaceholder(
                    tr("Preparing the demo project: %1 %2/%3").arg(stage).arg(done).arg(total));
            });
    connect(m_demoController, &DemoProjectController::issue, m_trainingPanel,
            &TrainingPanel::appendLog);
    connect(m_demoController, &DemoProjectController::finished, this, &MainWindow::onDemoFinished);
    connect(m_loader, &ProjectLoader::loaded, this, &MainWindow::onProjectLoaded);
    connect(m_loader, &ProjectLoader::failed, this, &MainWindow::onProjectFailed);
    connect(m_trainingPanel, &TrainingPanel::statusChanged, this, &MainWindow::setStatus);
    connect(m_trainingPanel->controller(), &TrainingController::runningChanged, this,
            [this](bool running) {
                m_openAction->setEnabled(!running);
                m_newAction->setEnabled(!running);
                m_recentMenu->setEnabled(!running);
            });

    const QByteArray geometry = windowGeometry.get();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(screen()->availableGeometry().size().boundedTo(QSize(1600, 1000)));
    // The first time, the dock is wide enough for the video table's file, class and frame
    // columns; later, the layout the user left.
    if (!restoreState(windowLayout.get()))
        resizeDocks({dock}, {460}, Qt::Horizontal);
}

MainWindow::~MainWindow() = default;

QString MainWindow::defaultDemoDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/demo");
}

QDockWidget *MainWindow::addPanel(const QString &objectName, const QString &title, QWidget *panel,
                                  Qt::DockWidgetArea area, const QKeySequence &toggleShortcut)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    // A dock added after the constructor's restoreState() gets its saved place here.
    restoreDockWidget(dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(objectName + QStringLiteral("Toggle"));
    if (!toggleShortcut.isEmpty())
        toggle->setShortcut(toggleShortcut);
    toggle->setStatusTip(tr("Show or hide the %1 panel").arg(title));
    m_viewMenu->addAction(toggle);
    return dock;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(themeIcon(QStringLiteral("open")), tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openAction->setStatusTip(tr("Open a project folder"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseProject);

    m_newAction = new QAction(tr("&New Project…"), this);
    m_newAction->setObjectName(QStringLiteral("newProjectAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setStatusTip(tr("Create a project in an empty folder"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseNewProject);

    auto *preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Language, training device and threads, frame cache"));
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    auto *quit = new QAction(themeIcon(QStringLiteral("quit")), tr("&Quit"), this);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *about = new QAction(themeIcon(QStringLiteral("about")), tr("&About ActionStudio"), this);
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentProjectsMenu"));
    m_recentProjects->attachMenu(m_recentMenu);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(preferences);

    m_trainingMenu = menuBar()->addMenu(tr("&Training"));
    m_trainingMenu->setObjectName(QStringLiteral("trainingMenu"));
    m_trainingMenu->addAction(m_trainingPanel->trainAction());
    m_trainingMenu->addAction(m_trainingPanel->pauseAction());
    m_trainingMenu->addAction(m_trainingPanel->stopAction());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);
    help->addAction(aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_openAction);
    toolBar->addSeparator();
    toolBar->addAction(m_trainingPanel->trainAction());
    toolBar->addAction(m_trainingPanel->pauseAction());
    toolBar->addAction(m_trainingPanel->stopAction());
}

void MainWindow::start()
{
    if (!m_options.projectDir.isEmpty()) {
        openProject(m_options.projectDir);
        return;
    }
    // The project the user worked on last, when it is still there and is not the demo (which
    // is prepared again in case its preparation was cut short).
    const QStringList recent = m_recentProjects->projects();
    if (!recent.isEmpty() && recent.constFirst() != demoDir()
        && as::Project::exists(recent.constFirst().toStdString())) {
        openProject(recent.constFirst());
        return;
    }
    prepareDemo(demoDir());
}

QString MainWindow::demoDir() const
{
    return QDir::cleanPath(
        QDir(m_options.demoDir.isEmpty() ? defaultDemoDir() : m_options.demoDir).absolutePath());
}

void MainWindow::prepareDemo(const QString &demoDir)
{
    as::DemoProjectOptions options = m_options.demo;
    options.projectDir = QDir::cleanPath(demoDir).toStdString();
    m_datasetPanel->clear();
    m_datasetPanel->setPlaceholder(tr("Preparing the demo project…"));
    m_trainingPanel->appendLog(
        tr("Opening the SynthMotion demo project in %1").arg(QDir::toNativeSeparators(demoDir)));
    setStatus(tr("Preparing the demo project…"), 0, 0);
    m_demoController->start(options);
}

void MainWindow::onDemoFinished(DemoProjectController::Outcome outcome, const QString &projectDir,
                                const QString &error)
{
    switch (outcome) {
    case DemoProjectController::Outcome::Succeeded:
        openProject(projectDir);
        break;
    case DemoProjectController::Outcome::Cancelled:
        // Cancelled because another project is being opened, or on quit: nothing to report
        // unless nothing else took the demo's place.
        if (m_projectDir.isEmpty() && !m_loader->isRunning()) {
            setStatus(tr("Preparing the demo project was cancelled"), 0, -1);
            m_datasetPanel->setPlaceholder(tr("No project open"));
        }
        break;
    case DemoProjectController::Outcome::Failed:
        setStatus(tr("The demo project could not be prepared"), 0, -1);
        m_datasetPanel->setPlaceholder(tr("No project open"));
        m_trainingPanel->appendLog(error);
        showError(tr("Demo Project"), error);
        break;
    }
}

void MainWindow::openProject(const QString &projectDir)
{
    if (m_trainingPanel->isTraining())
        return;
    const QString dir = QDir::cleanPath(QDir(projectDir).absolutePath());
    // Opening another project while the demo is still being prepared replaces it.
    if (dir != demoDir())
        m_demoController->cancel();
    if (!m_loader->load(dir))
        return;
    setStatus(tr("Opening %1…").arg(QDir::toNativeSeparators(dir)), 0, 0);
}

void MainWindow::onProjectLoaded(const ProjectSnapshot &snapshot)
{
    m_projectDir = snapshot.dir;
    m_datasetPanel->setSnapshot(snapshot);
    // The demo recipe is the starting point for any project until presets can be chosen; the
    // trainer takes the number of classes from the project.
    as::ExperimentConfig config = as::demoExperimentConfig(snapshot.dir.toStdString());
    if (!snapshot.classes.isEmpty())
        config.model.numClasses = static_cast<int>(snapshot.classes.size());
    if (snapshot.dir != demoDir()) {
        // Playing clips backwards is right only for classes known to be reversible, and the
        // demo's swaps name SynthMotion's classes: another project trains without it.
        config.augment.timeReverse = false;
        config.augment.reverseLabelSwaps.clear();
    } else {
        // Train from the frame cache the demo was prepared with instead of extracting the
        // videos again at another size.
        const int cached = m_options.demo.cacheShortSide;
        config.data.cacheShortSide = cached;
        config.input.shortSide = std::min(config.input.shortSide, cached);
        config.input.cropSize = std::min(config.input.cropSize, config.input.shortSide);
    }
    // The device and threads chosen in the Preferences.
    config.run.device = PreferencesDialog::preferredDevice().toStdString();
    config.run.threads = PreferencesDialog::preferredThreads();
    m_trainingPanel->setProject(snapshot.dir, config);
    m_workbench->setProject(snapshot.dir, config);
    m_recentProjects->add(snapshot.dir);
    setWindowTitle(tr("%1 — ActionStudio").arg(QDir(snapshot.dir).dirName()));
    m_trainingPanel->appendLog(
        tr("Opened project %1: %n class(es)", nullptr, static_cast<int>(snapshot.classes.size()))
            .arg(QDir::toNativeSeparators(snapshot.dir))
        + QStringLiteral(", ")
        + tr("%n video(s)", nullptr, static_cast<int>(snapshot.videos.size())));
    setStatus(tr("Ready"), 0, -1);
    Q_EMIT projectOpened(snapshot.dir);
}

void MainWindow::onProjectFailed(const QString &projectDir, const QString &error)
{
    setStatus(tr("Could not open %1").arg(QDir::toNativeSeparators(projectDir)), 0, -1);
    m_trainingPanel->appendLog(error);
    if (m_projectDir.isEmpty())
        m_datasetPanel->setPlaceholder(tr("No project open"));
    showError(tr("Open Project"), error);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Window-modal and non-blocking: the event loop (and a running job) goes on meanwhile.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseProject()
{
    if (m_trainingPanel->isTraining()) {
        QMessageBox::information(this, tr("Open Project"),
                                 tr("Stop the training run before opening another project."));
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open Project Folder"), m_projectDir.isEmpty() ? QDir::homePath() : m_projectDir);
    if (!dir.isEmpty())
        openProject(dir);
}

void MainWindow::chooseNewProject()
{
    if (m_trainingPanel->isTraining()) {
        QMessageBox::information(this, tr("New Project"),
                                 tr("Stop the training run before creating another project."));
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("New Project: Choose an Empty Folder"), QDir::homePath());
    if (!dir.isEmpty())
        newProject(dir);
}

bool MainWindow::newProject(const QString &projectDir)
{
    const QString dir = QDir::cleanPath(QDir(projectDir).absolutePath());
    // Listing the chosen folder is one directory read: cheap enough for the UI thread.
    if (!QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        showError(tr("New Project"),
                  tr("The folder %1 is not empty. Choose an empty folder for the new project, "
                     "or open it with File > Open Project if it already is one.")
                      .arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    try {
        as::Project::create(dir.toStdString());
    } catch (const as::Error &error) {
        showError(tr("New Project"), ErrorText::describe(error.info()));
        return false;
    } catch (const std::exception &error) {
        showError(tr("New Project"),
                  tr("Could not create a project in %1: %2")
                      .arg(QDir::toNativeSeparators(dir), QString::fromLocal8Bit(error.what())));
        return false;
    }
    m_trainingPanel->appendLog(tr("Created project %1").arg(QDir::toNativeSeparators(dir)));
    openProject(dir);
    return true;
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProjectDir(m_projectDir);
    dialog->open();
}

QString MainWindow::aboutText()
{
    const as::BuildInfo info = as::buildInfo();
    const QString device = PreferencesDialog::preferredDevice();
    return tr("<h3>ActionStudio %1</h3>"
              "<p>Label video clips, train video action recognition networks and watch them "
              "learn, fully offline.</p>"
              "<table>"
              "<tr><td>Qt:</td><td>%2 (built with %3)</td></tr>"
              "<tr><td>LibTorch:</td><td>%4</td></tr>"
              "<tr><td>OpenCV:</td><td>%5</td></tr>"
              "<tr><td>Training device:</td><td>%6 (%7)</td></tr>"
              "</table>")
        .arg(QStringLiteral(ACTIONSTUDIO_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QString::fromStdString(info.libtorchVersion),
             QString::fromStdString(info.opencvVersion), device.toHtmlEscaped(),
             QString::fromStdString(as::deviceDescription(device.toStdString())).toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ActionStudio"), aboutText());
}

void MainWindow::setStatus(const QString &text, int value, int maximum)
{
    if (maximum < 0) {
        m_statusLabel->setText(text.isEmpty() ? tr("Ready") : text);
        m_statusProgress->hide();
        return;
    }
    m_statusLabel->setText(text);
    // Work of unknown length already shows as busy in the jobs indicator beside.
    if (maximum == 0) {
        m_statusProgress->hide();
        return;
    }
    m_statusProgress->setRange(0, maximum);
    m_statusProgress->setValue(value);
    m_statusProgress->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_trainingPanel->isTraining()) {
        const auto answer = QMessageBox::question(
            this, tr("Quit ActionStudio"),
            tr("A training run is in progress. Stop it and quit? The last completed epoch's "
               "checkpoint is kept."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_trainingPanel->stopTraining();
    }
    m_demoController->cancel();
    windowGeometry.set(saveGeometry());
    windowLayout.set(saveState());
    event->accept();
}

} // namespace as::ui
