#pragma once

#include <QWidget>

#include "ui/dataset/projectsnapshot.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace as::ui {

class ClassListModel;
class VideoTableModel;

/**
 * The project's data at a glance: its classes with video counts, and a filterable table of
 * its videos with their probed properties, split and status (errors included).
 */
class DatasetPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetPanel(QWidget *parent = nullptr);

    void setSnapshot(const ProjectSnapshot &snapshot);
    void clear();
    /** Shows a message instead of counts, e.g. while the project is being prepared. */
    void setPlaceholder(const QString &text);

    ClassListModel *classModel() const { return m_classModel; }
    VideoTableModel *videoModel() const { return m_videoModel; }
    /** The filtered view of the videos, as the table shows it. */
    QSortFilterProxyModel *videoProxy() const { return m_videoProxy; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void onClassActivated(const QModelIndex &index);

    QLabel *m_summary;
    QTreeView *m_classView;
    QLineEdit *m_filter;
    QTableView *m_videoView;
    ClassListModel *m_classModel;
    VideoTableModel *m_videoModel;
    QSortFilterProxyModel *m_videoProxy;
};

} // namespace as::ui
