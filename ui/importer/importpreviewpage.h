#pragma once

#include <QWizardPage>

namespace as {
struct ImportPlan;
}

class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace as::ui {

class ImportWizard;

/**
 * Page 3 of the import wizard: plans the import in a worker (progress bar and Cancel), then
 * shows the classes × videos per split and every problem as "file:line: message" (the count
 * is in the page title; the items are selectable and carry the file and line). Nothing is
 * written yet: this is the wizard's commit page, whose Import button leads to the commit.
 */
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    /** Item data of the problem list: the file (QString) and the 1-based line (int, 0: none). */
    enum ProblemRole
    {
        PathRole = Qt::UserRole,
        LineRole
    };

    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isPlanning() const { return m_planning; }

private:
    void startPlanning();
    void onPlanReady(const as::ImportPlan &plan);
    void onPlanFailed(const QString &error);
    void onCancelled();
    void showPlan(const as::ImportPlan &plan);
    void fillClassTable(const as::ImportPlan &plan);
    void fillProblems(const as::ImportPlan &plan);
    void setBusy(bool busy, const QString &status);

    ImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QLabel *m_summary;
    QLabel *m_error;
    QTableWidget *m_classTable;
    QGroupBox *m_problemsBox;
    QListWidget *m_problems;
    bool m_planning = false;
    bool m_startWhenIdle = false;
    bool m_ready = false;
};

} // namespace as::ui
