#include "ui/widgets/jobsindicator.h"

#include <algorithm>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/widgets/jobcontroller.h"

namespace as::ui {

JobsIndicator::JobsIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_button(new QToolButton(this))
    , m_popup(new QFrame(this, Qt::Popup))
    , m_popupLayout(new QVBoxLayout(m_popup))
{
    setObjectName(QStringLiteral("jobsIndicator"));
    m_label->setObjectName(QStringLiteral("jobsLabel"));
    m_busy->setObjectName(QStringLiteral("jobsBusy"));
    m_busy->setRange(0, 0); // busy: the jobs report their own progress elsewhere
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(80);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_button->setObjectName(QStringLiteral("jobsButton"));
    m_button->setText(tr("Show"));
    m_button->setAutoRaise(true);
    m_button->setArrowType(Qt::UpArrow);
    m_button->setToolTip(tr("Show the running jobs and cancel them"));
    connect(m_button, &QToolButton::clicked, this, &JobsIndicator::showJobs);

    m_popup->setObjectName(QStringLiteral("jobsPopup"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popupLayout->setContentsMargins(10, 8, 10, 8);
    m_popupLayout->setSpacing(6);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_busy);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    refresh();
}

void JobsIndicator::registerJob(JobController *job, const QString &name)
{
    if (!job)
        return;
    m_entries.append({job, name});
    connect(job, &JobController::runningChanged, this, &JobsIndicator::refresh);
    // The entry's QPointer turns null; refresh() then drops it.
    connect(job, &QObject::destroyed, this, &JobsIndicator::refresh, Qt::QueuedConnection);
    refresh();
}

QStringList JobsIndicator::runningJobs() const
{
    QStringList names;
    for (const Entry &entry : m_entries) {
        if (entry.job && entry.job->isRunning())
            names.append(entry.name);
    }
    return names;
}

int JobsIndicator::runningCount() const
{
    return static_cast<int>(runningJobs().size());
}

void JobsIndicator::refresh()
{
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [](const Entry &entry) { return entry.job.isNull(); }),
                    m_entries.end());
    const int count = runningCount();
    m_label->setText(tr("%n job(s) running", nullptr, count));
    setVisible(count > 0);
    if (m_popup->isVisible()) {
        if (count == 0)
            m_popup->hide();
        else
            rebuildPopup();
    }
    if (count != m_lastCount) {
        m_lastCount = count;
        Q_EMIT runningCountChanged(count);
    }
}

void JobsIndicator::rebuildPopup()
{
    while (QLayoutItem *item = m_popupLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *title = new QLabel(tr("<b>Running jobs</b>"), m_popup);
    m_popupLayout->addWidget(title);
    int row = 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.job || !entry.job->isRunning())
            continue;
        auto *line = new QWidget(m_popup);
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        lineLayout->setSpacing(12);
        auto *name = new QLabel(entry.name, line);
        name->setObjectName(QStringLiteral("jobName%1").arg(row));
        auto *cancel = new QPushButton(tr("Cancel"), line);
        cancel->setObjectName(QStringLiteral("cancelJob%1").arg(row));
        cancel->setToolTip(tr("Cancel %1").arg(entry.name));
        QPointer<JobController> job = entry.job;
        connect(cancel, &QPushButton::clicked, this, [job, cancel] {
            if (job)
                job->cancel();
            // The job ends at its next safe point; until then the button says so.
            cancel->setEnabled(false);
            cancel->setText(tr("Cancelling…"));
        });
        lineLayout->addWidget(name, 1);
        lineLayout->addWidget(cancel);
        m_popupLayout->addWidget(line);
        ++row;
    }
    m_popup->adjustSize();
}

void JobsIndicator::showJobs()
{
    if (runningCount() == 0)
        return;
    rebuildPopup();
    const QSize size = m_popup->sizeHint();
    // Above the indicator: it lives in the status bar at the bottom of the window.
    const QPoint topRight = mapToGlobal(QPoint(width(), 0));
    m_popup->move(topRight.x() - size.width(), topRight.y() - size.height() - 4);
    m_popup->show();
}

} // namespace as::ui
