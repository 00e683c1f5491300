#pragma once

#include <QWizardPage>

namespace as {
struct ImportReport;
}

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace as::ui {

class ImportWizard;

/**
 * Page 4 of the import wizard: writes the previewed plan to the project (probing each new
 * video) with a progress bar and Cancel, then sums up the result ("412 videos imported,
 * 3 skipped") and lists the videos that could not be used. A cancelled or failed commit
 * leaves the project as it was.
 */
class ImportCommitPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCommitPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isCommitting() const { return m_committing; }

private:
    void onProgress(int done, int total);
    void onCommitted(const as::ImportReport &report);
    void onFailed(const QString &error);
    void onCancelled();
    void finish(const QString &headline, const QString &details);

    ImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QLabel *m_details;
    QListWidget *m_issues;
    bool m_committing = false;
    bool m_finished = false;
};

} // namespace as::ui
