#pragma once

#include <optional>

#include <QSortFilterProxyModel>

#include "ui/dataset/projectsnapshot.h"

namespace as::ui {

/**
 * The videos the dataset table shows: those matching the text filter (any column, case
 * insensitive) and each of the class, split and status filters that is set.
 * The source model must be a VideoTableModel.
 */
class VideoFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit VideoFilterProxy(QObject *parent = nullptr);

    /** Only videos of class `name`; an empty optional: any class, an empty name: unlabelled. */
    void setClassFilter(const std::optional<QString> &name);
    void setSplitFilter(const std::optional<VideoRow::Split> &split);
    void setStatusFilter(const std::optional<VideoRow::Status> &status);

    const std::optional<QString> &classFilter() const { return m_class; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QString> m_class;
    std::optional<VideoRow::Split> m_split;
    std::optional<VideoRow::Status> m_status;
};

} // namespace as::ui
