#include "ui/importer/importcommitpage.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/project/importers/importplan.h"
#include "ui/importer/importcontroller.h"
#include "ui/importer/importwizard.h"
#include "ui/widgets/errortext.h"
#include "ui/widgets/icons.h"

namespace as::ui {

ImportCommitPage::ImportCommitPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(themeIcon(QStringLiteral("stop")), tr("Cancel"), this))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_issues(new QListWidget(this))
{
    setObjectName(QStringLiteral("commitPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("Each new video is opened once to measure its frames, rate and size."));
    setFinalPage(true);

    m_status->setObjectName(QStringLiteral("commitStatus"));
    m_progress->setObjectName(QStringLiteral("commitProgress"));
    m_progress->setFormat(tr("%v of %m videos"));
    m_cancel->setObjectName(QStringLiteral("commitCancel"));
    m_cancel->setToolTip(tr("Stop; the project is left as it was"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wizard->controller()->cancel();
        m_status->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    });

    auto *progressRow = new QHBoxLayout;
    progressRow->setSpacing(10);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_summary->setObjectName(QStringLiteral("commitSummary"));
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_summary->setFont(big);
    m_details->setObjectName(QStringLiteral("commitDetails"));
    m_details->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("commitIssues"));
    m_issues->setAlternatingRowColors(true);
    m_issues->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addWidget(m_issues, 1);
    layout->addStretch(0);

    ImportController *controller = m_wizard->controller();
    connect(controller, &ImportController::commitProgress, this, &ImportCommitPage::onProgress);
    connect(controller, &ImportController::committed, this, &ImportCommitPage::onCommitted);
    connect(controller, &ImportController::commitFailed, this, &ImportCommitPage::onFailed);
    connect(controller, &ImportController::cancelled, this, &ImportCommitPage::onCancelled);
}

void ImportCommitPage::initializePage()
{
    m_finished = false;
    setTitle(tr("Importing"));
    setSubTitle(tr("Each new video is opened once to measure its frames, rate and size."));
    m_summary->clear();
    m_details->clear();
    m_issues->clear();
    m_issues->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Writing to %1…").arg(m_wizard->projectDir()));
    m_committing = m_wizard->controller()->commit(m_wizard->projectDir(), m_wizard->plan());
    if (!m_committing)
        onFailed(tr("Another job of this wizard is still running; close it and try again."));
}

bool ImportCommitPage::isComplete() const
{
    return m_finished;
}

void ImportCommitPage::onProgress(int done, int total)
{
    if (!m_committing)
        return;
    m_status->setText(tr("Opening the videos…"));
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

void ImportCommitPage::onCommitted(const as::ImportReport &report)
{
    if (!m_committing)
        return;
    m_committing = false;

    // The plan's problems come first in the report; what follows are probe failures and notes.
    const std::size_t planProblems = m_wizard->plan().problems.size();
    int unreadable = 0;
    const QIcon videoError = themeIcon(QStringLiteral("video-error"));
    for (std::size_t i = planProblems; i < report.problems.size(); ++i) {
        const as::ErrorInfo &problem = report.problems[i];
        const bool isVideo
            = QString::fromStdString(problem.code).startsWith(QLatin1String("video."));
        unreadable += isVideo ? 1 : 0;
        auto *item = new QListWidgetItem(isVideo ? videoError : themeIcon(QStringLiteral("info")),
                                         QString::fromStdString(problem.message), m_issues);
        item->setToolTip(ErrorText::describe(problem));
    }
    for (const std::string &missing : report.missingPaths) {
        new QListWidgetItem(videoError, tr("Not on disk: %1").arg(QString::fromStdString(missing)),
                            m_issues);
    }

    const int imported = report.videosAdded + report.videosUpdated - unreadable;
    const int skipped = report.missingFiles + unreadable;
    const QString headline = skipped > 0
        ? tr("%1, %2").arg(tr("%n video(s) imported", nullptr, imported),
                           tr("%n skipped", nullptr, skipped))
        : tr("%n video(s) imported", nullptr, imported);
    QStringList details;
    details << tr("%n new class(es)", nullptr, report.classesAdded)
            << tr("%n split assignment(s)", nullptr, report.splitEntries);
    if (report.videosUpdated > 0)
        details << tr("%n video(s) already in the project updated", nullptr, report.videosUpdated);
    if (report.missingFiles > 0)
        details << tr("%n not on disk", nullptr, report.missingFiles);
    if (unreadable > 0)
        details << tr("%n unreadable", nullptr, unreadable);
    if (planProblems > 0)
        details << tr("%n list line(s) with problems ignored", nullptr,
                      static_cast<int>(planProblems));
    finish(headline, details.join(QStringLiteral("  ·  ")));
    setTitle(tr("Import finished"));
    setSubTitle(tr("The videos are in the project. Videos that could not be used are listed "
                   "below."));
    m_wizard->setCommitted(report, imported);
}

void ImportCommitPage::onFailed(const QString &error)
{
    m_committing = false;
    finish(tr("The import failed; the project was not changed."), error);
    setTitle(tr("Import failed"));
    setSubTitle(QString());
}

void ImportCommitPage::onCancelled()
{
    if (!m_committing)
        return;
    m_committing = false;
    finish(tr("The import was cancelled; the project was not changed."), QString());
    setTitle(tr("Import cancelled"));
    setSubTitle(QString());
}

void ImportCommitPage::finish(const QString &headline, const QString &details)
{
    m_finished = true;
    m_status->clear();
    m_progress->hide();
    m_cancel->hide();
    m_summary->setText(headline);
    m_details->setText(details);
    m_issues->setVisible(m_issues->count() > 0);
    Q_EMIT completeChanged();
}

} // namespace as::ui
