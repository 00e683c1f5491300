#include "ui/dataset/datasetpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/dataset/classeditcontroller.h"
#include "ui/dataset/classlistmodel.h"
#include "ui/dataset/projectloader.h"
#include "ui/dataset/splitdialog.h"
#include "ui/dataset/thumbnailprovider.h"
#include "ui/dataset/videofilterproxy.h"
#include "ui/dataset/videotablemodel.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/icons.h"

namespace as::ui {

namespace {

/** Panels at least this wide show classes and videos side by side, narrower ones stacked. */
constexpr int kSideBySideWidth = 1000;
// Narrower than this, the tool buttons show only their icons.
constexpr int kTextButtonsWidth = 560;

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

DatasetPanel::DatasetPanel(QWidget *parent)
    : QWidget(parent)
    , m_banner(new Banner(this))
    , m_summary(new QLabel(this))
    , m_splitCombo(new QComboBox(this))
    , m_classView(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_classFilter(new QComboBox(this))
    , m_splitFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_videoView(new QTableView(this))
    , m_thumbnailLabel(new QLabel(this))
    , m_thumbnailProgress(new QProgressBar(this))
    , m_thumbnailCancel(new QToolButton(this))
    , m_dropHint(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_classModel(new ClassListModel(this))
    , m_videoModel(new VideoTableModel(this))
    , m_videoProxy(new VideoFilterProxy(this))
    , m_thumbnails(new ThumbnailProvider(this))
    , m_classEditor(new ClassEditController(this))
    , m_reloader(new ProjectLoader(this))
{
    setObjectName(QStringLiteral("datasetPanel"));
    setAcceptDrops(true);
    createActions();

    m_banner->setObjectName(QStringLiteral("datasetBanner"));
    m_summary->setObjectName(QStringLiteral("datasetSummary"));
    m_summary->setWordWrap(true);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(2);
    auto addButton = [this, toolbar](QAction *action) {
        m_toolButtons.append(toolButton(action, this));
        toolbar->addWidget(m_toolButtons.constLast());
    };
    addButton(m_importAction);
    toolbar->addSpacing(8);
    addButton(m_addClassAction);
    addButton(m_renameClassAction);
    addButton(m_mergeClassAction);
    toolbar->addSpacing(8);
    addButton(m_splitToolsAction);
    toolbar->addStretch(1);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createClassBox());
    m_splitter->addWidget(createVideoBox());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_dropHint->setText(tr("Drop video files or folders here to import them"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setWordWrap(true);
    m_dropHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_dropHint->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(25, 118, 210, 40); border: 3px dashed #1976d2;"
        " border-radius: 12px; color: #0d47a1; font-size: 20pt; font-weight: 600; }"));
    m_dropHint->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(toolbar);
    layout->addWidget(m_summary); // its own row: the buttons never get squeezed by it
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    connect(m_classEditor, &ClassEditController::finished, this, &DatasetPanel::onEditFinished);
    connect(m_reloader, &ProjectLoader::loaded, this, &DatasetPanel::onReloaded);
    connect(m_reloader, &ProjectLoader::failed, this,
            [this](const QString &, const QString &error) {
                m_banner->showMessage(Banner::Kind::Error, error);
            });
    connect(m_thumbnails, &ThumbnailProvider::thumbnailsReady, m_videoModel,
            &VideoTableModel::addThumbnails);
    connect(m_thumbnails, &ThumbnailProvider::progress, this, [this](int done, int total) {
        m_thumbnailProgress->setRange(0, total);
        m_thumbnailProgress->setValue(done);
    });
    connect(m_thumbnails, &JobController::runningChanged, this, [this](bool running) {
        m_thumbnailLabel->setVisible(running);
        m_thumbnailProgress->setVisible(running);
        m_thumbnailCancel->setVisible(running);
    });
    clear();
}

DatasetPanel::~DatasetPanel() = default;

void DatasetPanel::createActions()
{
    const auto make = [this](const QString &text, const QString &icon, const QKeySequence &key,
                             const char *name) {
        auto *action = new QAction(icon.isEmpty() ? QIcon() : themeIcon(icon), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_importAction = make(tr("&Import…"), QStringLiteral("open"),
                          QKeySequence(Qt::CTRL | Qt::Key_I), "importAction");
    m_addClassAction = make(tr("&Add class…"), QStringLiteral("class"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "addClassAction");
    m_renameClassAction =
        make(tr("&Rename class…"), QString(), QKeySequence(Qt::Key_F2), "renameClassAction");
    m_mergeClassAction = make(tr("&Merge class…"), QString(), QKeySequence(Qt::CTRL | Qt::Key_M),
                              "mergeClassAction");
    m_splitToolsAction = make(tr("&Split tools…"), QStringLiteral("filter"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), "splitToolsAction");
    connect(m_importAction, &QAction::triggered, this, [this] { Q_EMIT importRequested({}); });
    connect(m_addClassAction, &QAction::triggered, this, &DatasetPanel::askAddClass);
    connect(m_renameClassAction, &QAction::triggered, this, &DatasetPanel::askRenameClass);
    connect(m_mergeClassAction, &QAction::triggered, this, &DatasetPanel::askMergeClass);
    connect(m_splitToolsAction, &QAction::triggered, this, &DatasetPanel::showSplitTools);
}

QWidget *DatasetPanel::createClassBox()
{
    m_splitCombo->setObjectName(QStringLiteral("splitSelector"));
    m_splitCombo->setToolTip(tr("Which train/test split the counts and the table show"));
    connect(m_splitCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int split = currentSplit();
        m_classModel->setSplit(split);
        m_videoModel->setSplit(split);
        updateSummary();
    });

    m_classView->setObjectName(QStringLiteral("classView"));
    m_classView->setModel(m_classModel);
    m_classView->setRootIsDecorated(false);
    m_classView->setUniformRowHeights(true);
    m_classView->setAlternatingRowColors(true);
    m_classView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_classView->header()->setStretchLastSection(false);
    m_classView->header()->setSectionResizeMode(ClassListModel::NameColumn, QHeaderView::Stretch);
    for (int column = ClassListModel::VideosColumn; column < ClassListModel::ColumnCount; ++column)
        m_classView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_classView->setToolTip(tr("Click a class to show only its videos; right-click to edit it"));
    connect(m_classView, &QTreeView::clicked, this, &DatasetPanel::onClassActivated);
    connect(m_classView, &QWidget::customContextMenuRequested, this,
            &DatasetPanel::onClassContextMenu);
    connect(m_classView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatasetPanel::updateActions);
    connect(m_classModel, &QAbstractItemModel::modelReset, this, &DatasetPanel::updateActions);

    auto *title = new QLabel(tr("<b>Classes</b>"), this);
    auto *splitLabel = new QLabel(tr("S&plit:"), this);
    splitLabel->setBuddy(m_splitCombo);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(splitLabel);
    header->addWidget(m_splitCombo);

    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_classView);
    return box;
}

QWidget *DatasetPanel::createVideoBox()
{
    m_filter->setObjectName(QStringLiteral("videoFilter"));
    m_filter->setPlaceholderText(tr("Search videos by name, class, split or status…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themeIcon(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, m_videoProxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_classFilter->setObjectName(QStringLiteral("classFilterCombo"));
    m_splitFilter->setObjectName(QStringLiteral("splitFilterCombo"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_splitFilter->addItem(tr("All splits"));
    for (const auto split : {VideoRow::Split::Train, VideoRow::Split::Test, VideoRow::Split::Unused})
        m_splitFilter->addItem(VideoTableModel::splitText(split), static_cast<int>(split));
    m_statusFilter->addItem(tr("All statuses"));
    for (const auto status : {VideoRow::Status::New, VideoRow::Status::Ready,
                              VideoRow::Status::Extracted, VideoRow::Status::Error})
        m_statusFilter->addItem(VideoTableModel::statusText(status), static_cast<int>(status));
    m_classFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *combo : {m_classFilter, m_splitFilter, m_statusFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &DatasetPanel::applyComboFilters);

    m_videoProxy->setSourceModel(m_videoModel);
    m_videoView->setObjectName(QStringLiteral("videoView"));
    m_videoView->setModel(m_videoProxy);
    m_videoView->setSortingEnabled(true);
    m_videoView->sortByColumn(VideoTableModel::FileColumn, Qt::AscendingOrder);
    m_videoView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_videoView->setAlternatingRowColors(true);
    m_videoView->setWordWrap(false);
    m_videoView->setShowGrid(false);
    m_videoView->setIconSize(VideoTableModel::thumbnailDisplaySize());
    m_videoView->verticalHeader()->hide();
    m_videoView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_videoView->verticalHeader()->setDefaultSectionSize(
        VideoTableModel::thumbnailDisplaySize().height() + 6);
    m_videoView->horizontalHeader()->setStretchLastSection(true);
    m_videoView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto emitVideo = [this](const QModelIndex &proxyIndex) {
        if (!proxyIndex.isValid())
            return;
        const QModelIndex source = m_videoProxy->mapToSource(proxyIndex);
        const VideoRow &video = m_videoModel->videoAt(source.row());
        Q_EMIT videoSelected(video.path, video.className);
    };
    connect(m_videoView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [emitVideo](const QModelIndex &current) { emitVideo(current); });
    connect(m_videoView, &QTableView::activated, this, emitVideo);

    m_thumbnailLabel->setText(tr("Making thumbnails…"));
    m_thumbnailProgress->setObjectName(QStringLiteral("thumbnailProgress"));
    m_thumbnailProgress->setMaximumWidth(240);
    m_thumbnailCancel->setObjectName(QStringLiteral("thumbnailCancelButton"));
    m_thumbnailCancel->setIcon(themeIcon(QStringLiteral("stop")));
    m_thumbnailCancel->setToolTip(tr("Stop making thumbnails"));
    m_thumbnailCancel->setAutoRaise(true);
    connect(m_thumbnailCancel, &QToolButton::clicked, m_thumbnails, &JobController::cancel);
    for (QWidget *w : {static_cast<QWidget *>(m_thumbnailLabel),
                       static_cast<QWidget *>(m_thumbnailProgress),
                       static_cast<QWidget *>(m_thumbnailCancel)})
        w->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_classFilter);
    filters->addWidget(m_splitFilter);
    filters->addWidget(m_statusFilter);

    auto *status = new QHBoxLayout;
    status->addStretch(1);
    status->addWidget(m_thumbnailLabel);
    status->addWidget(m_thumbnailProgress);
    status->addWidget(m_thumbnailCancel);

    auto *title = new QLabel(tr("<b>Videos</b>"), this);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_videoView, 1);
    layout->addLayout(status);
    return box;
}

QSortFilterProxyModel *DatasetPanel::videoProxy() const
{
    return m_videoProxy;
}

void DatasetPanel::setSnapshot(const ProjectSnapshot &snapshot)
{
    const int split = std::min(currentSplit(), std::max(1, snapshot.splitCount));
    m_snapshot = snapshot;

    const QSignalBlocker blocker(m_splitCombo);
    m_splitCombo->clear();
    for (int s = 1; s <= std::max(1, snapshot.splitCount); ++s)
        m_splitCombo->addItem(tr("Split %1").arg(s), s);
    m_splitCombo->setCurrentIndex(split - 1);
    m_splitCombo->setEnabled(snapshot.splitCount > 1);

    m_classModel->setSplit(split);
    m_videoModel->setSplit(split);
    m_classModel->setClasses(snapshot.classes);
    m_videoModel->setCacheDir(snapshot.cacheDir);
    m_videoModel->setVideos(snapshot.videos);
    fillFilterCombos();
    updateSummary();
    m_videoView->resizeColumnsToContents();
    updateActions();
    requestThumbnails();
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

int DatasetPanel::currentSplit() const
{
    return m_splitCombo->currentIndex() >= 0 ? m_splitCombo->currentIndex() + 1 : 1;
}

void DatasetPanel::setCurrentSplit(int split)
{
    if (split >= 1 && split <= m_splitCombo->count())
        m_splitCombo->setCurrentIndex(split - 1);
}

void DatasetPanel::updateSummary()
{
    int broken = 0;
    int train = 0;
    int test = 0;
    for (int row = 0; row < m_videoModel->rowCount(); ++row) {
        const VideoRow &video = m_videoModel->videoAt(row);
        broken += video.status == VideoRow::Status::Error ? 1 : 0;
        train += video.split == VideoRow::Split::Train ? 1 : 0;
        test += video.split == VideoRow::Split::Test ? 1 : 0;
    }
    QString summary = tr("%n class(es)", nullptr, static_cast<int>(m_snapshot.classes.size()))
        + QStringLiteral(" · ")
        + tr("%n video(s)", nullptr, static_cast<int>(m_snapshot.videos.size()));
    if (!m_snapshot.videos.isEmpty())
        summary += QStringLiteral(" · ")
            + tr("split %1: %2 train, %3 test").arg(currentSplit()).arg(train).arg(test);
    if (broken > 0)
        summary += QStringLiteral(" · ") + tr("%n unusable", nullptr, broken);
    m_summary->setText(summary);
}

void DatasetPanel::fillFilterCombos()
{
    const QVariant current = m_classFilter->currentData();
    const QSignalBlocker blocker(m_classFilter);
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes"));
    for (const ClassRow &c : m_snapshot.classes)
        m_classFilter->addItem(c.name, c.name);
    m_classFilter->addItem(tr("(unlabelled)"), QString());
    const int index = current.isValid() ? m_classFilter->findData(current) : 0;
    m_classFilter->setCurrentIndex(std::max(0, index));
    applyComboFilters();
}

void DatasetPanel::applyComboFilters()
{
    const QVariant cls = m_classFilter->currentData();
    m_videoProxy->setClassFilter(cls.isValid() ? std::optional<QString>(cls.toString())
                                               : std::nullopt);
    const QVariant split = m_splitFilter->currentData();
    m_videoProxy->setSplitFilter(
        split.isValid() ? std::optional(static_cast<VideoRow::Split>(split.toInt())) : std::nullopt);
    const QVariant status = m_statusFilter->currentData();
    m_videoProxy->setStatusFilter(status.isValid()
                                      ? std::optional(static_cast<VideoRow::Status>(status.toInt()))
                                      : std::nullopt);
}

void DatasetPanel::requestThumbnails()
{
    if (m_snapshot.dir.isEmpty() || m_snapshot.cacheDir.isEmpty()) {
        m_thumbnails->cancel();
        return;
    }
    QVector<ThumbnailRequest> requests;
    for (const VideoRow &video : m_snapshot.videos) {
        if (video.status != VideoRow::Status::Error)
            requests.append({video.id, video.path, video.frames});
    }
    m_thumbnailProgress->setRange(0, static_cast<int>(requests.size()));
    m_thumbnailProgress->setValue(0);
    m_thumbnails->request(m_snapshot.cacheDir, requests);
}

int DatasetPanel::selectedClassRow() const
{
    const QModelIndex index = m_classView->currentIndex();
    return index.isValid() && m_classView->selectionModel()->isSelected(index) ? index.row() : -1;
}

void DatasetPanel::updateActions()
{
    const bool open = !m_snapshot.dir.isEmpty();
    const bool selected = selectedClassRow() >= 0;
    m_addClassAction->setEnabled(open);
    m_renameClassAction->setEnabled(open && selected);
    m_mergeClassAction->setEnabled(open && selected && m_classModel->rowCount() > 1);
    m_splitToolsAction->setEnabled(open);
}

void DatasetPanel::onClassActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString name = m_classModel->classAt(index.row()).name;
    const bool shown = m_classFilter->currentData().isValid()
        && m_classFilter->currentData().toString() == name;
    m_classFilter->setCurrentIndex(shown ? 0 : m_classFilter->findData(name));
}

void DatasetPanel::onClassContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_classView->indexAt(pos);
    QMenu menu(this);
    menu.addAction(m_addClassAction);
    if (index.isValid()) {
        m_classView->setCurrentIndex(index);
        const ClassRow from = m_classModel->classAt(index.row());
        menu.addAction(m_renameClassAction);
        QMenu *merge = menu.addMenu(tr("Merge “%1” &into").arg(from.name));
        for (int row = 0; row < m_classModel->rowCount(); ++row) {
            const ClassRow into = m_classModel->classAt(row);
            if (into.id == from.id)
                continue;
            merge->addAction(into.name, this, [this, from, into] {
                if (QMessageBox::question(this, tr("Merge classes"),
                                          mergeQuestion(from.name, into.name, from.videos))
                    == QMessageBox::Yes)
                    mergeClasses(from.id, into.id);
            });
        }
        merge->setEnabled(!merge->isEmpty());
    }
    menu.exec(m_classView->viewport()->mapToGlobal(pos));
}

QString DatasetPanel::mergeQuestion(const QString &from, const QString &into, int videos)
{
    return tr("Merge the class “%1” into “%2”? %n video(s) will move to “%2” and “%1” will be "
              "removed. Runs trained before keep their own class names.",
              nullptr, videos)
        .arg(from, into);
}

void DatasetPanel::askAddClass()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add class"), tr("Name of the new class:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        addClass(name);
}

void DatasetPanel::askRenameClass()
{
    const int row = selectedClassRow();
    if (row < 0)
        return;
    const ClassRow c = m_classModel->classAt(row);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename class"),
                                               tr("New name of the class “%1”:").arg(c.name),
                                               QLineEdit::Normal, c.name, &ok);
    if (ok && name.trimmed() != c.name)
        renameClass(c.id, name);
}

void DatasetPanel::askMergeClass()
{
    const int row = selectedClassRow();
    if (row < 0)
        return;
    const ClassRow from = m_classModel->classAt(row);
    QStringList targets;
    for (const ClassRow &c : m_snapshot.classes) {
        if (c.id != from.id)
            targets.append(c.name);
    }
    bool ok = false;
    const QString target = QInputDialog::getItem(
        this, tr("Merge class"), tr("Merge “%1” into:").arg(from.name), targets, 0, false, &ok);
    if (!ok)
        return;
    for (const ClassRow &into : m_snapshot.classes) {
        if (into.name == target
            && QMessageBox::question(this, tr("Merge classes"),
                                     mergeQuestion(from.name, into.name, from.videos))
                == QMessageBox::Yes)
            mergeClasses(from.id, into.id);
    }
}

bool DatasetPanel::addClass(const QString &name)
{
    m_editPending = m_classEditor->addClass(m_snapshot.dir, name);
    return m_editPending;
}

bool DatasetPanel::renameClass(qint64 classId, const QString &newName)
{
    m_editPending = m_classEditor->renameClass(m_snapshot.dir, classId, newName);
    return m_editPending;
}

bool DatasetPanel::mergeClasses(qint64 fromId, qint64 intoId)
{
    m_editPending = m_classEditor->mergeClasses(m_snapshot.dir, fromId, intoId);
    return m_editPending;
}

void DatasetPanel::onEditFinished(bool ok, const QString &message)
{
    m_banner->showMessage(ok ? Banner::Kind::Success : Banner::Kind::Error, message);
    if (ok)
        reload();
    else
        m_editPending = false;
}

void DatasetPanel::reload()
{
    if (!m_snapshot.dir.isEmpty())
        m_reloader->load(m_snapshot.dir);
}

void DatasetPanel::onReloaded(const ProjectSnapshot &snapshot)
{
    setSnapshot(snapshot);
    Q_EMIT reloaded();
    if (m_editPending) {
        m_editPending = false;
        Q_EMIT projectEdited();
    }
}

void DatasetPanel::showSplitTools()
{
    if (m_snapshot.dir.isEmpty())
        return;
    auto *dialog = new SplitDialog(m_snapshot.dir, currentSplit(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SplitDialog::splitChanged, this, [this](int split) {
        m_editPending = true;
        if (split > m_splitCombo->count())
            m_splitCombo->addItem(tr("Split %1").arg(split), split); // until the reload
        reload();
    });
    dialog->show();
}

void DatasetPanel::showDropHint(bool show)
{
    if (show) {
        m_dropHint->setGeometry(rect().adjusted(12, 12, -12, -12));
        m_dropHint->raise();
    }
    m_dropHint->setVisible(show);
}

void DatasetPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (localPaths(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    showDropHint(true);
}

void DatasetPanel::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DatasetPanel::dragLeaveEvent(QDragLeaveEvent *event)
{
    showDropHint(false);
    QWidget::dragLeaveEvent(event);
}

void DatasetPanel::dropEvent(QDropEvent *event)
{
    showDropHint(false);
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT importRequested(paths);
}

void DatasetPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_splitter->setOrientation(width() >= kSideBySideWidth ? Qt::Horizontal : Qt::Vertical);
    // In a narrow dock the buttons show their icons only (the text stays in the tooltip).
    const Qt::ToolButtonStyle style =
        width() >= kTextButtonsWidth ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    for (QToolButton *button : std::as_const(m_toolButtons))
        button->setToolButtonStyle(style);
    if (m_dropHint->isVisible())
        m_dropHint->setGeometry(rect().adjusted(12, 12, -12, -12));
}

} // namespace as::ui
