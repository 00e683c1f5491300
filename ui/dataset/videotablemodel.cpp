#include "ui/dataset/videotablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>

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
    endResetModel();
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

QVariant VideoTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_videos.size())
        return {};
    const VideoRow &v = m_videos.at(index.row());
    const bool broken = v.status == VideoRow::Status::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(v.path).fileName();
        case ClassColumn:
            return v.className.isEmpty() ? tr("(unlabelled)") : v.className;
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
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == FileColumn)
            return themeIcon(broken ? QStringLiteral("video-error") : QStringLiteral("video"));
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && broken)
            return v.error;
        return v.path;
    case Qt::ForegroundRole:
        if (broken && index.column() == StatusColumn)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == FramesColumn || index.column() == FpsColumn)
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
    case FramesColumn:
        return tr("Frames");
    case FpsColumn:
        return tr("FPS");
    case SizeColumn:
        return tr("Size");
    case SplitColumn:
        return tr("Split");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace as::ui
