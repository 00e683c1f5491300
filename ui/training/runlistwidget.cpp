#include "ui/training/runlistwidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/training/runlistloader.h"
#include "ui/training/runlistmodel.h"
#include "ui/widgets/icons.h"

namespace as::ui {

RunListWidget::RunListWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new RunListModel(this))
    , m_loader(new RunListLoader(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("Re&fresh"), this))
    , m_resumeButton(new QPushButton(themeIcon(QStringLiteral("train")), tr("&Resume Run"), this))
{
    setObjectName(QStringLiteral("runList"));
    m_view->setObjectName(QStringLiteral("runListView"));
    m_refreshButton->setObjectName(QStringLiteral("refreshRunsButton"));
    m_resumeButton->setObjectName(QStringLiteral("resumeRunButton"));
    m_message->setObjectName(QStringLiteral("runListMessage"));
    m_refreshButton->setToolTip(tr("Read the project's runs again"));
    m_resumeButton->setToolTip(
        tr("Continue the selected stopped run from its last checkpoint, with its own settings"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(RunListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(RunListModel::DateColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Check runs to compare their curves; double-click to open a run"));

    auto *title = new QLabel(tr("<b>Runs of the project</b>"), this);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_resumeButton);
    header->addWidget(m_refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &RunListWidget::refresh);
    connect(m_resumeButton, &QPushButton::clicked, this, [this] {
        const QString dir = currentRunDir();
        if (!dir.isEmpty())
            Q_EMIT resumeRequested(dir);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openRunRequested(QString::fromStdString(m_model->runAt(index.row()).info.dir));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunListWidget::updateButtons);
    connect(m_model, &RunListModel::checkedRunsChanged, this, &RunListWidget::checkedRunsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunListWidget::updateButtons);
    connect(m_loader, &RunListLoader::loaded, this,
            [this](const QString &projectDir, const QVector<RunRow> &runs) {
                if (projectDir == m_projectDir) {
                    m_message->hide();
                    m_model->setRuns(runs);
                    m_view->resizeColumnToContents(RunListModel::StatusColumn);
                }
                onLoaded(projectDir);
            });
    connect(m_loader, &RunListLoader::failed, this,
            [this](const QString &projectDir, const QString &error) {
                if (projectDir == m_projectDir) {
                    m_message->setText(error);
                    m_message->show();
                }
                onLoaded(projectDir);
            });
    connect(m_loader, &RunListLoader::runningChanged, this, &RunListWidget::updateButtons);
    updateButtons();
}

void RunListWidget::setProjectDir(const QString &projectDir)
{
    m_projectDir = projectDir;
    if (projectDir.isEmpty())
        m_model->setRuns({});
    refresh();
}

bool RunListWidget::isLoading() const
{
    return m_loader->isRunning() || m_reloadPending;
}

void RunListWidget::setResumeAllowed(bool allowed)
{
    m_resumeAllowed = allowed;
    updateButtons();
}

void RunListWidget::refresh()
{
    if (m_projectDir.isEmpty())
        return;
    if (m_loader->isRunning()) {
        m_reloadPending = true;
        return;
    }
    m_loader->load(m_projectDir);
}

void RunListWidget::onLoaded(const QString &projectDir)
{
    // A folder switched or a run finished while reading: read the current folder again.
    if (m_reloadPending || projectDir != m_projectDir) {
        m_reloadPending = false;
        // The loader has marked itself idle before reporting, so it can start again now.
        refresh();
        return;
    }
    Q_EMIT refreshed();
}

void RunListWidget::updateButtons()
{
    const QString dir = currentRunDir();
    const int row = dir.isEmpty() ? -1 : m_model->rowOf(dir);
    m_resumeButton->setEnabled(m_resumeAllowed && row >= 0
                               && RunListModel::isResumable(m_model->runAt(row).info));
    m_refreshButton->setEnabled(!m_projectDir.isEmpty());
}

QString RunListWidget::currentRunDir() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return {};
    return QString::fromStdString(m_model->runAt(current.row()).info.dir);
}

} // namespace as::ui
