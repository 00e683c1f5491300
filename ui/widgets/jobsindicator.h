#pragma once

#include <QPointer>
#include <QString>
#include <QVector>
#include <QWidget>

class QFrame;
class QLabel;
class QProgressBar;
class QToolButton;
class QVBoxLayout;

namespace as::ui {

class JobController;

/**
 * The status bar's view of the background work: while any registered JobController runs it
 * shows "N jobs running" beside a busy bar, and its button opens a popup listing each running
 * job by name with a Cancel button. Controllers stay registered until they are destroyed, so a
 * controller that runs many jobs (a loader, a trainer) is registered once.
 */
class JobsIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit JobsIndicator(QWidget *parent = nullptr);

    /** Watches `job` under the translated, user-visible `name` ("Training"). */
    void registerJob(JobController *job, const QString &name);

    /** The names of the jobs running now, in registration order. */
    QStringList runningJobs() const;
    int runningCount() const;
    /** The popup listing the running jobs (a Qt::Popup window; hidden until showJobs()). */
    QFrame *popup() const { return m_popup; }

public Q_SLOTS:
    /** Opens the popup under the indicator. */
    void showJobs();

Q_SIGNALS:
    void runningCountChanged(int count);

private:
    struct Entry
    {
        QPointer<JobController> job;
        QString name;
    };

    void refresh();
    void rebuildPopup();

    QVector<Entry> m_entries;
    QLabel *m_label;
    QProgressBar *m_busy;
    QToolButton *m_button;
    QFrame *m_popup;
    QVBoxLayout *m_popupLayout;
    int m_lastCount = 0;
};

} // namespace as::ui
