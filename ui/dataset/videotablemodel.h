#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QVector>

#include "ui/dataset/projectsnapshot.h"
#include "ui/dataset/thumbnailprovider.h"

namespace as::ui {

/**
 * The videos of a project: file (with its thumbnail once made), class, duration, probed
 * properties, split and status. Thumbnails arrive in batches from a ThumbnailProvider and
 * only repaint the rows they belong to.
 */
class VideoTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        ClassColumn,
        DurationColumn,
        FramesColumn,
        FpsColumn,
        SizeColumn,
        SplitColumn,
        StatusColumn,
        SegmentsColumn,
        ColumnCount
    };
    /** Numbers sort as numbers (duration, frames, fps, pixels); everything else as text. */
    static constexpr int SortRole = Qt::UserRole;
    /** The size thumbnails are shown at in the file column. */
    static QSize thumbnailDisplaySize() { return {64, 40}; }

    explicit VideoTableModel(QObject *parent = nullptr);

    /** Replaces the videos (a reset); thumbnails of videos still listed are kept. */
    void setVideos(const QVector<VideoRow> &videos);
    /** The folder whose `thumbnails/` holds the large versions shown in tooltips. */
    void setCacheDir(const QString &cacheDir) { m_cacheDir = cacheDir; }
    /** Shows the subsets of split `split` (1-based) in the split column. */
    void setSplit(int split);
    int split() const { return m_split; }
    /** Stores a batch of thumbnails and repaints their rows (one dataChanged). */
    void addThumbnails(const QVector<as::ui::Thumbnail> &batch);
    bool hasThumbnail(int row) const;
    int thumbnailCount() const { return static_cast<int>(m_thumbnails.size()); }

    const VideoRow &videoAt(int row) const { return m_videos.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString splitText(VideoRow::Split split);
    static QString statusText(VideoRow::Status status);
    /** "m:ss.s" from a frame count and rate; empty when the rate is unknown. */
    static QString durationText(int frames, double fps);

private:
    QVariant displayData(const VideoRow &v, int column) const;
    QVariant sortData(const VideoRow &v, int column) const;
    QString toolTip(const VideoRow &v, int column) const;

    QVector<VideoRow> m_videos;
    QHash<qint64, int> m_rowOfId;
    QHash<qint64, QPixmap> m_thumbnails;
    QString m_cacheDir;
    int m_split = 1;
};

} // namespace as::ui
