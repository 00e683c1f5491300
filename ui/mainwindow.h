#pragma once

#include <QKeySequence>
#include <QMainWindow>
#include <QString>

#include "ui/dataset/demoprojectcontroller.h"
#include "ui/dataset/projectsnapshot.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;

namespace as::ui {

class DatasetPanel;
class JobsIndicator;
class ProjectLoader;
class RecentProjects;
class Workbench;
class TrainingPanel;

/**
 * The application window: the dataset of the open project in a dock on the left, training in
 * the centre, further panels in docks added with addPanel(). On start it opens the project
 * given on the command line, else the most recent project, else prepares and opens the
 * built-in SynthMotion demo project. The File menu creates, opens and reopens projects, Edit
 * has the Preferences, and the status bar lists the running background jobs.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString projectDir; // open this project; empty: the demo project
        QString demoDir; // where the demo project lives; empty: AppLocalDataLocation/demo
        /**
         * How the demo is generated (clips per class, frame size, cache size, threads); its
         * projectDir is ignored in favour of demoDir. Tests make it small to stay fast.
         */
        as::DemoProjectOptions demo;
    };

    explicit MainWindow(Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens the project (or prepares the demo) as the options say; call once after show(). */
    void start();
    /** Loads `projectDir` in a worker and shows it when read. */
    void openProject(const QString &projectDir);
    /**
     * Creates a project in the empty folder `projectDir` (made when missing) and opens it;
     * false, with the reason shown, when the folder is not empty or cannot be written.
     */
    bool newProject(const QString &projectDir);
    /**
     * Adds `panel` in a dock named `objectName` (for saveState) at `area`, and the dock's
     * show/hide toggle, with `toggleShortcut`, to the View menu. The dock takes the place the
     * user left it in when the saved layout has it. Returns the dock.
     */
    QDockWidget *addPanel(const QString &objectName, const QString &title, QWidget *panel,
                          Qt::DockWidgetArea area, const QKeySequence &toggleShortcut = {});
    /** The rich text of Help > About: versions of ActionStudio, Qt, LibTorch, OpenCV, device. */
    static QString aboutText();
    /** Where the demo project is kept when no --demo-dir is given. */
    static QString defaultDemoDir();

    QString projectDir() const { return m_projectDir; }
    DatasetPanel *datasetPanel() const { return m_datasetPanel; }
    TrainingPanel *trainingPanel() const { return m_trainingPanel; }
    DemoProjectController *demoController() const { return m_demoController; }
    ProjectLoader *projectLoader() const { return m_loader; }
    JobsIndicator *jobsIndicator() const { return m_jobsIndicator; }
    RecentProjects *recentProjects() const { return m_recentProjects; }
    /** The config editor, inspector and evaluation view, and how they are wired. */
    Workbench *workbench() const { return m_workbench; }
    QMenu *trainingMenu() const { return m_trainingMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }

Q_SIGNALS:
    /** The project's data is shown and it can be trained. */
    void projectOpened(const QString &projectDir);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void prepareDemo(const QString &demoDir);
    void onDemoFinished(DemoProjectController::Outcome outcome, const QString &projectDir,
                        const QString &error);
    void onProjectLoaded(const ProjectSnapshot &snapshot);
    void onProjectFailed(const QString &projectDir, const QString &error);
    void chooseProject();
    void chooseNewProject();
    void showPreferences();
    void showAbout();
    void setStatus(const QString &text, int value, int maximum);
    void showError(const QString &title, const QString &text);
    QString demoDir() const;

    Options m_options;
    QString m_projectDir;
    DatasetPanel *m_datasetPanel;
    TrainingPanel *m_trainingPanel;
    DemoProjectController *m_demoController;
    ProjectLoader *m_loader;
    QLabel *m_statusLabel;
    QProgressBar *m_statusProgress;
    JobsIndicator *m_jobsIndicator;
    RecentProjects *m_recentProjects;
    Workbench *m_workbench = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_trainingMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_newAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace as::ui
