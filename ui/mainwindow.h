#pragma once

#include <QMainWindow>
#include <QString>

#include "ui/dataset/demoprojectcontroller.h"
#include "ui/dataset/projectsnapshot.h"

class QAction;
class QLabel;
class QProgressBar;

namespace as::ui {

class DatasetPanel;
class ProjectLoader;
class TrainingPanel;

/**
 * The application window: the dataset of the open project in a dock on the left, training in
 * the centre. On start it opens the project given on the command line, or prepares and opens
 * the built-in SynthMotion demo project.
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
    /** Where the demo project is kept when no --demo-dir is given. */
    static QString defaultDemoDir();

    QString projectDir() const { return m_projectDir; }
    DatasetPanel *datasetPanel() const { return m_datasetPanel; }
    TrainingPanel *trainingPanel() const { return m_trainingPanel; }
    DemoProjectController *demoController() const { return m_demoController; }
    ProjectLoader *projectLoader() const { return m_loader; }

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
    QAction *m_openAction = nullptr;
};

} // namespace as::ui
