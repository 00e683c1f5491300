#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace as::ui {

class RunListLoader;
class RunListModel;

/**
 * The project's runs as a table, read in a worker: check runs to overlay their curves on the
 * charts, double-click one to open it (the main window shows its evaluation), or continue a
 * stopped run from its last checkpoint.
 */
class RunListWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit RunListWidget(QWidget *parent = nullptr);

    /** Lists the runs of `projectDir` (empty: none). */
    void setProjectDir(const QString &projectDir);
    QString projectDir() const { return m_projectDir; }

    RunListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoading() const;
    /** Whether new runs may be resumed (false while a run trains). */
    void setResumeAllowed(bool allowed);

public Q_SLOTS:
    /** Reads the run list again (once more after the current read, when one is running). */
    void refresh();

Q_SIGNALS:
    void openRunRequested(const QString &runDir);
    void resumeRequested(const QString &runDir);
    void checkedRunsChanged(const QStringList &runDirs);
    /** A refresh has finished and the model holds the new list. */
    void refreshed();

private:
    void onLoaded(const QString &projectDir);
    void updateButtons();
    QString currentRunDir() const;

    RunListModel *m_model;
    RunListLoader *m_loader;
    QTableView *m_view;
    QLabel *m_message;
    QPushButton *m_refreshButton;
    QPushButton *m_resumeButton;
    QString m_projectDir;
    bool m_reloadPending = false;
    bool m_resumeAllowed = true;
};

} // namespace as::ui
