#pragma once

#include <QStringList>
#include <QList>
#include <QWidget>

#include "ui/dataset/projectsnapshot.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolButton;
class QTreeView;

namespace as::ui {

class Banner;
class ClassEditController;
class ClassListModel;
class ProjectLoader;
class ThumbnailProvider;
class VideoFilterProxy;
class VideoTableModel;

/**
 * The dataset browser: the project's classes with their counts per split, and a searchable,
 * filterable table of its videos with thumbnails (made in the background), duration, probed
 * properties, split and status. Classes can be added, renamed and merged; split tools and an
 * import entry point (button, or files and folders dropped on the panel) are at hand.
 *
 * The panel edits the project only through worker jobs and reloads its snapshot afterwards
 * with its own ProjectLoader; importing is the window's job (importRequested()).
 */
class DatasetPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetPanel(QWidget *parent = nullptr);
    ~DatasetPanel() override;

    void setSnapshot(const ProjectSnapshot &snapshot);
    const ProjectSnapshot &snapshot() const { return m_snapshot; }
    void clear();
    /** Shows a message instead of counts, e.g. while the project is being prepared. */
    void setPlaceholder(const QString &text);

    ClassListModel *classModel() const { return m_classModel; }
    VideoTableModel *videoModel() const { return m_videoModel; }
    /** The filtered view of the videos, as the table shows it. */
    QSortFilterProxyModel *videoProxy() const;
    VideoFilterProxy *videoFilter() const { return m_videoProxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    ThumbnailProvider *thumbnailProvider() const { return m_thumbnails; }
    ClassEditController *classEditor() const { return m_classEditor; }
    Banner *banner() const { return m_banner; }

    QAction *importAction() const { return m_importAction; }
    QAction *addClassAction() const { return m_addClassAction; }
    QAction *renameClassAction() const { return m_renameClassAction; }
    QAction *mergeClassAction() const { return m_mergeClassAction; }
    QAction *splitToolsAction() const { return m_splitToolsAction; }

    /** The split (1-based) whose subsets and counts are shown. */
    int currentSplit() const;
    void setCurrentSplit(int split);

    /** Edits run in a worker; each returns false when another edit is running. */
    bool addClass(const QString &name);
    bool renameClass(qint64 classId, const QString &newName);
    bool mergeClasses(qint64 fromId, qint64 intoId);

    /** The question asked before merging `from` (with `videos` videos) into `into`. */
    static QString mergeQuestion(const QString &from, const QString &into, int videos);

public Q_SLOTS:
    /** Reads the project again in a worker (after an edit made elsewhere). */
    void reload();
    /** Opens the split tools dialog for the current split. */
    void showSplitTools();

Q_SIGNALS:
    /** Import `paths` (files and folders); empty: let the user choose (the import wizard). */
    void importRequested(const QStringList &paths);
    /** The panel changed the project (classes or splits) and has reloaded it. */
    void projectEdited();
    /** A reload the panel started has been shown. */
    void reloaded();
    /** The user selected (or activated with Enter / a double click) one video in the table. */
    void videoSelected(const QString &path, const QString &className);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    QWidget *createClassBox();
    QWidget *createVideoBox();
    void onClassActivated(const QModelIndex &index);
    void onClassContextMenu(const QPoint &pos);
    void onEditFinished(bool ok, const QString &message);
    void onReloaded(const ProjectSnapshot &snapshot);
    void askAddClass();
    void askRenameClass();
    void askMergeClass();
    void updateActions();
    void updateSummary();
    void fillFilterCombos();
    void applyComboFilters();
    void requestThumbnails();
    void showDropHint(bool show);
    /** The class selected in the class list, or -1. */
    int selectedClassRow() const;

    ProjectSnapshot m_snapshot;
    bool m_editPending = false;
    Banner *m_banner;
    QLabel *m_summary;
    QComboBox *m_splitCombo;
    QTreeView *m_classView;
    QLineEdit *m_filter;
    QComboBox *m_classFilter;
    QComboBox *m_splitFilter;
    QComboBox *m_statusFilter;
    QTableView *m_videoView;
    QLabel *m_thumbnailLabel;
    QProgressBar *m_thumbnailProgress;
    QToolButton *m_thumbnailCancel;
    QLabel *m_dropHint;
    QSplitter *m_splitter;
    QList<QToolButton *> m_toolButtons;
    ClassListModel *m_classModel;
    VideoTableModel *m_videoModel;
    VideoFilterProxy *m_videoProxy;
    ThumbnailProvider *m_thumbnails;
    ClassEditController *m_classEditor;
    ProjectLoader *m_reloader;
    QAction *m_importAction = nullptr;
    QAction *m_addClassAction = nullptr;
    QAction *m_renameClassAction = nullptr;
    QAction *m_mergeClassAction = nullptr;
    QAction *m_splitToolsAction = nullptr;
};

} // namespace as::ui
