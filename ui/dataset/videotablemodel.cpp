#include "ui/dataset/videotablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>

#include "core/video/thumbnail.h"
#include "ui/widgets/icons.h"

namespace as::ui {

VideoTableModel::VideoTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VideoTableModel::setVideos(const QVector<VideoRow> &videos)
{
    beginResetModel();
    m_videos = videos;
    m_rowOfId.clear();
    for (int row = 0; row < m_videos.size(); ++row) {
        VideoRow &v = m_videos[row];
        if (m_split >= 1 && m_split <= v.splits.size())
            v.split = v.splits.at(m_split - 1);
        m_rowOfId.insert(v.id, row);
    }
    for (auto it = m_thumbnails.begin(); it != m_thumbnails.end();)
        it = m_rowOfId.contains(it.key()) ? std::next(it) : m_thumbnails.erase(it);
    endResetModel();
}

void VideoTableModel::setSplit(int split)
{
    m_split = split;
    for (VideoRow &v : m_videos) {
        v.split = split >= 1 && split <= v.splits.size() ? v.splits.at(split - 1)
                                                          : VideoRow::Split::Unused;
    }
    if (!m_videos.isEmpty())
        Q_EMIT dataChanged(index(0, SplitColumn), index(rowCount() - 1, SplitColumn));
}

void VideoTableModel::addThumbnails(const QVector<Thumbnail> &batch)
{
    int first = rowCount();
    int last = -1;
    for (const Thumbnail &thumbnail : batch) {
        const auto row = m_rowOfId.constFind(thumbnail.videoId);
        if (row == m_rowOfId.constEnd() || thumbnail.image.isNull())
            continue;
        const QImage scaled = thumbnail.image.scaled(thumbnailDisplaySize(), Qt::KeepAspectRatio,
                                                     Qt::SmoothTransformation);
        m_thumbnails.insert(thumbnail.videoId, QPixmap::fromImage(scaled));
        first = std::min(first, *row);
        last = std::max(last, *row);
    }
    if (last >= first)
        Q_EMIT dataChanged(index(first, FileColumn), index(last, FileColumn),
                           {Qt::DecorationRole, Qt::ToolTipRole});
}

bool VideoTableModel::hasThumbnail(int row) const
{
    return row >= 0 && row < m_videos.size() && m_thumbnails.contains(m_videos.at(row).id);
}

int VideoTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_videos.size());
}

int VideoTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VideoTableModel::splitText(VideoRow::Split split)
{
    switch (split) {
    case VideoRow::Split::Train:
        return tr("train");
    case VideoRow::Split::Test:
        return tr("test");
    case VideoRow::Split::Unused:
        break;
    }
    return tr("unused");
}

QString VideoTableModel::statusText(VideoRow::Status status)
{
    switch (status) {
    case VideoRow::Status::New:
        return tr("New");
    case VideoRow::Status::Ready:
        return tr("Probed");
    case VideoRow::Status::Extracted:
        return tr("Frames cached");
    case VideoRow::Status::Error:
        break;
    }
    return tr("Error");
}

QString VideoTableModel::durationText(int frames, double fps)
{
    if (fps <= 0.0 || frames <= 0)
        return {};
    const double seconds = frames / fps;
    const int minutes = static_cast<int>(seconds / 60.0);
    const double rest = seconds - minutes * 60.0;
    // "0:05.3": seconds zero-padded to two digits before the point.
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 4, 'f', 1, QLatin1Char('0'));
}

QVariant VideoTableModel::displayData(const VideoRow &v, int column) const
{
    const bool broken = v.status == VideoRow::Status::Error;
    switch (column) {
    case FileColumn:
        return QFileInfo(v.path).fileName();
    case ClassColumn:
        return v.className.isEmpty() ? tr("(unlabelled)") : v.className;
    case DurationColumn:
        return durationText(v.frames, v.fps);
    case FramesColumn:
        return v.frames;
    case FpsColumn:
        return QString::number(v.fps, 'f', v.fps == static_cast<int>(v.fps) ? 0 : 2);
    case SizeColumn:
        return tr("%1 × %2").arg(v.width).arg(v.height);
    case SplitColumn:
        return splitText(v.split);
    case StatusColumn:
        return broken && !v.error.isEmpty() ? tr("Error: %1").arg(v.error)
                                            : statusText(v.status);
    case SegmentsColumn:
        if (v.proposals > 0)
            return tr("%1 (+%2 to review)").arg(v.segments).arg(v.proposals);
        return v.segments > 0 ? QString::number(v.segments) : QString();
    }
    return {};
}

QVariant VideoTableModel::sortData(const VideoRow &v, int column) const
{
    switch (column) {
    case DurationColumn:
        return v.fps > 0.0 ? v.frames / v.fps : 0.0;
    case FramesColumn:
        return v.frames;
    case FpsColumn:
        return v.fps;
    case SizeColumn:
        return static_cast<qint64>(v.width) * v.height;
    }
    return displayData(v, column);
}

QString VideoTableModel::toolTip(const VideoRow &v, int column) const
{
    if (column == StatusColumn && v.status == VideoRow::Status::Error)
        return v.error;
    if (column == FileColumn && m_thumbnails.contains(v.id) && !m_cacheDir.isEmpty()) {
        const QString image = QString::fromStdString(
            as::thumbnailPath(m_cacheDir.toStdString(), v.id));
        return QStringLiteral("<img src=\"%1\"><br>%2")
            .arg(image.toHtmlEscaped(), v.path.toHtmlEscaped());
    }
    return v.path;
}

QVariant VideoTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_videos.size())
        return {};
    const VideoRow &v = m_videos.at(index.row());
    const bool broken = v.status == VideoRow::Status::Error;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(v, index.column());
    case SortRole:
        return sortData(v, index.column());
    case Qt::DecorationRole:
        if (index.column() == FileColumn) {
            const auto thumbnail = m_thumbnails.constFind(v.id);
            if (thumbnail != m_thumbnails.constEnd() && !broken)
                return *thumbnail;
            return themeIcon(broken ? QStringLiteral("video-error") : QStringLiteral("video"));
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(v, index.column());
    case Qt::ForegroundRole:
        if (broken && index.column() == StatusColumn)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == FramesColumn || index.column() == FpsColumn
            || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant VideoTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case ClassColumn:
        return tr("Class");
    case DurationColumn:
        return tr("Duration");
    case FramesColumn:
        return tr("Frames");
    case FpsColumn:
        return tr("FPS");
    case SizeColumn:
        return tr("Resolution");
    case SplitColumn:
        return tr("Split");
    case StatusColumn:
        return tr("Status");
    case SegmentsColumn:
        return tr("Segments");
    }
    return {};
}

} // namespace as::ui
