#include "ui/dataset/datasetpanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/dataset/classlistmodel.h"
#include "ui/dataset/videotablemodel.h"
#include "ui/widgets/icons.h"

namespace as::ui {

DatasetPanel::DatasetPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_classView(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_videoView(new QTableView(this))
    , m_classModel(new ClassListModel(this))
    , m_videoModel(new VideoTableModel(this))
    , m_videoProxy(new QSortFilterProxyModel(this))
{
    m_summary->setObjectName(QStringLiteral("datasetSummary"));
    m_summary->setWordWrap(true);

    m_classView->setObjectName(QStringLiteral("classView"));
    m_classView->setModel(m_classModel);
    m_classView->setRootIsDecorated(false);
    m_classView->setUniformRowHeights(true);
    m_classView->setAlternatingRowColors(true);
    m_classView->header()->setStretchLastSection(false);
    m_classView->header()->setSectionResizeMode(ClassListModel::NameColumn, QHeaderView::Stretch);
    for (int column = ClassListModel::VideosColumn; column < ClassListModel::ColumnCount; ++column)
        m_classView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_classView->setToolTip(tr("Click a class to show only its videos"));
    connect(m_classView, &QTreeView::clicked, this, &DatasetPanel::onClassActivated);

    m_filter->setObjectName(QStringLiteral("videoFilter"));
    m_filter->setPlaceholderText(tr("Filter videos by name, class, split or status…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themeIcon(QStringLiteral("filter")), QLineEdit::LeadingPosition);

    m_videoProxy->setSourceModel(m_videoModel);
    m_videoProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_videoProxy->setFilterKeyColumn(-1);
    m_videoProxy->setSortRole(Qt::DisplayRole);
    connect(m_filter, &QLineEdit::textChanged, m_videoProxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_videoView->setObjectName(QStringLiteral("videoView"));
    m_videoView->setModel(m_videoProxy);
    m_videoView->setSortingEnabled(true);
    m_videoView->sortByColumn(VideoTableModel::FileColumn, Qt::AscendingOrder);
    m_videoView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_videoView->setAlternatingRowColors(true);
    m_videoView->setWordWrap(false);
    m_videoView->setShowGrid(false);
    m_videoView->verticalHeader()->hide();
    m_videoView->verticalHeader()->setDefaultSectionSize(m_videoView->fontMetrics().height() + 6);
    m_videoView->horizontalHeader()->setStretchLastSection(true);
    m_videoView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *classBox = new QWidget(this);
    auto *classLayout = new QVBoxLayout(classBox);
    classLayout->setContentsMargins(0, 0, 0, 0);
    classLayout->addWidget(m_summary);
    classLayout->addWidget(m_classView);

    auto *videoBox = new QWidget(this);
    auto *videoLayout = new QVBoxLayout(videoBox);
    videoLayout->setContentsMargins(0, 0, 0, 0);
    videoLayout->addWidget(m_filter);
    videoLayout->addWidget(m_videoView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(classBox);
    splitter->addWidget(videoBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
    clear();
}

void DatasetPanel::setSnapshot(const ProjectSnapshot &snapshot)
{
    m_classModel->setClasses(snapshot.classes);
    m_videoModel->setVideos(snapshot.videos);
    int broken = 0;
    for (const VideoRow &video : snapshot.videos)
        broken += video.status == VideoRow::Status::Error ? 1 : 0;
    QString summary = tr("%n class(es)", nullptr, static_cast<int>(snapshot.classes.size()))
        + QStringLiteral(" · ")
        + tr("%n video(s)", nullptr, static_cast<int>(snapshot.videos.size()));
    if (broken > 0)
        summary += QStringLiteral(" · ") + tr("%n unusable", nullptr, broken);
    m_summary->setText(summary);
    m_videoView->resizeColumnsToContents();
}

void DatasetPanel::clear()
{
    setSnapshot(ProjectSnapshot());
    m_summary->setText(tr("No project open"));
}

void DatasetPanel::setPlaceholder(const QString &text)
{
    m_summary->setText(text);
}

void DatasetPanel::onClassActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString name = m_classModel->classAt(index.row()).name;
    m_filter->setText(m_filter->text() == name ? QString() : name);
}

} // namespace as::ui
