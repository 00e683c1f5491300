#include "ui/dataset/videofilterproxy.h"

#include "ui/dataset/videotablemodel.h"

namespace as::ui {

VideoFilterProxy::VideoFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortRole(VideoTableModel::SortRole);
}

void VideoFilterProxy::setClassFilter(const std::optional<QString> &name)
{
    m_class = name;
    invalidateFilter();
}

void VideoFilterProxy::setSplitFilter(const std::optional<VideoRow::Split> &split)
{
    m_split = split;
    invalidateFilter();
}

void VideoFilterProxy::setStatusFilter(const std::optional<VideoRow::Status> &status)
{
    m_status = status;
    invalidateFilter();
}

bool VideoFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *videos = qobject_cast<const VideoTableModel *>(sourceModel());
    if (videos && !sourceParent.isValid() && sourceRow < videos->rowCount()) {
        const VideoRow &v = videos->videoAt(sourceRow);
        if (m_class && v.className != *m_class)
            return false;
        if (m_split && v.split != *m_split)
            return false;
        if (m_status && v.status != *m_status)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace as::ui
