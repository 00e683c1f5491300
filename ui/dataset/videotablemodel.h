#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "ui/dataset/projectsnapshot.h"

namespace as::ui {

/** The videos of a project: file, class, probed properties, split and status. */
class VideoTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        ClassColumn,
        FramesColumn,
        FpsColumn,
        SizeColumn,
        SplitColumn,
        StatusColumn,
        ColumnCount
    };

    explicit VideoTableModel(QObject *parent = nullptr);

    void setVideos(const QVector<VideoRow> &videos);
    const VideoRow &videoAt(int row) const { return m_videos.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString splitText(VideoRow::Split split);
    static QString statusText(VideoRow::Status status);

private:
    QVector<VideoRow> m_videos;
};

} // namespace as::ui
