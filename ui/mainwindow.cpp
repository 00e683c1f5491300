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
#include <QStatusBar>
#include <QToolBar>

#include "core/project/demoproject.h"
#include "ui/dataset/datasetpanel.h"
#include "ui/dataset/projectloader.h"
#include "ui/training/trainingcontroller.h"
#include "ui/training/trainingpanel.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/preference.h"

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
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ActionStudio"));
    setWindowIcon(themeIcon(QStringLiteral("app")));
    setCentralWidget(m_trainingPanel);

    auto *dock = new QDockWidget(tr("Dataset"), this);
    dock->setObjectName(QStringLiteral("datasetDock"));
    dock->setWidget(m_datasetPanel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_datasetPanel->setMinimumWidth(300);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusProgress->setObjectName(QStringLiteral("statusProgress"));
    m_statusProgress->setMaximumWidth(220);
    m_statusProgress->setMaximumHeight(statusBar()->fontMetrics().height() + 4);
    m_statusProgress->setTextVisible(false);
    m_statusProgress->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_statusProgress);
    setStatus(tr("Ready"), 0, -1);

    createActions();

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
                if (m_openAction)
                    m_openAction->setEnabled(!running);
            });

    const QByteArray geometry = windowGeometry.get();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1360, 860);
    // The first time, the dock is wide enough for the video table's file, class and frame
    // columns; later, the layout the user left.
    if (!restoreState(windowLayout.get()))
        resizeDocks({dock}, {420}, Qt::Horizontal);
}

MainWindow::~MainWindow() = default;

QString MainWindow::defaultDemoDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/demo");
}

void MainWindow::createActions()
{
    m_openAction = new QAction(themeIcon(QStringLiteral("open")), tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openAction->setStatusTip(tr("Open a project folder"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseProject);

    auto *quit = new QAction(themeIcon(QStringLiteral("quit")), tr("&Quit"), this);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *about = new QAction(themeIcon(QStringLiteral("about")), tr("&About ActionStudio"), this);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(quit);

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    training->addAction(m_trainingPanel->trainAction());
    training->addAction(m_trainingPanel->stopAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());

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
    toolBar->addAction(m_trainingPanel->stopAction());
}

void MainWindow::start()
{
    if (!m_options.projectDir.isEmpty()) {
        openProject(m_options.projectDir);
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
    m_trainingPanel->setProject(snapshot.dir, config);
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

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ActionStudio"),
        tr("<h3>ActionStudio %1</h3>"
           "<p>Label video clips, train video action recognition networks and watch them learn, "
           "fully offline.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(ACTIONSTUDIO_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::setStatus(const QString &text, int value, int maximum)
{
    if (maximum < 0) {
        m_statusLabel->setText(text.isEmpty() ? tr("Ready") : text);
        m_statusProgress->hide();
        return;
    }
    m_statusLabel->setText(text);
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
